<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="+27"/>
        <source>managed</source>
        <comment>a policy installed by IT for all users</comment>
        <translation>gérée par l&apos;équipe informatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <comment>a policy in this user&apos;s own settings</comment>
        <translation>vos paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundled</source>
        <comment>the policy that came with Candor</comment>
        <translation>fournie avec Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baked in</source>
        <comment>a policy IT built into this copy of Candor</comment>
        <translation>intégrée à cette version par l&apos;équipe informatique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <comment>a policy file and where it was found</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="+21"/>
        <source>built-in defaults only</source>
        <translation>valeurs par défaut intégrées uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (ignored because of problems: %2)</source>
        <translation>%1 (non pris en compte en raison de problèmes&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compliance key, plaintext, drop folder and privacy settings come only from %1; other files may only make privacy stricter.</source>
        <translation>La clé de l&apos;équipe conformité, l&apos;export non chiffré, le dossier de dépôt et les réglages de confidentialité viennent uniquement de %1&#xa0;; les autres fichiers peuvent seulement rendre la confidentialité plus stricte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes refused: %1.</source>
        <translation>Modifications refusées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Une auto-évaluation privée de votre usage de l&apos;IA au travail. Vos réponses restent sur cet ordinateur, chiffrées&#xa0;; seule une synthèse que vous prévisualisez peut en sortir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization policy:</source>
        <translation>Politique de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked settings:</source>
        <translation>Réglages verrouillés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is kept in:</source>
        <translation>Vos données sont conservées dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message>
        <location filename="../../desktop/ui/collector/actions_view.py" line="+28"/>
        <source>License %1 centrally, with a business plan that does not train on inputs: employees already pay for it themselves or use it without approval.</source>
        <comment>%1 is an AI tool</comment>
        <translation>Prendre une licence centrale de %1, avec une offre professionnelle qui n&apos;entraîne pas de modèle sur les saisies : des employés la paient déjà eux-mêmes ou l&apos;utilisent sans autorisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer AI training on work time, starting with “%1”: many rate their AI skills low and want training.</source>
        <comment>%1 is a training topic</comment>
        <translation>Proposer des formations à l&apos;IA sur le temps de travail, en commençant par « %1 » : beaucoup jugent leurs compétences en IA faibles et souhaitent être formés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish short, clear guidance on the AI policy and where to find it: many do not know it.</source>
        <translation>Publier un guide court et clair sur la politique d&apos;IA et indiquer où la trouver : beaucoup ne la connaissent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell people which approved AI tools exist and give licences to those who need them: many have none or did not know.</source>
        <translation>Faire savoir quels outils d&apos;IA approuvés existent et donner des licences à ceux qui en ont besoin : beaucoup n&apos;en ont pas ou l&apos;ignoraient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with teams about the pressure to overstate AI use, and judge AI by outcomes rather than usage figures.</source>
        <translation>Parler avec les équipes de la pression à exagérer l&apos;usage de l&apos;IA, et juger l&apos;IA sur les résultats plutôt que sur les chiffres d&apos;utilisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with %1 about the pressure to overstate AI use there.</source>
        <comment>%1 is a part of the organization</comment>
        <translation>Parler avec %1 de la pression à y exagérer l&apos;usage de l&apos;IA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review how AI is introduced, together with the people who use it: frustration is high enough to make some consider leaving.</source>
        <translation>Revoir la façon dont l&apos;IA est introduite, avec les personnes qui l&apos;utilisent : la frustration est telle que certains envisagent de partir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on how AI output is checked before it reaches customers: some rarely or never check it.</source>
        <translation>Convenir de la façon de vérifier les résultats de l&apos;IA avant qu&apos;ils n&apos;atteignent les clients : certains ne les vérifient que rarement, voire jamais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pay for it themselves</source>
        <comment>respondents who pay for an AI tool</comment>
        <translation>la paient eux-mêmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it without approval</source>
        <comment>respondents who use an AI tool</comment>
        <translation>l&apos;utilisent sans autorisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <comment>respondents agreeing with a statement</comment>
        <translation>sont d&apos;accord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” %2</source>
        <comment>a question (or tool) quoted, then the answer counted</comment>
        <translation>« %1 » %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure calls for a recommended action: none of the figures the rules read is both shown and clear enough (its whole 95% interval above the rule&apos;s threshold).</source>
        <translation>Aucun chiffre n&apos;appelle d&apos;action recommandée : aucun des chiffres que lisent les règles n&apos;est à la fois affiché et assez net (tout son intervalle à 95 % au-dessus du seuil de la règle).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2</source>
        <comment>number, then an action</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Because: %1 — %2 (n = %3)</source>
        <comment>%1 what was counted, %2 the figure, %3 respondents</comment>
        <translation>Parce que : %1 — %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action is recommended only on figures that are shown, precise enough to act on, and whose whole 95% interval lies above the rule&apos;s threshold.</source>
        <translation>Une action n&apos;est recommandée que sur des chiffres affichés, assez précis pour agir, et dont tout l&apos;intervalle à 95 % est au-dessus du seuil de la règle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These summaries come from a questionnaire without the questions on how AI is run at work.</source>
        <translation>Ces résumés viennent d&apos;un questionnaire sans les questions sur la façon dont l&apos;IA est gérée au travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How AI is run at work</source>
        <translation>Comment l&apos;IA est gérée au travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents choosing each answer; people could choose several, so the shares need not add up to 100%.</source>
        <translation>Part des répondants ayant choisi chaque réponse ; plusieurs choix étaient possibles, les parts ne totalisent donc pas forcément 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of those who answered, for each answer.</source>
        <translation>Part de ceux qui ont répondu, pour chaque réponse.</translation>
    </message>
</context>
<context>
    <name>AssessmentFlow</name>
    <message>
        <location filename="../../desktop/ui/assessment_flow.py" line="+75"/>
        <location line="+61"/>
        <source>Candor cannot open your assessment</source>
        <translation>Candor ne peut pas ouvrir votre auto-évaluation</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Start over?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Toutes les réponses de cette auto-évaluation seront effacées, y compris vos notes, et vous reviendrez à la première question. Vos auto-évaluations terminées sont conservées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear my answers</source>
        <translation>Effacer mes réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my answers</source>
        <translation>Conserver mes réponses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answers could not be cleared</source>
        <translation>Vos réponses n&apos;ont pas pu être effacées</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Une réponse à une question qui n&apos;est plus posée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1&#xa0;: un choix qui n&apos;est plus proposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions updated</source>
        <translation>Questions mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except one that no longer applies. Please check the page it was on.</source>
        <translation>Les questions de Candor ont changé depuis vos dernières réponses. Vos réponses ont été conservées, sauf une qui ne s&apos;applique plus. Veuillez vérifier la page où elle se trouvait.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Les questions de Candor ont changé depuis vos dernières réponses. Vos réponses ont été conservées, sauf %n qui ne s&apos;applique plus. Veuillez vérifier la page où elle se trouvait.</numerusform>
            <numerusform>Les questions de Candor ont changé depuis vos dernières réponses. Vos réponses ont été conservées, sauf %n qui ne s&apos;appliquent plus. Veuillez vérifier les pages où elles se trouvaient.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers were not saved: %1 The ones saved before are kept; you can continue from there.</source>
        <translation>Vos dernières réponses n&apos;ont pas été enregistrées&#xa0;: %1 Celles enregistrées auparavant sont conservées&#xa0;; vous pouvez reprendre à partir de là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Vos réponses sont enregistrées. Vous pouvez reprendre à tout moment.</translation>
    </message>
</context>
<context>
    <name>CandorApp</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="+119"/>
        <source>Candor cannot start</source>
        <translation>Candor ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Candor&apos;s own files are damaged or missing: please reinstall Candor.</source>
        <comment>%1 is the problem found</comment>
        <translation>%1

Des fichiers de Candor sont endommagés ou manquants&#xa0;: veuillez réinstaller Candor.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Candor is already open</source>
        <translation>Candor est déjà ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor is already running for this data folder. Switch to its window; your answers are safe there.</source>
        <translation>Candor est déjà en cours d&apos;exécution pour ce dossier de données. Passez à sa fenêtre&#xa0;; vos réponses y sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="+110"/>
        <source>%1. %2</source>
        <comment>the number of a point on a trend and its label</comment>
        <extracomment>Colours of the steps 1 to 4 of a level scale (low … critical), the same in every theme and as on the tool cards (style.py): a chart theme&apos;s own series colours would paint &quot;Critical&quot; green.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 as a table</source>
        <translation>Afficher «&#xa0;%1&#xa0;» sous forme de tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1 as a chart</source>
        <translation>Afficher «&#xa0;%1&#xa0;» sous forme de graphique</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show as &amp;chart</source>
        <translation>Afficher en &amp;graphique</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="+34"/>
        <source>%1 or more a month</source>
        <comment>a monthly spending band; %1 an amount</comment>
        <translation>%1 ou plus par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than %1 a month</source>
        <comment>a monthly spending band</comment>
        <translation>Moins de %1 par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to under %2 a month</source>
        <comment>a monthly spending band</comment>
        <translation>De %1 à moins de %2 par mois</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Clear answer</source>
        <extracomment>Offered once an optional question has an answer (built then: most pages never need it).</extracomment>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+30"/>
        <source>&amp;Participation code:</source>
        <translation>Code de &amp;participation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation code (required):</source>
        <translation>Code de &amp;participation (obligatoire) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>such as K7MQ-P3XR-T9AC</source>
        <translation>par exemple K7MQ-P3XR-T9AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Code de participation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use code</source>
        <translation>&amp;Utiliser le code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code from the card you were given. It shows compliance that an invited person sent this summary, once, and not which person: nobody recorded who got which card.</source>
        <translation>Le code de la carte que vous avez reçue. Il montre à la conformité qu&apos;une personne invitée a envoyé ce résumé, une seule fois, mais pas laquelle : personne n&apos;a noté qui a reçu quelle carte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Code %1 will be sent with your summary.</source>
        <translation>Le code %1 sera envoyé avec votre résumé.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not used: %1</source>
        <translation>Non utilisé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No code will be sent.</source>
        <translation>Aucun code ne sera envoyé.</translation>
    </message>
</context>
<context>
    <name>CollectorApp</name>
    <message>
        <location filename="../../desktop/ui/collector/app.py" line="+69"/>
        <source>The whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No summaries imported yet for this campaign. Use Import summaries to add the files employees sent you; the dashboard appears here, showing only groups of at least %1 people.</source>
        <translation>Aucune synthèse n&apos;a encore été importée pour cette campagne. Utilisez «&#xa0;Importer des synthèses&#xa0;» pour ajouter les fichiers que les employés vous ont envoyés&#xa0;; le tableau de bord s&apos;affiche ici et ne montre que des groupes d&apos;au moins %1 personnes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dashboard cannot be shown: %1</source>
        <translation>Le tableau de bord ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>HTML report…</source>
        <translation>Rapport HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV tables…</source>
        <translation>Tableaux CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet…</source>
        <translation>Classeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy CSV for analysis…</source>
        <translation>CSV ordonné pour l&apos;analyse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, codes and numbers only (*.csv)</source>
        <translation>CSV, codes et nombres seulement (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON for automation…</source>
        <translation>JSON pour l&apos;automatisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open your compliance key file</source>
        <translation>Ouvrez le fichier de clé de l&apos;équipe conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age identity (*.txt *.key);;All files (*)</source>
        <translation>Identité age (*.txt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Candor collector cannot start</source>
        <translation>Le collecteur Candor ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>CollectorUnlock</name>
    <message>
        <location filename="../../desktop/ui/collector/unlock.py" line="+52"/>
        <location line="+77"/>
        <source>The collector database is protected by a passphrase. Type it to continue.</source>
        <translation>La base de données du collecteur est protégée par une phrase secrète. Saisissez-la pour continuer.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The collector database stays locked: without its passphrase, the collector cannot start.</source>
        <translation>La base de données du collecteur reste verrouillée&#xa0;: sans sa phrase secrète, le collecteur ne peut pas démarrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a passphrase instead</source>
        <translation>Utiliser plutôt une phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring is not available</source>
        <translation>Le trousseau de clés du système n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The collector database cannot be unlocked</source>
        <translation>La base de données du collecteur ne peut pas être déverrouillée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor collector cannot start</source>
        <translation>Le collecteur Candor ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candor keeps the key of the collector database in your system&apos;s password manager, but it cannot be used right now: %1

Candor never keeps summaries unencrypted. Choose a passphrase below; you will type it each time you open the collector.</source>
        <translation>Candor conserve la clé de la base de données du collecteur dans le gestionnaire de mots de passe de votre système, mais celui-ci est inutilisable pour le moment&#xa0;: %1

Candor ne conserve jamais de synthèses non chiffrées. Choisissez une phrase secrète ci-dessous&#xa0;; vous la saisirez à chaque ouverture du collecteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The collector needs a key to encrypt the summaries it keeps, so it did not start. Nothing was stored.</source>
        <translation>Le collecteur a besoin d&apos;une clé pour chiffrer les synthèses qu&apos;il conserve&#xa0;; il n&apos;a donc pas démarré. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system keyring is locked.</source>
        <translation>le trousseau de clés du système est verrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keyring did not work.</source>
        <translation>le trousseau de clés du système n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer has no system keyring Candor can use.</source>
        <translation>cet ordinateur n&apos;a aucun trousseau de clés que Candor puisse utiliser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no system keyring that can keep the key of the collector database, and Candor never keeps summaries unencrypted. Choose a passphrase instead.</source>
        <translation>Cet ordinateur n&apos;a aucun trousseau de clés capable de conserver la clé de la base de données du collecteur, et Candor ne conserve jamais de synthèses non chiffrées. Choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The collector database %1 keeps its key in a system keyring, but none can be used here. Open the collector in the session whose keyring holds the key (service “%2”, account “%3”). Nothing was changed.</source>
        <translation>La base de données du collecteur %1 conserve sa clé dans un trousseau de clés du système, mais aucun n&apos;est utilisable ici. Ouvrez le collecteur dans la session dont le trousseau contient la clé (service «&#xa0;%2&#xa0;», compte «&#xa0;%3&#xa0;»). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked, so Candor cannot keep the key of the collector database in it. Unlock it (log in again or open your keyring app) and try again, or use a passphrase instead. Nothing was stored.</source>
        <translation>Le trousseau de clés du système est verrouillé&#xa0;: Candor ne peut donc pas y conserver la clé de la base de données du collecteur. Déverrouillez-le (reconnectez-vous ou ouvrez votre application de trousseau) et réessayez, ou utilisez plutôt une phrase secrète. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring is locked, so the collector database cannot be unlocked. Unlock it (log in again or open your keyring app), then try again. Nothing was changed.</source>
        <translation>Le trousseau de clés du système est verrouillé&#xa0;: la base de données du collecteur ne peut donc pas être déverrouillée. Déverrouillez-le (reconnectez-vous ou ouvrez votre application de trousseau), puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Try again; nothing was changed.</source>
        <translation>Le trousseau de clés du système n&apos;a pas fonctionné (%1). Réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key of the collector database %1 is gone from the system keyring (or is not its key), so the summaries in it cannot be read. Restore the keyring entry “%3” of “%2” from a backup, or move the database aside and import the summaries again. Nothing was changed.</source>
        <translation>La clé de la base de données du collecteur %1 a disparu du trousseau de clés du système (ou n&apos;est pas la sienne)&#xa0;: les synthèses qu&apos;elle contient ne peuvent donc pas être lues. Restaurez l&apos;entrée «&#xa0;%3&#xa0;» de «&#xa0;%2&#xa0;» depuis une sauvegarde, ou mettez la base de côté et importez à nouveau les synthèses. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not unlock the collector database. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas la base de données du collecteur. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Une phrase secrète doit compter au moins %1 caractères&#xa0;; celle-ci en a %2. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a passphrase for the collector</source>
        <translation>Choisissez une phrase secrète pour le collecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the collector database</source>
        <translation>Déverrouiller la base de données du collecteur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, the summaries in the collector database cannot be read again, only imported anew.</source>
        <translation>
            <numerusform>Au moins %n caractère. Candor ne peut pas la récupérer&#xa0;: si vous l&apos;oubliez, les synthèses de la base de données du collecteur ne pourront plus être lues, seulement importées à nouveau.</numerusform>
            <numerusform>Au moins %n caractères. Candor ne peut pas la récupérer&#xa0;: si vous l&apos;oubliez, les synthèses de la base de données du collecteur ne pourront plus être lues, seulement importées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorViews</name>
    <message>
        <location filename="../../desktop/ui/collector/views.py" line="+66"/>
        <source>The policy names no org units, so there is nothing to set side by side.</source>
        <translation>La politique ne nomme aucune unité, il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No summaries imported yet for this campaign.</source>
        <translation>Aucune synthèse importée pour cette campagne pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The comparison cannot be shown: %1</source>
        <translation>La comparaison ne peut pas être affichée : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That policy has problems; `candor policy check FILE` explains each.</source>
        <translation>Cette politique comporte des problèmes ; `candor policy check FICHIER` explique chacun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1 is already compared.</source>
        <translation>La campagne %1 est déjà comparée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trends need two campaigns or more in this collector database, and it holds only %1. Import another campaign&apos;s summaries here (candor ingest with that campaign&apos;s policy), then add its policy below.</source>
        <translation>Les évolutions demandent au moins deux campagnes dans cette base du collecteur, et elle ne contient que %1. Importez ici les synthèses d&apos;une autre campagne (candor ingest avec la politique de cette campagne), puis ajoutez sa politique ci-dessous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database also holds %1. Each campaign is counted under its own policy: add the policy file of each earlier campaign (oldest first) to compare it with %2.</source>
        <translation>Cette base contient aussi %1. Chaque campagne est comptée selon sa propre politique : ajoutez le fichier de politique de chaque campagne antérieure (la plus ancienne d&apos;abord) pour la comparer à %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trends cannot be shown: %1</source>
        <translation>Les évolutions ne peuvent pas être affichées : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trends across campaigns</source>
        <translation>Évolutions entre campagnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add an earlier campaign&apos;s policy…</source>
        <translation>A&amp;jouter la politique d&apos;une campagne antérieure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an earlier campaign&apos;s policy</source>
        <translation>Ajouter la politique d&apos;une campagne antérieure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an earlier campaign&apos;s policy</source>
        <translation>Ouvrir la politique d&apos;une campagne antérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy (*.toml);;All files (*)</source>
        <translation>Politique (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That policy was not added: %1</source>
        <translation>Cette politique n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="+60"/>
        <source>Candor collector — %1</source>
        <translation>Collecteur Candor — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign %1</source>
        <extracomment>The campaign&apos;s privacy settings, which every imported summary must have been made with. The collector database&apos;s key, unlocked at start; the import opens the database with it.</extracomment>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import summaries</source>
        <translation>&amp;Importer des synthèses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import summaries</source>
        <translation>Importer des synthèses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder…</source>
        <translation>Un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or zip archives…</source>
        <translation>Des fichiers ou archives zip…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;report</source>
        <translation>Exporter le &amp;rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show figures for:</source>
        <translation>&amp;Voir les chiffres de&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show figures for</source>
        <translation>Voir les chiffres de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importez les fichiers de synthèse que les employés vous ont envoyés. Ils sont déchiffrés avec votre clé sur cet ordinateur&#xa0;; les rapports ne montrent que des groupes de personnes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files that were not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi il n&apos;a pas été importé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;gures</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the folder with the summaries</source>
        <translation>Choisissez le dossier contenant les synthèses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose summary files or zip archives</source>
        <translation>Choisissez des fichiers de synthèse ou des archives zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Synthèses (*.age *.txt *.asc *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Annulation en cours… rien de cet import ne sera conservé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importées&#xa0;: %1, remplacées&#xa0;: %2, rejetées&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln file was already imported and is unchanged.</source>
        <translation>
            <numerusform>%Ln fichier déjà importé et inchangé.</numerusform>
            <numerusform>%Ln fichiers déjà importés et inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files were already imported and are unchanged.</source>
        <translation>
            <numerusform>%Ln fichier déjà importé et inchangé.</numerusform>
            <numerusform>%Ln fichiers déjà importés et inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import could not run: %1</source>
        <translation>L&apos;import n&apos;a pas pu être effectué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It was encrypted for another key, not for this compliance team&apos;s key.</source>
        <translation>Il a été chiffré pour une autre clé, et non pour celle de cette équipe conformité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged or was changed after it was encrypted.</source>
        <translation>Le fichier est endommagé ou a été modifié après avoir été chiffré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a Candor summary.</source>
        <translation>Ce n&apos;est pas une synthèse Candor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made by a Candor version this collector cannot read; update Candor.</source>
        <translation>Il a été créé par une version de Candor que ce collecteur ne sait pas lire&#xa0;; mettez Candor à jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another campaign.</source>
        <translation>Il appartient à une autre campagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with other privacy settings than this campaign&apos;s, so it was not counted.</source>
        <translation>Elle a été créée avec d&apos;autres paramètres de confidentialité que ceux de cette campagne ; elle n&apos;a donc pas été comptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is far larger than any summary, so it was not read.</source>
        <translation>Il est bien plus volumineux qu&apos;une synthèse, il n&apos;a donc pas été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Le fichier n&apos;a pas pu être lu (droits d&apos;accès ou problème de disque).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It carries no participation code, and this campaign requires one.</source>
        <translation>Il ne porte aucun code de participation, et cette campagne en exige un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code is mistyped or was not issued for this campaign.</source>
        <translation>Son code de participation est mal saisi ou n&apos;a pas été émis pour cette campagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code was already used by another installation.</source>
        <translation>Son code de participation a déjà été utilisé par une autre installation.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Org &amp;units side by side</source>
        <translation>&amp;Unités côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds across campaigns</source>
        <translation>Év&amp;olutions entre campagnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_worker.py" line="+55"/>
        <source>Counting… the view appears here when it is ready.</source>
        <translation>Décompte en cours… la vue s&apos;affiche ici dès qu&apos;elle est prête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting the view</source>
        <translation>Décompte de la vue</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+33"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Usage non approuvé par outil&#xa0;: les 15 plus fréquents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Part des répondants ayant utilisé chaque outil alors qu&apos;il n&apos;est pas approuvé. Le tableau ci-dessous liste tous les outils.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapproved use per tool</source>
        <translation>Usage non approuvé par outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy status</source>
        <translation>Statut dans la politique</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Unapproved use</source>
        <translation>Usage non approuvé</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By kind of tool</source>
        <translation>Par type d&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Usage non approuvé par type d&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>Type d&apos;outil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Spend and licences</source>
        <translation>Dépenses et licences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI literacy (self-rated)</source>
        <translation>Maîtrise de l&apos;IA (auto-évaluée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows the AI policy</source>
        <translation>Connaît la politique IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training wanted</source>
        <translation>Formation souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training formats</source>
        <translation>Formats de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and training</source>
        <translation>Compétences et formation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Respondents by part of the organization</source>
        <translation>Répondants par service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="+21"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved (not asked)</source>
        <translation>approuvé (non demandé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (so a hidden group cannot be worked out)</source>
        <translation>masqué (pour qu&apos;un groupe masqué ne puisse pas être retrouvé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (fewer than %1 outside this org unit)</source>
        <translation>masqué (moins de %1 hors de ce service)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer than %1 people</source>
        <translation>moins de %1 personnes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2–%3)</source>
        <comment>a share, then its 95% interval</comment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>%1 — too uncertain to act on</source>
        <translation>%1 — trop incertain pour agir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+56"/>
        <source>%1 (withheld)</source>
        <translation>%1 (masqué)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Share of respondents</source>
        <translation>Part des répondants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="-42"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln répondant</numerusform>
            <numerusform>%Ln répondants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondents: %1</source>
        <translation>Répondants&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Headline findings</source>
        <translation>Principaux résultats</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Finding</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>How to read this: no figure is shown from fewer than %n people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>
            <numerusform>Comment lire ces chiffres&#xa0;: aucun chiffre n&apos;est affiché s&apos;il provient de moins de %n personne et, lorsqu&apos;un groupe est masqué dans un tableau comportant un total, un autre l&apos;est aussi, pour qu&apos;on ne puisse pas le retrouver par soustraction. Les fourchettes sont des intervalles à 95&#xa0;% autour d&apos;estimations qui compensent la randomisation volontaire de chaque synthèse.</numerusform>
            <numerusform>Comment lire ces chiffres&#xa0;: aucun chiffre n&apos;est affiché s&apos;il provient de moins de %n personnes et, lorsqu&apos;un groupe est masqué dans un tableau comportant un total, un autre l&apos;est aussi, pour qu&apos;on ne puisse pas le retrouver par soustraction. Les fourchettes sont des intervalles à 95&#xa0;% autour d&apos;estimations qui compensent la randomisation volontaire de chaque synthèse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-10"/>
        <source>%1 (%2 to %3)</source>
        <comment>an amount, then its 95% interval</comment>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (ensemble ; chacune compte moins de %2 répondants)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="-6"/>
        <source>Share of respondents (%)</source>
        <translation>Part des répondants (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+129"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+4"/>
        <source>Group</source>
        <comment>first column of a dashboard table: the answer or group a row counts</comment>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+3"/>
        <source>Respondents (n)</source>
        <translation>Répondants (n)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Why people use tools the company did not provide</source>
        <translation>Pourquoi les employés utilisent des outils que l&apos;entreprise ne fournit pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI at work</source>
        <translation>L&apos;IA au travail</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figure (95% interval)</source>
        <translation>Valeur (intervalle à 95 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each bar is a share of respondents; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Chaque barre est une part des répondants ; la ligne qui la traverse est son intervalle à 95 %. Les barres hachurées sont trop incertaines pour agir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What data goes where</source>
        <translation>Quelles données vont où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data classes</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into unapproved tools</source>
        <translation>Dans des outils non approuvés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Into personal accounts</source>
        <translation>Dans des comptes personnels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Selon le statut de l&apos;outil dans la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind of account</source>
        <translation>Par type de compte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Les ventilations par statut d&apos;outil et par type de compte nécessitent des synthèses envoyées sans réponse randomisée&#xa0;; les synthèses de cette campagne sont randomisées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Out-of-pocket spend</source>
        <translation>Dépenses de leur poche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools themselves</source>
        <translation>Paient eux-mêmes des outils d&apos;IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Dépenses annuelles de leur poche estimées, par répondant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Dépenses annuelles de leur poche estimées, tous répondants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence candidates</source>
        <translation>Candidats à une licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Dépenses annuelles de leur poche (estimation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What employees pay themselves</source>
        <translation>Ce que les employés paient eux-mêmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly spend bands</source>
        <translation>Tranches de dépenses mensuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Candidats à une licence&#xa0;: outils que les employés paient eux-mêmes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Senior leaders&apos; own answers</source>
        <translation>Réponses de la direction elle-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s benchmark</source>
        <translation>Référence de la politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perception gap</source>
        <translation>Écart de perception</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Employees agreeing</source>
        <translation>Employés d&apos;accord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not set in the policy</source>
        <translation>non défini dans la politique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leadership agreeing</source>
        <translation>Direction d&apos;accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leadership from</source>
        <translation>Direction : source</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers to the same statements; employees are everyone else.</source>
        <translation>Le point de vue de la direction vient des propres réponses des cadres dirigeants aux mêmes affirmations ; les employés sont tous les autres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers where both groups are large enough to show, and otherwise from the policy&apos;s benchmark, set against all respondents.</source>
        <translation>Le point de vue de la direction vient des propres réponses des cadres dirigeants là où les deux groupes sont assez grands pour être montrés, sinon de la référence de la politique, comparée à l&apos;ensemble des répondants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from the policy&apos;s benchmark, set against all respondents. Senior leaders&apos; own answers are shown only for the whole campaign, and only when enough of them and of everyone else answered to show both without pointing at anyone.</source>
        <translation>Le point de vue de la direction vient de la référence de la politique, comparée à l&apos;ensemble des répondants. Les propres réponses des cadres dirigeants ne sont montrées que pour toute la campagne, et seulement si assez d&apos;entre eux et des autres ont répondu pour montrer les deux sans désigner personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How employees see AI at work</source>
        <translation>Comment les employés voient l&apos;IA au travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>Vision de la direction et vision des employés</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 points</source>
        <comment>a difference in percentage points; %1 has its sign</comment>
        <translation>
            <numerusform>%1 point</numerusform>
            <numerusform>%1 points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of respondents for each answer.</source>
        <translation>Part des répondants pour chaque réponse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-30"/>
        <source>%1 to %2</source>
        <comment>a band of amounts: from, to</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/turnout_view.py" line="+21"/>
        <source>Summaries against participation codes issued: %1 of %2.</source>
        <translation>Résumés rapportés aux codes de participation émis : %1 sur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than participation codes issued. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Avertissement : cette campagne compte plus de résumés que de codes de participation émis. Certains sont peut-être falsifiés ou envoyés deux fois ; exigez des codes de participation (submission.require_code) et vérifiez comment ils ont été distribués.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summaries against people invited: %1 of %2.</source>
        <translation>Résumés rapportés aux personnes invitées : %1 sur %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than people invited. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Avertissement : cette campagne compte plus de résumés que de personnes invitées. Certains sont peut-être falsifiés ou envoyés deux fois ; exigez des codes de participation (submission.require_code) et vérifiez comment ils ont été distribués.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="+205"/>
        <source>Policy updated</source>
        <translation>Politique mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization&apos;s policy was updated (%1). Your results now follow it; your answers are unchanged.</source>
        <translation>La politique de votre organisation a été mise à jour (%1). Vos résultats en tiennent désormais compte&#xa0;; vos réponses restent inchangées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in defaults</source>
        <translation>valeurs par défaut intégrées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy problem</source>
        <translation>Problème avec la politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed and cannot be used, so Candor keeps the policy it read before. Your answers are not affected. Please tell your IT team.</source>
        <translation>Un changement dans %1 empêche de l&apos;utiliser&#xa0;: Candor conserve donc la politique lue précédemment. Vos réponses ne sont pas concernées. Veuillez prévenir votre équipe informatique.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="+43"/>
        <source>yes</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no monthly spend, in the summary preview</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tool you added yourself (%1)</source>
        <comment>%1 is the kind of tool, such as Chat assistant</comment>
        <translation>Un outil que vous avez ajouté vous-même (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1</source>
        <comment>%1 lists kinds of data put into a tool</comment>
        <translation>données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend: %1</source>
        <comment>%1 is a monthly spending band</comment>
        <translation>dépenses&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why: %1</source>
        <comment>%1 lists the reasons given for using one tool rather than a company one</comment>
        <translation>raisons&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the same for every export in this campaign, so a new one replaces the old; it does not identify you)</source>
        <comment>%1 is a random submission number</comment>
        <translation>%1 (le même pour chaque export de cette campagne, de sorte qu&apos;un nouvel export remplace l&apos;ancien&#xa0;; il ne vous identifie pas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included: the code you entered, ending in %1. It shows that one invited person sent this, not which one</source>
        <comment>%1 is the last four characters of the participation code</comment>
        <translation>inclus : le code que vous avez saisi, se terminant par %1. Il montre qu&apos;une personne invitée a envoyé ceci, pas laquelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, questionnaire %2</source>
        <comment>%1 is Candor&apos;s version, %2 the questionnaire&apos;s version</comment>
        <translation>%1, questionnaire %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered</source>
        <comment>an answer in the summary preview</comment>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Randomized: each yes/no here was sent as you answered with a chance of %1 and flipped otherwise, so it may differ from your answer.</source>
        <comment>%1 is a percentage such as 75%</comment>
        <translation>Rendu aléatoire : chaque oui/non ici a été envoyé tel que vous l&apos;avez donné avec une probabilité de %1, inversé sinon ; il peut donc différer de votre réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Randomized: sent as you answered with a chance of %1, otherwise as one of the %2 other answers picked at random, so it may differ from your answer.</source>
        <comment>%1 is a percentage, %2 a number of answers</comment>
        <translation>Rendu aléatoire : envoyé tel que vous l&apos;avez donné avec une probabilité de %1, sinon remplacé par l&apos;une des %2 autres réponses tirée au hasard ; il peut donc différer de votre réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every randomized answer is sent as given at most %1 times as often as any other answer (epsilon %2 per answer), so none of them proves anything about you on its own. This summary carries %3 randomized answers; answers that go together say more than one alone.</source>
        <comment>%1 a number such as 3, %2 the privacy parameter epsilon, %3 a number of answers</comment>
        <translation>Chaque réponse rendue aléatoire est envoyée telle quelle au plus %1 fois plus souvent que toute autre réponse (epsilon %2 par réponse) : aucune ne prouve donc à elle seule quoi que ce soit sur vous. Cette synthèse contient %3 réponses rendues aléatoires ; des réponses liées entre elles en disent plus ensemble qu&apos;une seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Randomized response is off in this campaign: your answers are sent exactly as given.</source>
        <translation>La réponse aléatoire est désactivée dans cette campagne : vos réponses sont envoyées exactement telles que vous les avez données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (randomized)</source>
        <comment>a value in the summary preview that was randomized and may differ from the answer given; %1 is the value</comment>
        <translation>%1 (randomisé)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview and export your summary</source>
        <translation>Prévisualiser et exporter votre synthèse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is everything that would be sent</source>
        <translation>Voici tout ce qui serait envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Rien d&apos;autre ne quitte cet ordinateur&#xa0;: ni nom, ni vos notes ou tout autre texte saisi, ni les noms d&apos;outils que vous avez ajoutés vous-même, ni dates. La synthèse va uniquement là où vous la placez, chiffrée de sorte que seule l&apos;équipe conformité de votre organisation puisse l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. Your organization&apos;s policy allows summaries without encryption, so anyone who gets the file can read it.</source>
        <translation>Rien d&apos;autre ne quitte cet ordinateur&#xa0;: ni nom, ni vos notes ou tout autre texte saisi, ni les noms d&apos;outils que vous avez ajoutés vous-même, ni dates. La politique de votre organisation autorise les synthèses non chiffrées&#xa0;: toute personne qui obtient le fichier peut donc le lire.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every answer below is randomized on purpose, except the groups you choose to include: each may have been changed by chance, so it can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Chaque réponse ci-dessous est volontairement rendue aléatoire, sauf les groupes que vous choisissez d&apos;inclure : chacune peut avoir été modifiée par hasard, elle peut donc différer de votre réponse, et aucune synthèse ne prouve quoi que ce soit sur vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include my part of the organization</source>
        <translation>Inclure mon service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my role level</source>
        <translation>Inclure mon niveau hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include how I see AI at work</source>
        <translation>Inclure ma vision de l&apos;IA au travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <comment>an optional part and the answer it would send</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not answered)</source>
        <translation> (sans réponse)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The summary in plain words</source>
        <translation>La synthèse en termes simples</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>La synthèse exactement telle qu&apos;envoyée (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In plain words</source>
        <translation>En termes simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Exactement comme envoyée (JSON)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Put in %1</source>
        <translation>&amp;Déposer dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your organization&apos;s policy names no compliance key to encrypt summaries for, so Candor will not export one. Ask your IT team to add the compliance recipient to the policy.</source>
        <translation>La politique de votre organisation n&apos;indique aucune clé de l&apos;équipe conformité pour chiffrer les synthèses, Candor n&apos;en exportera donc aucune. Demandez à votre équipe informatique d&apos;ajouter le destinataire de l&apos;équipe conformité à la politique.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About this summary</source>
        <translation>À propos de cette synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you (you chose to include this)</source>
        <translation>À propos de vous (vous avez choisi de l&apos;inclure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use (randomized answers)</source>
        <translation>Votre usage de l&apos;IA (réponses randomisées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use</source>
        <translation>Votre usage de l&apos;IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Training</source>
        <comment>courses for employees, not a model learning</comment>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How you see AI at work (you chose to include this)</source>
        <translation>Votre vision de l&apos;IA au travail (vous avez choisi de l&apos;inclure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you see AI at work (randomized; not answered unless you include it)</source>
        <translation>Votre regard sur l&apos;IA au travail (rendu aléatoire ; « sans réponse » si vous ne l&apos;incluez pas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How AI is run at your work</source>
        <translation>Comment l&apos;IA est gérée dans votre travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your answers are protected</source>
        <translation>Comment vos réponses sont protégées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used any AI tool that is not approved</source>
        <translation>A utilisé un outil d&apos;IA non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into a tool that is not approved or a personal account</source>
        <translation>A saisi des données sensibles dans un outil non approuvé ou un compte personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission number</source>
        <translation>Numéro d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Code de participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor and questionnaire version</source>
        <translation>Version de Candor et du questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your part of the organization</source>
        <translation>Votre service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role level</source>
        <translation>Votre niveau hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools used without approval</source>
        <translation>Outils utilisés sans approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into tools that are not approved</source>
        <translation>Données saisies dans des outils non approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into personal accounts</source>
        <translation>Données saisies dans des comptes personnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays for AI tools personally</source>
        <translation>Paie personnellement des outils d&apos;IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you use tools the company did not provide</source>
        <translation>Pourquoi vous utilisez des outils que l&apos;entreprise ne fournit pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly personal spend</source>
        <translation>Dépenses personnelles mensuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the participation code from your card to export: this campaign counts only summaries with a code.</source>
        <translation>Saisissez le code de participation de votre carte pour exporter : cette campagne ne compte que les résumés avec un code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Copiée. Collez-la là où votre organisation l&apos;a demandé&#xa0;; c&apos;est du texte chiffré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put in the folder as %1.</source>
        <translation>Déposée dans le dossier sous le nom %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Non exportée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save your summary</source>
        <translation>Enregistrer votre synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Synthèses Candor (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+12"/>
        <source>Your summary goes to the trustee&apos;s folder, not straight to compliance. The trustee passes summaries on only in batches of at least %1, with new file names, one time for all and in a shuffled order, so compliance cannot see who saved which file, or when.</source>
        <translation>Votre résumé va dans le dossier du tiers de confiance, pas directement à la conformité. Le tiers ne transmet les résumés que par lots d&apos;au moins %1, avec de nouveaux noms de fichier, une heure commune et un ordre mélangé : la conformité ne peut pas voir qui a déposé quel fichier, ni quand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your summary goes into the compliance drop folder. The folder shows who saved a file and when; the encryption hides what it says.</source>
        <translation>Votre résumé va dans le dossier de dépôt de la conformité. Le dossier montre qui a déposé un fichier et quand ; le chiffrement cache ce qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or copy your summary and send it the way your organization asked. Whoever receives it (an e-mail, a share) can see who sent it and when; the encryption hides what it says.</source>
        <translation>Enregistrez ou copiez votre résumé et envoyez-le comme votre organisation l&apos;a demandé. Qui le reçoit (un e-mail, un partage) peut voir qui l&apos;a envoyé et quand ; le chiffrement cache ce qu&apos;il contient.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="+43"/>
        <source>%1%</source>
        <comment>a percentage; put a (non-breaking) space before % where the language does</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>FreeTextWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="+94"/>
        <source>Stays on this computer. Never included in any summary.</source>
        <translation>Reste sur cet ordinateur. N&apos;est jamais inclus dans une synthèse.</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../desktop/collector/headlines.py" line="+24"/>
        <source>Used at least one AI tool that is not approved</source>
        <extracomment>What each headline figure is, in one table: the trends and the reports print the English, the window shows it translated (context &quot;Headlines&quot;). &quot;%1&quot; is the headline&apos;s subject (a tool, a data class, a candidate).</extracomment>
        <translation>A utilisé au moins un outil d&apos;IA non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into an unapproved tool or a personal account</source>
        <translation>A saisi des données sensibles dans un outil non approuvé ou un compte personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used %1 without approval (the highest share of any tool)</source>
        <translation>Ont utilisé %1 sans autorisation (la part la plus élevée de tous les outils)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this data into an AI tool that is not approved: %1</source>
        <translation>Ont saisi ces données dans un outil d&apos;IA non autorisé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools out of their own pocket</source>
        <translation>Paient des outils d&apos;IA de leur poche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket spend, all respondents (estimated from spend bands)</source>
        <translation>Dépenses personnelles annuelles, tous les répondants (estimées à partir des tranches de dépenses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for %1, the leading licence candidate</source>
        <translation>Demande pour %1, le premier candidat à une licence</translation>
    </message>
</context>
<context>
    <name>HeldBackWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/collector/held_back.py" line="+27"/>
        <source>Only %n new summary has come in since figures were last released. Showing new figures now would let anyone who compares them with the earlier ones work out that person&apos;s answers.</source>
        <translation>
            <numerusform>Seule %n nouvelle synthèse est arrivée depuis la dernière publication des chiffres. Afficher de nouveaux chiffres maintenant permettrait à quiconque les compare aux précédents de retrouver les réponses de cette personne.</numerusform>
            <numerusform>Seules %n synthèses diffèrent de celles des derniers chiffres publiés (des nouvelles&#xa0;; une synthèse renvoyée avec d&apos;autres réponses compte deux fois, pour son ancienne et sa nouvelle version). Afficher de nouveaux chiffres maintenant permettrait à quiconque les compare aux précédents de retrouver les réponses de ces personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the summaries of %n people differ from those behind the figures released last (new ones, or sent again with other answers). Showing new figures now would let anyone who compares them with the earlier ones work out those people&apos;s answers.</source>
        <translation>
            <numerusform>Seule la synthèse de %n personne diffère de celles des derniers chiffres publiés (nouvelle, ou renvoyée avec d&apos;autres réponses). Afficher de nouveaux chiffres maintenant permettrait à quiconque les compare aux précédents de retrouver les réponses de cette personne.</numerusform>
            <numerusform>Seules les synthèses de %n personnes diffèrent de celles des derniers chiffres publiés (nouvelles, ou renvoyées avec d&apos;autres réponses). Afficher de nouveaux chiffres maintenant permettrait à quiconque les compare aux précédents de retrouver les réponses de ces personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more summary must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Il faut encore importer %n synthèse avant de pouvoir afficher de nouveaux chiffres.</numerusform>
            <numerusform>Il faut encore importer %n synthèses avant de pouvoir afficher de nouveaux chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more summaries must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Il faut encore importer %n synthèse avant de pouvoir afficher de nouveaux chiffres.</numerusform>
            <numerusform>Il faut encore importer %n synthèses avant de pouvoir afficher de nouveaux chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last released figures were shown on this dashboard on %1.</source>
        <translation>Les derniers chiffres publiés ont été affichés dans ce tableau de bord le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last released figures are in the %1 report saved as %2 on %3; use that report until then.</source>
        <comment>%1: HTML, PDF, CSV or JSON; %2: its file; %3: date and time</comment>
        <translation>Les derniers chiffres publiés figurent dans le rapport %1 enregistré sous %2 le %3&#xa0;; utilisez ce rapport d&apos;ici là.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New figures are held back to protect a few people</source>
        <translation>De nouveaux chiffres sont retenus pour protéger quelques personnes</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="+18"/>
        <location line="+1"/>
        <source>How Candor protects you</source>
        <translation>Comment Candor vous protège</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers, notes and results stay on this computer, encrypted. Nobody else can open them.</source>
        <translation>Vos réponses, notes et résultats restent sur cet ordinateur, chiffrés. Personne d&apos;autre ne peut les ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves by itself. Only when you export, a summary leaves: no name, no free text, no notes, no dates, and you see every field first.</source>
        <translation>Rien ne part tout seul. Ce n&apos;est que lorsque vous exportez qu&apos;un résumé part : pas de nom, pas de texte libre, pas de notes, pas de dates, et vous voyez chaque champ avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers in the summary are randomized on purpose, so no single summary proves what you answered.</source>
        <translation>Certaines réponses du résumé sont volontairement rendues aléatoires, afin qu&apos;aucun résumé seul ne prouve ce que vous avez répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary is encrypted for your organization&apos;s compliance team; they see only figures combined from at least %1 people.</source>
        <translation>Le résumé est chiffré pour l&apos;équipe conformité de votre organisation ; elle ne voit que des chiffres regroupant au moins %1 personnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings, Delete all my data, removes everything Candor keeps here, including its key.</source>
        <translation>Dans Paramètres, « Supprimer toutes mes données » efface tout ce que Candor conserve ici, y compris sa clé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions?</source>
        <translation>Des questions ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ask %1: %2</source>
        <translation>Demandez à %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not named a contact in its policy; ask your IT or compliance team.</source>
        <translation>%1 n&apos;a pas indiqué de contact dans sa politique ; adressez-vous à votre service informatique ou conformité.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="+51"/>
        <location line="+1"/>
        <source>Your history</source>
        <translation>Votre historique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Aucune auto-évaluation terminée pour l&apos;instant. Lorsque vous en terminerez une, elle apparaîtra ici&#xa0;; les suivantes montreront l&apos;évolution de votre risque et de vos dépenses.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past assessments</source>
        <translation>Auto-évaluations passées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+42"/>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+40"/>
        <location line="+2"/>
        <source>Overall risk</source>
        <translation>Risque global</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+51"/>
        <source>Yearly out-of-pocket</source>
        <translation>Dépenses annuelles de votre poche</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Ouvrir les résultats (lecture seule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overall risk over time</source>
        <translation>Évolution du risque global</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: %1.</source>
        <translation>Niveaux&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>a risk level&apos;s number and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yearly out-of-pocket spend over time (%1)</source>
        <translation>Évolution des dépenses annuelles de votre poche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly spend</source>
        <translation>Dépenses annuelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Estimation d&apos;après les tranches de dépenses que vous avez choisies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Après votre prochaine auto-évaluation, cette page montrera ce qui a changé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Summaries you exported</source>
        <translation>Synthèses que vous avez exportées</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Aucune pour l&apos;instant. Rien n&apos;a quitté cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exported summary, exactly as sent</source>
        <translation>La synthèse exportée, exactement telle qu&apos;envoyée</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../desktop/ui/interval_chart.py" line="+52"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too uncertain to act on</source>
        <translation>Trop incertain pour agir</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: 95% interval</source>
        <comment>%1 names the bar</comment>
        <translation>%1 : intervalle à 95 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+42"/>
        <location line="+75"/>
        <source>Candor</source>
        <extracomment>Emitted when the employee asks to start; the app decides what opens.</extracomment>
        <translation>Candor</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Policy problem</source>
        <translation>Problème avec la politique</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 n&apos;a pas pu être utilisé, Candor fonctionne donc sans. Vos réponses ne sont pas concernées. Veuillez prévenir votre équipe informatique.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 cannot be used, so exporting a summary is turned off until it is fixed. Candor still works and your answers are not affected. Please tell your IT team.</source>
        <translation>%1 ne peut pas être utilisé, l&apos;export d&apos;une synthèse est donc désactivé jusqu&apos;à ce que le problème soit corrigé. Candor fonctionne toujours et vos réponses ne sont pas concernées. Veuillez prévenir votre équipe informatique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your organization&apos;s policy locks some settings, so these changes were not used: %1. If you did not make them, please tell your IT team.</source>
        <translation>La politique de votre organisation verrouille certains réglages, ces modifications n&apos;ont donc pas été appliquées&#xa0;: %1. Si vous ne les avez pas faites, veuillez prévenir votre équipe informatique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy settings kept</source>
        <translation>Réglages de la politique conservés</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Candor &amp;protects you…</source>
        <translation>Comment Candor vous &amp;protège…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="+26"/>
        <source>%1:</source>
        <comment>a notice&apos;s heading, before its text</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 details</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Masquer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="+45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Ajouter un outil non répertorié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Son nom reste sur cet ordinateur&#xa0;; seul le type d&apos;outil peut figurer dans une synthèse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool name</source>
        <translation>Nom de l&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a tool that is not listed</source>
        <translation>Nom d&apos;un outil non répertorié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of tool</source>
        <translation>Type d&apos;outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool…</source>
        <translation>Type d&apos;outil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add this tool</source>
        <translation>Ajouter cet outil</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the tool&apos;s name first.</source>
        <extracomment>The name last carried over from the picker&apos;s filter (replaced as the filter changes).</extracomment>
        <translation>Saisissez d&apos;abord le nom de l&apos;outil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Choisissez le type d&apos;outil, puis appuyez sur Ajouter.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+35"/>
        <source>Choose a passphrase</source>
        <extracomment>ask(creating, explanation, error): the passphrase typed, or None when the person cancelled. The unlock gates (the employee&apos;s store, the collector database) ask through one; tests hand in a scripted one.</extracomment>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock your answers</source>
        <translation>Déverrouiller vos réponses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>
            <numerusform>Au moins %n caractère. Candor ne peut pas la récupérer&#xa0;: si vous l&apos;oubliez, vos réponses enregistrées pourront seulement être supprimées.</numerusform>
            <numerusform>Au moins %n caractères. Candor ne peut pas la récupérer&#xa0;: si vous l&apos;oubliez, vos réponses enregistrées pourront seulement être supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="-20"/>
        <source>Your organization</source>
        <comment>stands in for the organization&apos;s name when its policy gives none</comment>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has errors</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>contient des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>est un dossier et non un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could be changed without administrator rights</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>pourrait être modifiée sans droits d&apos;administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was changed after Candor was built</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>a été modifiée après la création de cette version de Candor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your organization&apos;s policy %1 %2, so Candor will not export a summary until it is fixed. Please tell your IT team.</source>
        <translation>La politique de votre organisation %1 %2, Candor n&apos;exportera donc aucune synthèse tant que le problème n&apos;est pas corrigé. Veuillez prévenir votre équipe informatique.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 from %2</source>
        <comment>policy settings, then the file that set them</comment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="+33"/>
        <source>Progress through the assessment</source>
        <translation>Progression dans l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Less than a minute left</source>
        <translation>Moins d&apos;une minute restante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About a minute left</source>
        <translation>Environ une minute restante</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Environ %n minute restante</numerusform>
            <numerusform>Environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%p% done</source>
        <translation>%p % fait</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="+27"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/collector/vocabulary.py" line="+32"/>
        <source>Approved</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Toléré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Interdit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Non répertorié</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Other units</source>
        <comment>small org units merged into one</comment>
        <translation>Autres services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other roles</source>
        <comment>small role levels merged into one</comment>
        <translation>Autres rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <comment>respondents who gave no answer</comment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <comment>no personal spend on AI tools</comment>
        <translation>Rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <comment>respondents who left it out</comment>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other tools (%1)</source>
        <comment>%1 is a kind of tool</comment>
        <translation>Autres outils (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+63"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 and %2</source>
        <comment>two values of epsilon</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <comment>a range of epsilon values</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+22"/>
        <source>Every figure is withheld: this org unit has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <extracomment>(text, translator comment or None) per note code.</extracomment>
        <translation>Tous les chiffres sont masqués&#xa0;: ce service compte moins de %1 répondants (la taille minimale de groupe fixée par la politique), aucun chiffre ne pourrait donc être affiché sans désigner des personnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: this campaign has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <translation>Tous les chiffres sont masqués&#xa0;: cette campagne compte moins de %1 répondants (la taille minimale de groupe fixée par la politique), aucun chiffre ne pourrait donc être affiché sans désigner des personnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: fewer than %1 respondents are outside this org unit, so subtracting this report from the whole-campaign report would reveal their answers.</source>
        <translation>Tous les chiffres sont masqués&#xa0;: moins de %1 répondants sont hors de ce service, si bien que soustraire ce rapport de celui de l&apos;ensemble de la campagne révélerait leurs réponses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: the whole-campaign report hides how many respondents this org unit has, so that a unit with fewer than %1 cannot be worked out by subtraction; a report of this unit would reveal it.</source>
        <translation>Tous les chiffres sont masqués&#xa0;: le rapport de l&apos;ensemble de la campagne masque le nombre de répondants de ce service, pour qu&apos;un service de moins de %1 répondants ne puisse pas être retrouvé par soustraction&#xa0;; un rapport sur ce service le révélerait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No figure comes from fewer than %1 respondents (the policy&apos;s minimum group size). A share counted exactly is also withheld when fewer than %1 people lack the answer. Where a breakdown shows its total, further cells are withheld until someone who knows this rule and sees every figure still cannot narrow a withheld cell down: one withheld as fewer than %1 could be any of 1 to %2, any other has at least %1 possible values. A breakdown for which that is not possible shows nothing.</source>
        <translation>Aucun chiffre ne provient de moins de %1 répondants (la taille minimale de groupe fixée par la politique). Une part comptée exactement est aussi masquée lorsque moins de %1 personnes ne donnent pas cette réponse. Lorsqu&apos;une ventilation affiche son total, d&apos;autres cases sont masquées jusqu&apos;à ce que même quelqu&apos;un qui connaît cette règle et voit chaque chiffre ne puisse cerner aucune case masquée : une case de moins de %1 pourrait valoir de 1 à %2, toute autre a au moins %1 valeurs possibles. Une ventilation pour laquelle ce n&apos;est pas possible n&apos;affiche rien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer but the org unit and role level was randomized on each employee&apos;s laptop before it was sent (randomized response), so no single summary proves anything about its author. The collector removes the bias from many summaries; the result is an estimate with a 95% confidence interval.</source>
        <translation>Chaque réponse, sauf l&apos;unité organisationnelle et le niveau de poste, a été rendue aléatoire sur l&apos;ordinateur de chaque employé avant l&apos;envoi (réponse aléatoire) : aucune synthèse ne prouve donc rien sur son auteur. Le collecteur corrige le biais sur de nombreuses synthèses ; le résultat est une estimation avec un intervalle de confiance à 95 %.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+19"/>
        <source>several</source>
        <translation>plusieurs</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+5"/>
        <source>The privacy guarantee is per item: each randomized answer on its own is epsilon-differentially private with epsilon = %1, so the true answer is sent at most %3 times as often as any other. One summary carries %4 such answers; the bound for everything in one summary together is epsilon = %2 (their sum), and answers that go together say more than any one alone.</source>
        <comment>%1: epsilon per answer; %2: epsilon of one whole summary; %3: a number such as 3; %4: a count</comment>
        <translation>La garantie de confidentialité vaut par élément : chaque réponse rendue aléatoire est, seule, epsilon-différentiellement privée avec epsilon = %1 ; la vraie réponse est donc envoyée au plus %3 fois plus souvent que toute autre. Une synthèse contient %4 réponses de ce type ; la borne pour tout le contenu d&apos;une synthèse est epsilon = %2 (leur somme), et des réponses liées en disent plus ensemble qu&apos;une seule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stored summaries were left out of every figure: they were made with other privacy settings than the campaign&apos;s, or by an older Candor whose answers were not all protected. Ask their senders to export again with the current Candor.</source>
        <comment>%1 is a number of summaries</comment>
        <translation>%1 synthèses enregistrées ont été exclues de tous les chiffres : elles ont été créées avec d&apos;autres paramètres de confidentialité que ceux de la campagne, ou par une ancienne version de Candor dont les réponses n&apos;étaient pas toutes protégées. Demandez à leurs expéditeurs de les exporter à nouveau avec le Candor actuel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimates whose 95% interval reaches more than 15 percentage points either side are flagged as too wide to act on.</source>
        <translation>Les estimations dont l&apos;intervalle à 95&#xa0;% s&apos;étend à plus de 15 points de pourcentage de part et d&apos;autre sont signalées comme trop larges pour agir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With randomized response, each tool is randomized on its own, so the share using any tool of a category cannot be recovered. A category&apos;s figure is the highest estimate among its tools, read as &quot;at least&quot;: the share using some tool of the category is at least that tool&apos;s share. Being the highest of several noisy estimates, it may sit above that tool&apos;s true share; its interval shows by how much it can be off.</source>
        <translation>Avec la réponse randomisée, chaque outil est randomisé séparément, si bien que la part des personnes utilisant un outil quelconque d&apos;une catégorie ne peut pas être retrouvée. Le chiffre d&apos;une catégorie est l&apos;estimation la plus élevée parmi ses outils, à lire comme «&#xa0;au moins&#xa0;»&#xa0;: la part des personnes utilisant un outil de la catégorie est au moins égale à celle de cet outil. Comme c&apos;est la plus élevée de plusieurs estimations bruitées, elle peut dépasser la part réelle de cet outil&#xa0;; son intervalle indique de combien elle peut s&apos;en écarter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With randomized response, what people pay per tool cannot be derived (paying and using a tool are randomized separately), so license candidates are the tools with a business tier that does not train on inputs, ranked by their unapproved-use estimate and risk.</source>
        <translation>Avec la réponse randomisée, ce que les personnes paient par outil ne peut pas être déduit (payer un outil et l&apos;utiliser sont randomisés séparément)&#xa0;; les candidats à une licence sont donc les outils disposant d&apos;une offre professionnelle qui n&apos;utilise pas les saisies pour l&apos;entraînement, classés selon leur usage non approuvé estimé et leur risque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend figures are estimates: each monthly band counts at its midpoint (an open-ended band at 1.5 times its lower bound), times twelve months. The total extrapolates the mean to all respondents; it is not a sum of reported amounts.</source>
        <translation>Les chiffres de dépenses sont des estimations&#xa0;: chaque tranche mensuelle compte pour sa valeur centrale (une tranche ouverte pour 1,5 fois sa borne inférieure), multipliée par douze mois. Le total extrapole la moyenne à l&apos;ensemble des répondants&#xa0;; ce n&apos;est pas une somme de montants déclarés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License candidates are ranked by demand, raised by %1% for each risk: the tool trains on inputs by default, or the policy prohibits it.</source>
        <comment>%1 is a number of percent</comment>
        <translation>Les candidats à une licence sont classés selon la demande, majorée de %1&#xa0;% pour chaque risque&#xa0;: l&apos;outil s&apos;entraîne par défaut sur les saisies, ou la politique l&apos;interdit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A figure counted exactly is also withheld here when the whole-campaign report minus this one, and minus the reports of any other org units, would show fewer than %1 people for it.</source>
        <translation>Un chiffre compté exactement est aussi masqué ici lorsque le rapport de toute la campagne, moins celui-ci et moins les rapports de n&apos;importe quelles autres unités, montrerait moins de %1 personnes pour ce chiffre.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each tool&apos;s yearly out-of-pocket spend is shown only as a band at least twice as wide as the most one person can add to it in a year, so that it cannot be decoded into the spend bands of the people who pay.</source>
        <translation>Les dépenses annuelles personnelles par outil ne sont indiquées que sous forme de fourchette, au moins deux fois plus large que ce qu&apos;une personne peut y ajouter en un an, afin qu&apos;on ne puisse pas en déduire la tranche de dépense de chacune des personnes qui paient.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org-unit reports show who pays for each tool but not how much: set beside the whole-campaign report&apos;s band, the unit&apos;s would narrow both.</source>
        <translation>Les rapports par service indiquent qui paie chaque outil, mais pas combien : placée à côté de la fourchette du rapport de toute la campagne, celle du service les préciserait toutes les deux.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="+67"/>
        <source>Approved by your organization</source>
        <extracomment>Builds the page on screen again (after the policy changed); None when none is shown.</extracomment>
        <translation>Approuvé par votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated by your organization</source>
        <translation>Toléré par votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>Interdit par votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>Absent de la liste des outils approuvés de votre organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your results from %1</source>
        <translation>Vos résultats du %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your results</source>
        <translation>Vos résultats</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved as a file</source>
        <translation>Enregistrée dans un fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied as text</source>
        <translation>Copiée en texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the drop folder</source>
        <translation>Déposée dans le dossier de dépôt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>your answers to the workplace questions</source>
        <translation>vos réponses aux questions sur le travail</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="+146"/>
        <source>Overall: %1</source>
        <translation>Risque global&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your action plan</source>
        <translation>Votre plan d&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>Rien à changer pour l&apos;instant. Continuez ainsi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Cases cochées à l&apos;époque, pour mémoire. Votre plan actuel figure dans vos derniers résultats.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your tools</source>
        <translation>Vos outils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Vous avez indiqué ne pas avoir utilisé d&apos;outils d&apos;IA pour le travail au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What AI tools cost you</source>
        <translation>Ce que vous coûtent les outils d&apos;IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 a month (estimate)</source>
        <comment>a tool and what it costs</comment>
        <translation>%1&#xa0;: %2 par mois (estimation)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Learning that may help</source>
        <translation>Formations qui peuvent vous aider</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>&amp;Exporter une synthèse pour l&apos;équipe conformité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Prévisualisez une synthèse anonymisée de ces résultats, puis enregistrez-la ou copiez-la. Rien n&apos;est envoyé automatiquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do this first</source>
        <translation>À faire en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For all your tools</source>
        <translation>Pour tous vos outils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <comment>a tool&apos;s name: the actions about that tool</comment>
        <translation>Pour %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>Vous ne payez pas d&apos;outils d&apos;IA pour le travail de votre poche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Les outils d&apos;IA que vous payez vous-même coûtent environ %1 par mois, soit environ %2 par an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk per tool</source>
        <translation>Risque par outil</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Niveaux de risque de 1 (faible) à 4 (critique). %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kinds of non-public data</source>
        <translation>Types de données non publiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data you put into each tool</source>
        <translation>Données que vous saisissez dans chaque outil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="+85"/>
        <source>Not saved</source>
        <extracomment>How often an unsaved state is tried again by itself.</extracomment>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest answers are still on screen but could not be saved. Candor keeps trying; if you close it now, they are lost.</source>
        <translation>Vos dernières réponses sont toujours à l&apos;écran, mais n&apos;ont pas pu être enregistrées. Candor continue d&apos;essayer&#xa0;; si vous le fermez maintenant, elles seront perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try saving again</source>
        <translation>Réessayer d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candor can save again: all your answers are saved now.</source>
        <translation>Candor peut de nouveau enregistrer&#xa0;: toutes vos réponses sont maintenant enregistrées.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers are not saved</source>
        <translation>Vos dernières réponses ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

If you leave now, the answers you gave since then are lost.</source>
        <translation>%1

Si vous quittez maintenant, les réponses données depuis seront perdues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving</source>
        <translation>Quitter sans enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay here</source>
        <translation>Rester ici</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../desktop/ui/settings_flow.py" line="+73"/>
        <source>Delete all your Candor data?</source>
        <translation>Supprimer toutes vos données Candor&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Cela supprime toutes les réponses, tous les résultats et tous les paramètres que Candor conserve sur cet ordinateur, ainsi que la clé qui les chiffre. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my data</source>
        <translation>Conserver mes données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Toutes vos données Candor ont été supprimées de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>La clé n&apos;a pas pu être retirée de votre gestionnaire de mots de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="+37"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candor now speaks this language. Your answers are kept: an assessment in progress continues where you left off.</source>
        <translation>Candor utilise désormais cette langue. Vos réponses sont conservées&#xa0;: une auto-évaluation en cours reprend là où vous en étiez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers and results are kept only in this folder, encrypted. Two files there are plain text: preferences.ini (theme and language) and the support log in logs (events such as &quot;started&quot;, never answers). The folder:</source>
        <translation>Vos réponses et résultats sont conservés uniquement dans ce dossier, chiffrés. Deux fichiers y sont en clair : preferences.ini (thème et langue) et le journal d&apos;assistance dans logs (des événements comme «&#xa0;démarré&#xa0;», jamais de réponses). Le dossier :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Supprime toutes les réponses, tous les résultats et tous les paramètres que Candor conserve sur cet ordinateur, ainsi que la clé qui les chiffre. Les synthèses déjà envoyées ne sont pas concernées. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="+51"/>
        <source>Your saved answers could not be read</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor a conservé le fichier endommagé sous le nom %1 dans son dossier de données et repart de zéro à côté. Les réponses que vous donnerez désormais ne sont pas concernées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Candor cannot open your data</source>
        <translation>Candor ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Vos réponses sont protégées par une phrase secrète. Saisissez-la pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Vos réponses sont verrouillées. Pour les déverrouiller, relancez l&apos;auto-évaluation depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor a besoin d&apos;une clé pour chiffrer vos réponses. Pour en créer une, relancez l&apos;auto-évaluation depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor conserve la clé de vos réponses dans le gestionnaire de mots de passe de votre système, mais celui-ci est inutilisable pour le moment&#xa0;: %1

Choisissez votre phrase secrète ci-dessous&#xa0;; vous la saisirez à chaque ouverture de Candor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your answers cannot be unlocked</source>
        <translation>Vos réponses ne peuvent pas être déverrouillées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Si la clé a été retirée de votre gestionnaire de mots de passe, plus personne ne peut lire les réponses enregistrées. Vous pouvez réessayer (par exemple après avoir restauré la clé) ou les supprimer et repartir de zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Delete my saved answers</source>
        <translation>Supprimer mes réponses enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete your saved answers?</source>
        <translation>Supprimer vos réponses enregistrées&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Cela supprime toutes les réponses enregistrées dans Candor sur cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password manager is not available</source>
        <translation>Votre gestionnaire de mots de passe n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../desktop/ui/store_messages.py" line="+23"/>
        <source>That passphrase does not unlock Candor&apos;s data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas les données de Candor. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Une phrase secrète doit compter au moins %1 caractères&#xa0;; celle-ci en a %2. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is locked. Unlock it (log in again or open your keyring app), then retry.</source>
        <translation>Le trousseau de clés du système est verrouillé. Déverrouillez-le (reconnectez-vous ou ouvrez votre application de trousseau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no system keyring Candor can use to keep its key.</source>
        <translation>Cet ordinateur n&apos;a aucun trousseau de clés que Candor puisse utiliser pour conserver sa clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor&apos;s data exists, but the key that opens it is gone from the system keyring (or is not this data&apos;s key), so the data cannot be decrypted. Restore the keyring entry from a backup, or delete Candor&apos;s data and start again.</source>
        <translation>Les données de Candor existent, mais la clé qui les ouvre a disparu du trousseau de clés du système (ou n&apos;est pas celle de ces données)&#xa0;: elles ne peuvent donc pas être déchiffrées. Restaurez l&apos;entrée du trousseau depuis une sauvegarde, ou supprimez les données de Candor et recommencez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Retry, or protect your answers with a passphrase instead.</source>
        <translation>Le trousseau de clés du système n&apos;a pas fonctionné (%1). Réessayez, ou protégez plutôt vos réponses par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding Candor&apos;s data folder %1 is full. Free some space on it and start Candor again, or choose another folder with --data-dir or %2.</source>
        <translation>Le disque qui contient le dossier de données de Candor %1 est plein. Libérez de l&apos;espace puis relancez Candor, ou choisissez un autre dossier avec --data-dir ou %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor cannot write in its data folder %1: it is read-only or you lack permission. Make the folder writable for your user, or choose another folder with --data-dir or %2.</source>
        <translation>Candor ne peut pas écrire dans son dossier de données %1&#xa0;: il est en lecture seule ou vous n&apos;avez pas l&apos;autorisation. Rendez le dossier accessible en écriture pour votre utilisateur, ou choisissez un autre dossier avec --data-dir ou %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor cannot write in its data folder %1: %3. Check the disk and the folder&apos;s permissions, or choose another folder with --data-dir or %2.</source>
        <translation>Candor ne peut pas écrire dans son dossier de données %1&#xa0;: %3. Vérifiez le disque et les autorisations du dossier, ou choisissez un autre dossier avec --data-dir ou %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor could not save to %1: the disk is full. Free some space on that disk; your earlier answers are safe.</source>
        <translation>Candor n&apos;a pas pu enregistrer dans %1&#xa0;: le disque est plein. Libérez de l&apos;espace sur ce disque&#xa0;; vos réponses précédentes sont en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: the folder is read-only or you lack permission. Make it writable for your user again; your earlier answers are safe.</source>
        <translation>Candor n&apos;a pas pu enregistrer dans %1&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas l&apos;autorisation. Rendez-le de nouveau accessible en écriture pour votre utilisateur&#xa0;; vos réponses précédentes sont en sécurité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: %2. Check the disk and the folder&apos;s permissions; your earlier answers are safe.</source>
        <translation>Candor n&apos;a pas pu enregistrer dans %1&#xa0;: %2. Vérifiez le disque et les autorisations du dossier&#xa0;; vos réponses précédentes sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="-135"/>
        <source>Your organization&apos;s note: %1</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Note de votre organisation : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="+66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Filtrer les outils…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools</source>
        <translation>Filtrer les outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Saisissez une partie du nom d&apos;un outil ou d&apos;un éditeur pour réduire la liste.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>Je n&apos;ai utilisé aucun outil d&apos;IA pour le travail au cours des 30 derniers jours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by your organization</source>
        <translation>Approuvé par votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with care by your organization</source>
        <translation>Autorisé avec précaution par votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>Interdit par votre organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your organization&apos;s policy</source>
        <translation>Absent de la politique de votre organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Aucun outil répertorié ne correspond à «&#xa0;%1&#xa0;». Vous pouvez l&apos;ajouter ci-dessous comme outil non répertorié.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n selected</source>
        <comment>how many tools are ticked</comment>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <location filename="../../desktop/ui/collector/trend_view.py" line="+27"/>
        <source>not compared (asked in only one campaign)</source>
        <translation>non comparé (demandé dans une seule campagne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not compared (withheld in %1)</source>
        <translation>non comparé (masqué dans %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points (%2 to %3)</source>
        <comment>a change and its 95% interval</comment>
        <translation>%1 points (%2 à %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — too uncertain to act on</source>
        <translation>%1 — trop incertain pour agir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not compared)</source>
        <translation>%1 (non comparé)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change in percentage points</source>
        <translation>Variation en points de pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (95% interval)</source>
        <translation>Variation (intervalle à 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the change in a share; the line across it is the 95% interval of the change. Hatched bars are too uncertain to act on.</source>
        <translation>Chaque barre est la variation d&apos;une part ; la ligne qui la traverse est l&apos;intervalle à 95 % de la variation. Les barres hachurées sont trop incertaines pour agir.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop/ui/unexpected_notice.py" line="+14"/>
        <source>Candor ran into an unexpected error (%1). What was saved is kept, and nothing was sent. If Candor does not work as it should now, close it and start it again. Its log names the error and where it happened, without anything you entered; your IT team may ask for it.</source>
        <comment>%1 is the kind of error, e.g. ValueError</comment>
        <translation>Candor a rencontré une erreur inattendue (%1). Ce qui a été enregistré est conservé, et rien n’a été envoyé. Si Candor ne fonctionne plus comme il le devrait, fermez-le et relancez-le. Son journal indique l’erreur et l’endroit où elle s’est produite, sans rien de ce que vous avez saisi ; votre équipe informatique peut vous le demander.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../desktop/ui/collector/units_view.py" line="+26"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (ensemble ; chacune a moins de %2 répondants)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Org units side by side</source>
        <translation>Unités côte à côte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each org unit&apos;s figures are those of its own report, under the same rules. Units with fewer than %1 respondents are merged into “Other units”; that group and the respondents who stated no unit show no figures of their own, since with the whole campaign&apos;s figure and every unit shown they would give a withheld unit&apos;s figure away by subtraction.</source>
        <translation>Les chiffres de chaque unité sont ceux de son propre rapport, selon les mêmes règles. Les unités de moins de %1 répondants sont regroupées dans « Autres unités » ; ce groupe et les répondants sans unité indiquée n&apos;ont pas de chiffres propres, car avec le chiffre de toute la campagne et chaque unité affichée, ils révéleraient par soustraction le chiffre d&apos;une unité masquée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, by org unit</source>
        <translation>%1, par unité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents (%)</source>
        <translation>Part des répondants (%)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+14"/>
        <source>Org unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of respondents</source>
        <translation>Part des répondants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondents (n)</source>
        <translation>Répondants (n)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each bar is a unit&apos;s share; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Chaque barre est la part d&apos;une unité ; la ligne qui la traverse est son intervalle à 95 %. Les barres hachurées sont trop incertaines pour agir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every group, with the whole campaign</source>
        <translation>Chaque groupe, avec toute la campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline figures by org unit</source>
        <translation>Chiffres clés par unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="+70"/>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candor logo</source>
        <translation>Logo Candor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private look at how you use AI at work</source>
        <translation>Un regard privé sur votre usage de l&apos;IA au travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>En une dizaine de minutes, Candor vous aide à voir quels outils d&apos;IA vous utilisez pour le travail, ce que vous y saisissez et ce qu&apos;ils vous coûtent, et vous propose un court plan d&apos;action pour protéger votre travail et vos données. Il n&apos;y a pas de bonnes ou de mauvaises réponses, et personne ne vous surveille.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %n people.</source>
        <translation>
            <numerusform>Seule l&apos;équipe conformité de %1 peut ouvrir une synthèse que vous envoyez. Elle ne la voit que regroupée avec d&apos;autres, et jamais aucun chiffre issu de moins de %n personne.</numerusform>
            <numerusform>Seule l&apos;équipe conformité de %1 peut ouvrir une synthèse que vous envoyez. Elle ne la voit que regroupée avec d&apos;autres, et jamais aucun chiffre issu de moins de %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 n&apos;a pas encore mis en place la collecte des synthèses&#xa0;: rien ne peut donc être envoyé depuis Candor. Vos résultats ne sont destinés qu&apos;à vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stays on this computer</source>
        <translation>Reste sur cet ordinateur</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Vos réponses sont enregistrées uniquement ici, chiffrées, avec la clé conservée dans le gestionnaire de mots de passe de votre système. Ni votre responsable, ni le service informatique, ni les créateurs de Candor ne peuvent les lire.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your answers are saved only here, encrypted with a key that only your passphrase opens; Candor never stores the passphrase. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Vos réponses sont enregistrées uniquement ici, chiffrées avec une clé que seule votre phrase secrète ouvre ; Candor n&apos;enregistre jamais la phrase secrète. Ni votre responsable, ni l&apos;informatique, ni les créateurs de Candor ne peuvent les lire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Seule une synthèse sort, si vous le décidez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>À la fin, vous pouvez envoyer une synthèse anonymisée&#xa0;: ni nom, ni texte libre, ni dates. Vous voyez chaque champ avant l&apos;envoi et pouvez retenir les parties facultatives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who can read it</source>
        <translation>Qui peut la lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor ne se connecte jamais à Internet et n&apos;envoie rien de lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+66"/>
        <source>Start the assessment</source>
        <translation>Commencer l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View my &amp;results</source>
        <translation>Voir mes &amp;résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past a&amp;ssessments</source>
        <comment>button: opens the history of earlier assessments</comment>
        <translation>É&amp;valuations précédentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Welcome to Candor</source>
        <translation>Bienvenue dans Candor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue where you left off</source>
        <translation>Reprendre où vous en étiez</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="+121"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Vos réponses sont déjà enregistrées. Revenez à la page d&apos;accueil et continuez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Recommencer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Effacer toutes les réponses de cette auto-évaluation et recommencer. Candor vous demande d&apos;abord confirmation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Tool</source>
        <comment>caption above the name of the AI tool a page asks about</comment>
        <translation>Outil</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n question still needs an answer.</source>
        <translation>
            <numerusform>%n question attend encore une réponse.</numerusform>
            <numerusform>%n questions attendent encore une réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions still need an answer.</source>
        <translation>
            <numerusform>%n question attend encore une réponse.</numerusform>
            <numerusform>%n questions attendent encore une réponse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tool %1 of %2</source>
        <translation>Outil %1 sur %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
</TS>
