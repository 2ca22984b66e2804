<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="17"/>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="18"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="21"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Une auto-évaluation privée de votre usage de l&apos;IA au travail. Vos réponses restent sur cet ordinateur, chiffrées ; seule une synthèse que vous prévisualisez peut en sortir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="30"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="31"/>
        <source>Organization policy:</source>
        <translation>Politique de l&apos;organisation :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="32"/>
        <source>Your data is kept in:</source>
        <translation>Vos données sont conservées dans :</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="117"/>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="128"/>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="129"/>
        <source>Show %1 as a table</source>
        <translation>Afficher « %1 » sous forme de tableau</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;chart</source>
        <translation>Afficher en &amp;graphique</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="57"/>
        <source>%1: %2</source>
        <extracomment>Offered once an optional question has an answer (built then: most pages never need it).</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="124"/>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="128"/>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="39"/>
        <source>Candor collector — %1</source>
        <translation>Collecteur Candor — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="48"/>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="51"/>
        <source>&amp;Import summaries</source>
        <translation>&amp;Importer des synthèses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="53"/>
        <source>Import summaries</source>
        <translation>Importer des synthèses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="55"/>
        <source>A folder…</source>
        <translation>Un dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="56"/>
        <source>Files or zip archives…</source>
        <translation>Des fichiers ou archives zip…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="59"/>
        <source>Export &amp;report</source>
        <translation>Exporter le &amp;rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="61"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="69"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="71"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="74"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importez les fichiers de synthèse que les employés vous ont envoyés. Ils sont déchiffrés avec votre clé sur cet ordinateur ; les rapports ne montrent que des groupes de personnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="80"/>
        <source>Files that were not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi il n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="116"/>
        <source>Choose the folder with the summaries</source>
        <translation>Choisissez le dossier contenant les synthèses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="121"/>
        <source>Choose summary files or zip archives</source>
        <translation>Choisissez des fichiers de synthèse ou des archives zip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="122"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Synthèses (*.age *.txt *.asc *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="141"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="148"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Annulation en cours… rien de cet import ne sera conservé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="153"/>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="158"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="160"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importées : %1, remplacées : %2, rejetées : %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="163"/>
        <source>%1 were already imported and unchanged.</source>
        <translation>Déjà importées et inchangées : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="178"/>
        <source>The import could not run: %1</source>
        <translation>L&apos;import n&apos;a pas pu être effectué : %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="88"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="92"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Usage non approuvé par outil : les 15 plus fréquents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="93"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Part des répondants ayant utilisé chaque outil alors qu&apos;il n&apos;est pas approuvé. Le tableau ci-dessous liste tous les outils.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="95"/>
        <source>Unapproved use per tool</source>
        <translation>Usage non approuvé par outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Policy status</source>
        <translation>Statut dans la politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use</source>
        <translation>Usage non approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="99"/>
        <source>By kind of tool</source>
        <translation>Par type d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Usage non approuvé par type d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Kind of tool</source>
        <translation>Type d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="103"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="104"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="171"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="105"/>
        <source>Spend and licences</source>
        <translation>Dépenses et licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="106"/>
        <source>Reasons for unapproved tools</source>
        <translation>Raisons d&apos;utiliser des outils non approuvés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="107"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="109"/>
        <source>AI literacy (self-rated)</source>
        <translation>Maîtrise de l&apos;IA (auto-évaluée)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="110"/>
        <source>Knows the AI policy</source>
        <translation>Connaît la politique IA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="111"/>
        <source>Training wanted</source>
        <translation>Formation souhaitée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="112"/>
        <source>Training formats</source>
        <translation>Formats de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="113"/>
        <source>Skills and training</source>
        <translation>Compétences et formation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="114"/>
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="136"/>
        <source>%1 respondents</source>
        <translation>%1 répondants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="142"/>
        <source>Respondents by part of the organization</source>
        <translation>Répondants par service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="145"/>
        <source>How to read this: no figure is shown from fewer than %1 people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>Comment lire ces chiffres : aucun chiffre n&apos;est affiché s&apos;il provient de moins de %1 personnes et, lorsqu&apos;un groupe est masqué dans un tableau comportant un total, un autre l&apos;est aussi, pour qu&apos;on ne puisse pas le retrouver par soustraction. Les fourchettes sont des intervalles à 95 % autour d&apos;estimations qui compensent la randomisation volontaire de chaque synthèse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="160"/>
        <source>What data goes where</source>
        <translation>Quelles données vont où</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="161"/>
        <source>Data classes</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into unapproved tools</source>
        <translation>Dans des outils non approuvés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into personal accounts</source>
        <translation>Dans des comptes personnels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="166"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Selon le statut de l&apos;outil dans la politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="167"/>
        <source>By kind of account</source>
        <translation>Par type de compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="175"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Les ventilations par statut d&apos;outil et par type de compte nécessitent des synthèses envoyées sans réponse randomisée ; les synthèses de cette campagne sont randomisées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Out-of-pocket spend</source>
        <translation>Dépenses de leur poche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="185"/>
        <source>Pay for AI tools themselves</source>
        <translation>Paient eux-mêmes des outils d&apos;IA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="186"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Dépenses annuelles de leur poche estimées, par répondant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="188"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Dépenses annuelles de leur poche estimées, tous répondants</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Licence candidates</source>
        <translation>Candidats à une licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="191"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Dépenses annuelles de leur poche (estimation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="195"/>
        <source>What employees pay themselves</source>
        <translation>Ce que les employés paient eux-mêmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="196"/>
        <source>Monthly spend bands</source>
        <translation>Tranches de dépenses mensuelles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="197"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Candidats à une licence : outils que les employés paient eux-mêmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Perception gap</source>
        <translation>Écart de perception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Employees agreeing</source>
        <translation>Employés d&apos;accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Leadership&apos;s figure</source>
        <translation>Chiffre de la direction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="204"/>
        <source>not set in the policy</source>
        <translation>non défini dans la politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>How employees see AI at work</source>
        <translation>Comment les employés voient l&apos;IA au travail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Agree</source>
        <translation>D&apos;accord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="209"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>Vision de la direction et vision des employés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="222"/>
        <source>Share of respondents for each answer.</source>
        <translation>Part des répondants pour chaque réponse.</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="129"/>
        <source>Start over?</source>
        <translation>Recommencer ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="130"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Toutes les réponses de cette auto-évaluation seront effacées, y compris vos notes, et vous reviendrez à la première question. Vos auto-évaluations terminées sont conservées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Clear my answers</source>
        <translation>Effacer mes réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Keep my answers</source>
        <translation>Conserver mes réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="158"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Une réponse à une question qui n&apos;est plus posée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="161"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1 : un choix qui n&apos;est plus proposé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="163"/>
        <source>Questions updated</source>
        <translation>Questions mises à jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employee_app.py" line="164"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Les questions de Candor ont changé depuis vos dernières réponses. Vos réponses ont été conservées, sauf %n qui ne s&apos;applique plus. Veuillez vérifier la page où elle se trouvait.</numerusform>
            <numerusform>Les questions de Candor ont changé depuis vos dernières réponses. Vos réponses ont été conservées, sauf %n qui ne s&apos;appliquent plus. Veuillez vérifier les pages où elles se trouvaient.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="173"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Vos réponses sont enregistrées. Vous pouvez reprendre à tout moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="210"/>
        <source>Delete all your Candor data?</source>
        <translation>Supprimer toutes vos données Candor ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="211"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Cela supprime toutes les réponses, tous les résultats et tous les paramètres que Candor conserve sur cet ordinateur, ainsi que la clé qui les chiffre. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Keep my data</source>
        <translation>Conserver mes données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="231"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Toutes vos données Candor ont été supprimées de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="233"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>La clé n&apos;a pas pu être retirée de votre gestionnaire de mots de passe : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="48"/>
        <source>Preview and export your summary</source>
        <extracomment>Optional part -&gt; label template; the value the employee gave is shown in brackets.</extracomment>
        <translation>Prévisualiser et exporter votre synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>This is everything that would be sent</source>
        <translation>Voici tout ce qui serait envoyé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="58"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Rien d&apos;autre ne quitte cet ordinateur : ni nom, ni vos notes ou tout autre texte saisi, ni les noms d&apos;outils que vous avez ajoutés vous-même, ni dates. La synthèse va uniquement là où vous la placez, chiffrée de sorte que seule l&apos;équipe conformité de votre organisation puisse l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Some answers below are randomized on purpose: each may have been flipped by chance, so they can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Certaines réponses ci-dessous sont volontairement randomisées : chacune a pu être inversée au hasard. Elles peuvent donc différer de ce que vous avez répondu, et aucune synthèse ne prouve à elle seule quoi que ce soit sur vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="79"/>
        <source> (not answered)</source>
        <translation> (sans réponse)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>The summary in plain words</source>
        <translation>La synthèse en termes simples</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>La synthèse exactement telle qu&apos;envoyée (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>In plain words</source>
        <translation>En termes simples</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="98"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Exactement comme envoyée (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="107"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="108"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110"/>
        <source>&amp;Put in %1</source>
        <translation>&amp;Déposer dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="170"/>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="176"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Copiée. Collez-la là où votre organisation l&apos;a demandé ; c&apos;est du texte chiffré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Put in the folder as %1.</source>
        <translation>Déposée dans le dossier sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="187"/>
        <source>Not exported: %1</source>
        <translation>Non exportée : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Save your summary</source>
        <translation>Enregistrer votre synthèse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="194"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Synthèses Candor (*.age *.json)</translation>
    </message>
</context>
<context>
    <name>FreeTextWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="217"/>
        <source>Stays on this computer. Never included in any summary.</source>
        <translation>Reste sur cet ordinateur. N&apos;est jamais inclus dans une synthèse.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50"/>
        <source>Your history</source>
        <translation>Votre historique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="57"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Aucune auto-évaluation terminée pour l&apos;instant. Lorsque vous en terminerez une, elle apparaîtra ici ; les suivantes montreront l&apos;évolution de votre risque et de vos dépenses.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="63"/>
        <source>Past assessments</source>
        <translation>Auto-évaluations passées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="103"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <source>Overall risk</source>
        <translation>Risque global</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="65"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Yearly out-of-pocket</source>
        <translation>Dépenses annuelles de votre poche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="73"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="85"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Ouvrir les résultats (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="88"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="102"/>
        <source>Overall risk over time</source>
        <translation>Évolution du risque global</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="106"/>
        <source>Levels: %1.</source>
        <translation>Niveaux : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="110"/>
        <source>Yearly out-of-pocket spend over time (%1)</source>
        <translation>Évolution des dépenses annuelles de votre poche (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="111"/>
        <source>Yearly spend</source>
        <translation>Dépenses annuelles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="114"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Estimation d&apos;après les tranches de dépenses que vous avez choisies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="120"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Après votre prochaine auto-évaluation, cette page montrera ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="130"/>
        <location filename="../../desktop/ui/history_page.py" line="139"/>
        <source>Summaries you exported</source>
        <translation>Synthèses que vous avez exportées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="135"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Aucune pour l&apos;instant. Rien n&apos;a quitté cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="150"/>
        <source>The exported summary, exactly as sent</source>
        <translation>La synthèse exportée, exactement telle qu&apos;envoyée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="32"/>
        <source>Candor</source>
        <extracomment>Emitted when the employee asks to start; the app decides what opens.</extracomment>
        <translation>Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57"/>
        <source>Policy problem</source>
        <translation>Problème avec la politique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 n&apos;a pas pu être utilisé, Candor fonctionne donc sans. Vos réponses ne sont pas concernées. Veuillez prévenir votre équipe informatique.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="34"/>
        <source>%1 details</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="38"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="39"/>
        <source>Dismiss: %1</source>
        <translation>Masquer : %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Ajouter un outil non répertorié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="50"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Son nom reste sur cet ordinateur ; seul le type d&apos;outil peut figurer dans une synthèse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="56"/>
        <source>Tool name</source>
        <translation>Nom de l&apos;outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="57"/>
        <source>Name of a tool that is not listed</source>
        <translation>Nom d&apos;un outil non répertorié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="62"/>
        <source>Kind of tool</source>
        <translation>Type d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="63"/>
        <source>Kind of tool…</source>
        <translation>Type d&apos;outil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="71"/>
        <source>Add this tool</source>
        <translation>Ajouter cet outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="97"/>
        <source>Type the tool&apos;s name first.</source>
        <translation>Saisissez d&apos;abord le nom de l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="100"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Choisissez le type d&apos;outil, puis appuyez sur Ajouter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="137"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="140"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Unlock your answers</source>
        <translation>Déverrouiller vos réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="32"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="35"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="44"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="46"/>
        <source>At least %1 characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>Au moins %1 caractères. Candor ne peut pas la récupérer : si vous l&apos;oubliez, vos réponses enregistrées pourront seulement être supprimées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="77"/>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="81"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes. Saisissez deux fois la même.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="86"/>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="31"/>
        <source>Progress through the assessment</source>
        <translation>Progression dans l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="45"/>
        <source>Section %1 of %2</source>
        <translation>Section %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="50"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="27"/>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="51"/>
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="53"/>
        <source>Approved by your organization</source>
        <translation>Approuvé par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="54"/>
        <source>Tolerated by your organization</source>
        <translation>Toléré par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="55"/>
        <source>Not allowed by your organization</source>
        <translation>Interdit par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="56"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>Absent de la liste des outils approuvés de votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results from %1</source>
        <translation>Vos résultats du %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results</source>
        <translation>Vos résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Saved as a file</source>
        <translation>Enregistrée dans un fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Copied as text</source>
        <translation>Copiée en texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="98"/>
        <source>Put in the drop folder</source>
        <translation>Déposée dans le dossier de dépôt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="127"/>
        <source>your answers to the workplace questions</source>
        <translation>vos réponses aux questions sur le travail</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="139"/>
        <source>Overall: %1</source>
        <translation>Risque global : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="145"/>
        <source>Your action plan</source>
        <translation>Votre plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="148"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>Rien à changer pour l&apos;instant. Continuez ainsi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="150"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Cases cochées à l&apos;époque, pour mémoire. Votre plan actuel figure dans vos derniers résultats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="159"/>
        <source>Your tools</source>
        <translation>Vos outils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="162"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Vous avez indiqué ne pas avoir utilisé d&apos;outils d&apos;IA pour le travail au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="169"/>
        <source>What AI tools cost you</source>
        <translation>Ce que vous coûtent les outils d&apos;IA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="174"/>
        <source>a month (estimate)</source>
        <translation>par mois (estimation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="179"/>
        <source>Learning that may help</source>
        <translation>Formations qui peuvent vous aider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="183"/>
        <source>At a glance</source>
        <translation>En un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="189"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>&amp;Exporter une synthèse pour l&apos;équipe conformité…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="192"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Prévisualisez une synthèse anonymisée de ces résultats, puis enregistrez-la ou copiez-la. Rien n&apos;est envoyé automatiquement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="195"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Retour à l&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="215"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>Vous ne payez pas d&apos;outils d&apos;IA pour le travail de votre poche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="216"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Les outils d&apos;IA que vous payez vous-même coûtent environ %1 par mois, soit environ %2 par an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="221"/>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk per tool</source>
        <translation>Risque par outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="226"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Niveaux de risque de 1 (faible) à 4 (critique). %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="232"/>
        <source>Kinds of non-public data</source>
        <translation>Types de données non publiques</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="234"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data you put into each tool</source>
        <translation>Données que vous saisissez dans chaque outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="36"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="40"/>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="42"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="48"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53"/>
        <source>Candor will use this language the next time it starts.</source>
        <translation>Candor utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="58"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="62"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>Your answers, results and settings are kept only in this folder, encrypted:</source>
        <translation>Vos réponses, résultats et paramètres sont conservés uniquement dans ce dossier, chiffrés :</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78"/>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="81"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Supprime toutes les réponses, tous les résultats et tous les paramètres que Candor conserve sur cet ordinateur, ainsi que la clé qui les chiffre. Les synthèses déjà envoyées ne sont pas concernées. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="54"/>
        <source>Your saved answers could not be read</source>
        <translation>Vos réponses enregistrées n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="56"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor a conservé le fichier endommagé sous le nom %1 dans son dossier de données et repart de zéro à côté. Les réponses que vous donnerez désormais ne sont pas concernées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="63"/>
        <location filename="../../desktop/ui/store_gate.py" line="93"/>
        <source>Candor cannot open your data</source>
        <translation>Candor ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="72"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Vos réponses sont protégées par une phrase secrète. Saisissez-la pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="74"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Vos réponses sont verrouillées. Pour les déverrouiller, relancez l&apos;auto-évaluation depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="82"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor a besoin d&apos;une clé pour chiffrer vos réponses. Pour en créer une, relancez l&apos;auto-évaluation depuis la page d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="105"/>
        <source>No system keyring is available.</source>
        <translation>Aucun trousseau de clés système n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="107"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor conserve la clé de vos réponses dans le gestionnaire de mots de passe de votre système, mais celui-ci est inutilisable pour le moment : %1

Choisissez votre phrase secrète ci-dessous ; vous la saisirez à chaque ouverture de Candor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="119"/>
        <source>Your answers cannot be unlocked</source>
        <translation>Vos réponses ne peuvent pas être déverrouillées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="121"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Si la clé a été retirée de votre gestionnaire de mots de passe, plus personne ne peut lire les réponses enregistrées. Vous pouvez réessayer (par exemple après avoir restauré la clé) ou les supprimer et repartir de zéro.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <source>Delete my saved answers</source>
        <translation>Supprimer mes réponses enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="127"/>
        <source>Delete your saved answers?</source>
        <translation>Supprimer vos réponses enregistrées ?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="128"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Cela supprime toutes les réponses enregistrées dans Candor sur cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="137"/>
        <source>Your password manager is not available</source>
        <translation>Votre gestionnaire de mots de passe n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="114"/>
        <source>Why</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="117"/>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Filtrer les outils…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="67"/>
        <source>Filter tools</source>
        <translation>Filtrer les outils</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="68"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Saisissez une partie du nom d&apos;un outil ou d&apos;un éditeur pour réduire la liste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="112"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>Je n&apos;ai utilisé aucun outil d&apos;IA pour le travail au cours des 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="123"/>
        <source>Approved by your organization</source>
        <translation>Approuvé par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="124"/>
        <source>Allowed with care by your organization</source>
        <translation>Autorisé avec précaution par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="125"/>
        <source>Not allowed by your organization</source>
        <translation>Interdit par votre organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="132"/>
        <source>by %1</source>
        <translation>éditeur : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="198"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Aucun outil répertorié ne correspond à « %1 ». Vous pouvez l&apos;ajouter ci-dessous comme outil non répertorié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="261"/>
        <source>%1 selected</source>
        <translation>Sélection : %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="58"/>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="64"/>
        <source>Candor logo</source>
        <translation>Logo Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="66"/>
        <source>A private look at how you use AI at work</source>
        <translation>Un regard privé sur votre usage de l&apos;IA au travail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="72"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>En une dizaine de minutes, Candor vous aide à voir quels outils d&apos;IA vous utilisez pour le travail, ce que vous y saisissez et ce qu&apos;ils vous coûtent, et vous propose un court plan d&apos;action pour protéger votre travail et vos données. Il n&apos;y a pas de bonnes ou de mauvaises réponses, et personne ne vous surveille.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="81"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %2 people.</source>
        <translation>Seule l&apos;équipe conformité de %1 peut ouvrir une synthèse que vous envoyez. Elle ne la voit que regroupée avec d&apos;autres, et jamais aucun chiffre issu de moins de %2 personnes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="86"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 n&apos;a pas encore mis en place la collecte des synthèses : rien ne peut donc être envoyé depuis Candor. Vos résultats ne sont destinés qu&apos;à vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="91"/>
        <source>Stays on this computer</source>
        <translation>Reste sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="93"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Vos réponses sont enregistrées uniquement ici, chiffrées, avec la clé conservée dans le gestionnaire de mots de passe de votre système. Ni votre responsable, ni le service informatique, ni les créateurs de Candor ne peuvent les lire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="98"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Seule une synthèse sort, si vous le décidez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="100"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>À la fin, vous pouvez envoyer une synthèse anonymisée : ni nom, ni texte libre, ni dates. Vous voyez chaque champ avant l&apos;envoi et pouvez retenir les parties facultatives.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="104"/>
        <source>Who can read it</source>
        <translation>Qui peut la lire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="108"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor ne se connecte jamais à Internet et n&apos;envoie rien de lui-même.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="112"/>
        <location filename="../../desktop/ui/welcome_page.py" line="119"/>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Start the assessment</source>
        <translation>Commencer l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="121"/>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="126"/>
        <source>View my &amp;results</source>
        <translation>Voir mes &amp;résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="129"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="135"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Continue where you left off</source>
        <translation>Reprendre où vous en étiez</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="118"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="120"/>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="122"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Vos réponses sont déjà enregistrées. Revenez à la page d&apos;accueil et continuez plus tard.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="125"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Recommencer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="127"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="129"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Effacer toutes les réponses de cette auto-évaluation et recommencer. Candor vous demande d&apos;abord confirmation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="134"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="136"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="138"/>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="214"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="216"/>
        <source>Tool %1 of %2</source>
        <translation>Outil %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="333"/>
        <source>1 question still needs an answer.</source>
        <translation>1 question attend encore une réponse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="334"/>
        <source>%1 questions still need an answer.</source>
        <translation>%1 questions attendent encore une réponse.</translation>
    </message>
</context>
</TS>
