<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="+27"/>
        <source>managed</source>
        <comment>a policy installed by IT for all users</comment>
        <translation>zentral verwaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <comment>a policy in this user&apos;s own settings</comment>
        <translation>Benutzereinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundled</source>
        <comment>the policy that came with Candor</comment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baked in</source>
        <comment>a policy IT built into this copy of Candor</comment>
        <translation>fest eingebaut</translation>
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
        <translation>nur integrierte Standardwerte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (ignored because of problems: %2)</source>
        <translation>%1 (wegen Problemen ignoriert: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compliance key, plaintext, drop folder and privacy settings come only from %1; other files may only make privacy stricter.</source>
        <translation>Compliance-Schlüssel, unverschlüsselter Export, Ablageordner und Datenschutzeinstellungen kommen nur aus %1; andere Dateien können den Datenschutz nur strenger machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes refused: %1.</source>
        <translation>Abgelehnte Änderungen: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Eine private Selbsteinschätzung Ihrer KI-Nutzung bei der Arbeit. Ihre Antworten bleiben verschlüsselt auf diesem Computer; nur eine Zusammenfassung, die Sie vorher prüfen, kann ihn verlassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization policy:</source>
        <translation>Richtlinie der Organisation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked settings:</source>
        <translation>Gesperrte Einstellungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is kept in:</source>
        <translation>Ihre Daten werden gespeichert in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message>
        <location filename="../../desktop/ui/collector/actions_view.py" line="+28"/>
        <source>License %1 centrally, with a business plan that does not train on inputs: employees already pay for it themselves or use it without approval.</source>
        <comment>%1 is an AI tool</comment>
        <translation>%1 zentral lizenzieren, mit einem Business-Tarif, der nicht mit Eingaben trainiert: Beschäftigte zahlen bereits selbst dafür oder nutzen es ohne Freigabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer AI training on work time, starting with “%1”: many rate their AI skills low and want training.</source>
        <comment>%1 is a training topic</comment>
        <translation>KI-Schulungen in der Arbeitszeit anbieten, zuerst zu „%1“: viele schätzen ihre KI-Kenntnisse als gering ein und wünschen sich Schulungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish short, clear guidance on the AI policy and where to find it: many do not know it.</source>
        <translation>Eine kurze, klare Anleitung zur KI-Richtlinie veröffentlichen und sagen, wo sie zu finden ist: viele kennen sie nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell people which approved AI tools exist and give licences to those who need them: many have none or did not know.</source>
        <translation>Bekannt machen, welche freigegebenen KI-Tools es gibt, und allen, die sie brauchen, Lizenzen geben: viele haben keine oder wussten nichts davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with teams about the pressure to overstate AI use, and judge AI by outcomes rather than usage figures.</source>
        <translation>Mit den Teams über den Druck sprechen, die KI-Nutzung zu übertreiben, und KI an Ergebnissen messen statt an Nutzungszahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with %1 about the pressure to overstate AI use there.</source>
        <comment>%1 is a part of the organization</comment>
        <translation>Mit %1 über den Druck sprechen, dort die KI-Nutzung zu übertreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review how AI is introduced, together with the people who use it: frustration is high enough to make some consider leaving.</source>
        <translation>Gemeinsam mit denen, die KI nutzen, überprüfen, wie sie eingeführt wird: der Frust ist so groß, dass manche an Kündigung denken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on how AI output is checked before it reaches customers: some rarely or never check it.</source>
        <translation>Vereinbaren, wie KI-Ergebnisse geprüft werden, bevor sie Kunden erreichen: manche prüfen sie selten oder nie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pay for it themselves</source>
        <comment>respondents who pay for an AI tool</comment>
        <translation>zahlen selbst dafür</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it without approval</source>
        <comment>respondents who use an AI tool</comment>
        <translation>nutzen es ohne Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <comment>respondents agreeing with a statement</comment>
        <translation>stimmen zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” %2</source>
        <comment>a question (or tool) quoted, then the answer counted</comment>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure calls for a recommended action: none of the figures the rules read is both shown and clear enough (its whole 95% interval above the rule&apos;s threshold).</source>
        <translation>Keine Zahl erfordert eine empfohlene Maßnahme: keine der Zahlen, die die Regeln lesen, ist zugleich angezeigt und klar genug (ihr ganzes 95-%-Intervall über der Schwelle der Regel).</translation>
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
        <translation>Weil: %1 — %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action is recommended only on figures that are shown, precise enough to act on, and whose whole 95% interval lies above the rule&apos;s threshold.</source>
        <translation>Eine Maßnahme wird nur auf Zahlen hin empfohlen, die angezeigt werden, genau genug zum Handeln sind und deren ganzes 95-%-Intervall über der Schwelle der Regel liegt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These summaries come from a questionnaire without the questions on how AI is run at work.</source>
        <translation>Diese Zusammenfassungen stammen aus einem Fragebogen ohne die Fragen dazu, wie KI bei der Arbeit gehandhabt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How AI is run at work</source>
        <translation>Wie KI bei der Arbeit gehandhabt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents choosing each answer; people could choose several, so the shares need not add up to 100%.</source>
        <translation>Anteil der Befragten, die jede Antwort gewählt haben; Mehrfachauswahl war möglich, daher ergeben die Anteile nicht unbedingt 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of those who answered, for each answer.</source>
        <translation>Anteil derer, die geantwortet haben, je Antwort.</translation>
    </message>
</context>
<context>
    <name>AssessmentFlow</name>
    <message>
        <location filename="../../desktop/ui/assessment_flow.py" line="+75"/>
        <location line="+61"/>
        <source>Candor cannot open your assessment</source>
        <translation>Candor kann Ihre Selbsteinschätzung nicht öffnen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Dadurch werden alle Antworten dieser Selbsteinschätzung gelöscht, auch Ihre Notizen, und Sie kehren zur ersten Frage zurück. Ihre abgeschlossenen Selbsteinschätzungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear my answers</source>
        <translation>Meine Antworten löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my answers</source>
        <translation>Antworten behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answers could not be cleared</source>
        <translation>Ihre Antworten konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Eine Antwort auf eine Frage, die nicht mehr gestellt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1: eine Auswahl, die nicht mehr angeboten wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions updated</source>
        <translation>Fragen aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except one that no longer applies. Please check the page it was on.</source>
        <translation>Die Fragen in Candor haben sich seit Ihren letzten Antworten geändert. Ihre Antworten wurden übernommen, außer einer, die nicht mehr zutrifft. Bitte prüfen Sie die Seite, auf der sie stand.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Die Fragen in Candor haben sich seit Ihren letzten Antworten geändert. Ihre Antworten wurden übernommen, außer %n Antwort, die nicht mehr zutrifft. Bitte prüfen Sie die Seite, auf der sie stand.</numerusform>
            <numerusform>Die Fragen in Candor haben sich seit Ihren letzten Antworten geändert. Ihre Antworten wurden übernommen, außer %n Antworten, die nicht mehr zutreffen. Bitte prüfen Sie die Seiten, auf denen sie standen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers were not saved: %1 The ones saved before are kept; you can continue from there.</source>
        <translation>Ihre neuesten Antworten wurden nicht gespeichert: %1 Die zuvor gespeicherten bleiben erhalten; Sie können dort weitermachen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Ihre Antworten sind gespeichert. Sie können jederzeit weitermachen.</translation>
    </message>
</context>
<context>
    <name>CandorApp</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="+119"/>
        <source>Candor cannot start</source>
        <translation>Candor kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Candor&apos;s own files are damaged or missing: please reinstall Candor.</source>
        <comment>%1 is the problem found</comment>
        <translation>%1

Die Programmdateien von Candor sind beschädigt oder fehlen: Bitte installieren Sie Candor neu.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Candor is already open</source>
        <translation>Candor ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor is already running for this data folder. Switch to its window; your answers are safe there.</source>
        <translation>Candor läuft bereits für diesen Datenordner. Wechseln Sie zu diesem Fenster; Ihre Antworten sind dort sicher.</translation>
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
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1 as a chart</source>
        <translation>%1 als Diagramm anzeigen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="+34"/>
        <source>%1 or more a month</source>
        <comment>a monthly spending band; %1 an amount</comment>
        <translation>%1 oder mehr pro Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than %1 a month</source>
        <comment>a monthly spending band</comment>
        <translation>Weniger als %1 pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to under %2 a month</source>
        <comment>a monthly spending band</comment>
        <translation>%1 bis unter %2 pro Monat</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Clear answer</source>
        <extracomment>Offered once an optional question has an answer (built then: most pages never need it).</extracomment>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+30"/>
        <source>&amp;Participation code:</source>
        <translation>&amp;Teilnahmecode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation code (required):</source>
        <translation>&amp;Teilnahmecode (erforderlich):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>such as K7MQ-P3XR-T9AC</source>
        <translation>etwa K7MQ-P3XR-T9AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Teilnahmecode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use code</source>
        <translation>Code &amp;verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code from the card you were given. It shows compliance that an invited person sent this summary, once, and not which person: nobody recorded who got which card.</source>
        <translation>Der Code von der Karte, die Sie erhalten haben. Er zeigt Compliance, dass eine eingeladene Person diese Zusammenfassung einmal gesendet hat, aber nicht welche: Niemand hat notiert, wer welche Karte bekam.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Code %1 will be sent with your summary.</source>
        <translation>Code %1 wird mit Ihrer Zusammenfassung gesendet.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No code will be sent.</source>
        <translation>Es wird kein Code gesendet.</translation>
    </message>
</context>
<context>
    <name>CollectorApp</name>
    <message>
        <location filename="../../desktop/ui/collector/app.py" line="+69"/>
        <source>The whole campaign</source>
        <translation>Die gesamte Kampagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No summaries imported yet for this campaign. Use Import summaries to add the files employees sent you; the dashboard appears here, showing only groups of at least %1 people.</source>
        <translation>Für diese Kampagne wurden noch keine Zusammenfassungen importiert. Fügen Sie mit „Zusammenfassungen importieren“ die Dateien hinzu, die Ihnen Mitarbeitende geschickt haben; die Übersicht erscheint dann hier und zeigt nur Gruppen von mindestens %1 Personen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dashboard cannot be shown: %1</source>
        <translation>Die Übersicht kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>HTML report…</source>
        <translation>HTML-Bericht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV tables…</source>
        <translation>CSV-Tabellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet…</source>
        <translation>Tabellenkalkulation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy CSV for analysis…</source>
        <translation>Aufgeräumtes CSV für Auswertungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, codes and numbers only (*.csv)</source>
        <translation>CSV, nur Codes und Zahlen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON for automation…</source>
        <translation>JSON für die Automatisierung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open your compliance key file</source>
        <translation>Compliance-Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age identity (*.txt *.key);;All files (*)</source>
        <translation>age-Identität (*.txt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Candor collector cannot start</source>
        <translation>Die Candor-Auswertung kann nicht starten</translation>
    </message>
</context>
<context>
    <name>CollectorUnlock</name>
    <message>
        <location filename="../../desktop/ui/collector/unlock.py" line="+52"/>
        <location line="+77"/>
        <source>The collector database is protected by a passphrase. Type it to continue.</source>
        <translation>Die Datenbank der Auswertung ist mit einer Passphrase geschützt. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The collector database stays locked: without its passphrase, the collector cannot start.</source>
        <translation>Die Datenbank der Auswertung bleibt gesperrt: Ohne ihre Passphrase kann die Auswertung nicht starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a passphrase instead</source>
        <translation>Stattdessen eine Passphrase verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring is not available</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The collector database cannot be unlocked</source>
        <translation>Die Datenbank der Auswertung lässt sich nicht entsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor collector cannot start</source>
        <translation>Die Candor-Auswertung kann nicht starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candor keeps the key of the collector database in your system&apos;s password manager, but it cannot be used right now: %1

Candor never keeps summaries unencrypted. Choose a passphrase below; you will type it each time you open the collector.</source>
        <translation>Candor bewahrt den Schlüssel der Datenbank der Auswertung in der Passwortverwaltung Ihres Systems auf, doch diese ist gerade nicht nutzbar: %1

Candor speichert Zusammenfassungen nie unverschlüsselt. Legen Sie unten eine Passphrase fest; Sie geben sie bei jedem Start der Auswertung ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The collector needs a key to encrypt the summaries it keeps, so it did not start. Nothing was stored.</source>
        <translation>Die Auswertung braucht einen Schlüssel, um die Zusammenfassungen verschlüsselt aufzubewahren, und wurde daher nicht gestartet. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system keyring is locked.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keyring did not work.</source>
        <translation>Der Schlüsselbund des Systems hat nicht funktioniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer has no system keyring Candor can use.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den Candor nutzen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no system keyring that can keep the key of the collector database, and Candor never keeps summaries unencrypted. Choose a passphrase instead.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, der den Schlüssel der Datenbank der Auswertung aufbewahren kann, und Candor speichert Zusammenfassungen nie unverschlüsselt. Legen Sie stattdessen eine Passphrase fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The collector database %1 keeps its key in a system keyring, but none can be used here. Open the collector in the session whose keyring holds the key (service “%2”, account “%3”). Nothing was changed.</source>
        <translation>Die Datenbank der Auswertung %1 bewahrt ihren Schlüssel in einem Schlüsselbund des Systems auf, doch hier ist keiner nutzbar. Öffnen Sie die Auswertung in der Sitzung, deren Schlüsselbund den Schlüssel enthält (Dienst „%2“, Konto „%3“). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked, so Candor cannot keep the key of the collector database in it. Unlock it (log in again or open your keyring app) and try again, or use a passphrase instead. Nothing was stored.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher kann Candor den Schlüssel der Datenbank der Auswertung nicht darin ablegen. Entsperren Sie ihn (melden Sie sich neu an oder öffnen Sie Ihre Schlüsselbund-App) und versuchen Sie es erneut, oder verwenden Sie stattdessen eine Passphrase. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring is locked, so the collector database cannot be unlocked. Unlock it (log in again or open your keyring app), then try again. Nothing was changed.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt, daher lässt sich die Datenbank der Auswertung nicht entsperren. Entsperren Sie ihn (melden Sie sich neu an oder öffnen Sie Ihre Schlüsselbund-App) und versuchen Sie es dann erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Try again; nothing was changed.</source>
        <translation>Der Schlüsselbund des Systems hat nicht funktioniert (%1). Versuchen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key of the collector database %1 is gone from the system keyring (or is not its key), so the summaries in it cannot be read. Restore the keyring entry “%3” of “%2” from a backup, or move the database aside and import the summaries again. Nothing was changed.</source>
        <translation>Der Schlüssel der Datenbank der Auswertung %1 fehlt im Schlüsselbund des Systems (oder ist nicht ihr Schlüssel), daher lassen sich die Zusammenfassungen darin nicht lesen. Stellen Sie den Eintrag „%3“ von „%2“ aus einer Sicherung wieder her, oder legen Sie die Datenbank beiseite und importieren Sie die Zusammenfassungen erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not unlock the collector database. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Diese Passphrase entsperrt die Datenbank der Auswertung nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen; diese hat %2. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a passphrase for the collector</source>
        <translation>Passphrase für die Auswertung festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the collector database</source>
        <translation>Datenbank der Auswertung entsperren</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, the summaries in the collector database cannot be read again, only imported anew.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Candor kann sie nicht wiederherstellen: Wenn Sie sie vergessen, lassen sich die Zusammenfassungen in der Datenbank der Auswertung nicht mehr lesen, nur neu importieren.</numerusform>
            <numerusform>Mindestens %n Zeichen. Candor kann sie nicht wiederherstellen: Wenn Sie sie vergessen, lassen sich die Zusammenfassungen in der Datenbank der Auswertung nicht mehr lesen, nur neu importieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorViews</name>
    <message>
        <location filename="../../desktop/ui/collector/views.py" line="+66"/>
        <source>The policy names no org units, so there is nothing to set side by side.</source>
        <translation>Die Richtlinie nennt keine Org-Einheiten, also gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No summaries imported yet for this campaign.</source>
        <translation>Für diese Kampagne wurden noch keine Zusammenfassungen importiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The comparison cannot be shown: %1</source>
        <translation>Der Vergleich kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That policy has problems; `candor policy check FILE` explains each.</source>
        <translation>Diese Richtlinie hat Fehler; `candor policy check DATEI` erklärt jeden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1 is already compared.</source>
        <translation>Kampagne %1 wird bereits verglichen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trends need two campaigns or more in this collector database, and it holds only %1. Import another campaign&apos;s summaries here (candor ingest with that campaign&apos;s policy), then add its policy below.</source>
        <translation>Verläufe brauchen mindestens zwei Kampagnen in dieser Collector-Datenbank, und sie enthält nur %1. Importieren Sie hier die Zusammenfassungen einer anderen Kampagne (candor ingest mit deren Richtlinie) und fügen Sie dann deren Richtlinie unten hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database also holds %1. Each campaign is counted under its own policy: add the policy file of each earlier campaign (oldest first) to compare it with %2.</source>
        <translation>Diese Datenbank enthält auch %1. Jede Kampagne wird nach ihrer eigenen Richtlinie ausgewertet: Fügen Sie die Richtliniendatei jeder früheren Kampagne hinzu (die älteste zuerst), um sie mit %2 zu vergleichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trends cannot be shown: %1</source>
        <translation>Die Verläufe können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trends across campaigns</source>
        <translation>Verläufe über Kampagnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add an earlier campaign&apos;s policy…</source>
        <translation>Richtlinie einer früheren Kampagne &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an earlier campaign&apos;s policy</source>
        <translation>Richtlinie einer früheren Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an earlier campaign&apos;s policy</source>
        <translation>Richtlinie einer früheren Kampagne öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy (*.toml);;All files (*)</source>
        <translation>Richtlinie (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That policy was not added: %1</source>
        <translation>Diese Richtlinie wurde nicht hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="+60"/>
        <source>Candor collector — %1</source>
        <translation>Candor-Auswertung – %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign %1</source>
        <extracomment>The campaign&apos;s privacy settings, which every imported summary must have been made with. The collector database&apos;s key, unlocked at start; the import opens the database with it.</extracomment>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import summaries</source>
        <translation>Zusammenfassungen &amp;importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import summaries</source>
        <translation>Zusammenfassungen importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder…</source>
        <translation>Einen Ordner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or zip archives…</source>
        <translation>Dateien oder ZIP-Archive…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;report</source>
        <translation>&amp;Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show figures for:</source>
        <translation>&amp;Zahlen anzeigen für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show figures for</source>
        <translation>Zahlen anzeigen für</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importieren Sie die Zusammenfassungen, die Ihnen Mitarbeitende geschickt haben. Sie werden auf diesem Computer mit Ihrem Schlüssel entschlüsselt; Berichte zeigen immer nur Gruppen von Personen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files that were not imported</source>
        <translation>Nicht importierte Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;gures</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the folder with the summaries</source>
        <translation>Ordner mit den Zusammenfassungen auswählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose summary files or zip archives</source>
        <translation>Zusammenfassungen oder ZIP-Archive auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Zusammenfassungen (*.age *.txt *.asc *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Wird abgebrochen… Nichts aus diesem Import wird übernommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importiert: %1, ersetzt: %2, abgelehnt: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln file was already imported and is unchanged.</source>
        <translation>
            <numerusform>%Ln Datei war bereits importiert und ist unverändert.</numerusform>
            <numerusform>%Ln Dateien waren bereits importiert und sind unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files were already imported and are unchanged.</source>
        <translation>
            <numerusform>%Ln Datei war bereits importiert und ist unverändert.</numerusform>
            <numerusform>%Ln Dateien waren bereits importiert und sind unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import could not run: %1</source>
        <translation>Der Import konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It was encrypted for another key, not for this compliance team&apos;s key.</source>
        <translation>Sie wurde für einen anderen Schlüssel verschlüsselt, nicht für den Schlüssel dieses Compliance-Teams.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged or was changed after it was encrypted.</source>
        <translation>Die Datei ist beschädigt oder wurde nach dem Verschlüsseln verändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a Candor summary.</source>
        <translation>Dies ist keine Candor-Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made by a Candor version this collector cannot read; update Candor.</source>
        <translation>Sie wurde mit einer Candor-Version erstellt, die diese Auswertung nicht lesen kann; aktualisieren Sie Candor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another campaign.</source>
        <translation>Sie gehört zu einer anderen Kampagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with other privacy settings than this campaign&apos;s, so it was not counted.</source>
        <translation>Sie wurde mit anderen Datenschutzeinstellungen als denen dieser Kampagne erstellt und deshalb nicht gezählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is far larger than any summary, so it was not read.</source>
        <translation>Sie ist weit größer als jede Zusammenfassung und wurde daher nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>Die Datei konnte nicht gelesen werden (fehlende Berechtigung oder ein Problem mit dem Datenträger).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It carries no participation code, and this campaign requires one.</source>
        <translation>Sie trägt keinen Teilnahmecode, und diese Kampagne verlangt einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code is mistyped or was not issued for this campaign.</source>
        <translation>Ihr Teilnahmecode ist vertippt oder wurde für diese Kampagne nicht ausgegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code was already used by another installation.</source>
        <translation>Ihr Teilnahmecode wurde bereits von einer anderen Installation verwendet.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Org &amp;units side by side</source>
        <translation>Org-&amp;Einheiten im Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds across campaigns</source>
        <translation>&amp;Verläufe über Kampagnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_worker.py" line="+55"/>
        <source>Counting… the view appears here when it is ready.</source>
        <translation>Wird gezählt … die Ansicht erscheint hier, sobald sie fertig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting the view</source>
        <translation>Die Ansicht wird gezählt</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+33"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Nicht freigegebene Nutzung je Tool: die 15 häufigsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Anteil der Teilnehmenden, die das jeweilige Tool genutzt haben, obwohl es nicht freigegeben ist. Die Tabelle darunter listet alle Tools auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapproved use per tool</source>
        <translation>Nicht freigegebene Nutzung je Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy status</source>
        <translation>Status laut Richtlinie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Unapproved use</source>
        <translation>Nicht freigegebene Nutzung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By kind of tool</source>
        <translation>Nach Art des Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Nicht freigegebene Nutzung nach Art des Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>Art des Tools</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Spend and licences</source>
        <translation>Ausgaben und Lizenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI literacy (self-rated)</source>
        <translation>KI-Kompetenz (selbst eingeschätzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows the AI policy</source>
        <translation>Kennt die KI-Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training wanted</source>
        <translation>Gewünschte Schulungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training formats</source>
        <translation>Schulungsformate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and training</source>
        <translation>Kompetenzen und Schulungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perception</source>
        <translation>Wahrnehmung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Respondents by part of the organization</source>
        <translation>Teilnehmende nach Bereich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="+21"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved (not asked)</source>
        <translation>freigegeben (nicht abgefragt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (so a hidden group cannot be worked out)</source>
        <translation>nicht ausgewiesen (damit sich eine ausgeblendete Gruppe nicht errechnen lässt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (fewer than %1 outside this org unit)</source>
        <translation>nicht ausgewiesen (außerhalb dieses Bereichs weniger als %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer than %1 people</source>
        <translation>weniger als %1 Personen</translation>
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
        <translation>%1 – zu unsicher, um danach zu handeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+56"/>
        <source>%1 (withheld)</source>
        <translation>%1 (nicht ausgewiesen)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Share of respondents</source>
        <translation>Anteil der Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="-42"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln teilnehmende Person</numerusform>
            <numerusform>%Ln Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondents: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Headline findings</source>
        <translation>Wichtigste Ergebnisse</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>How to read this: no figure is shown from fewer than %n people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>
            <numerusform>So lesen Sie diese Zahlen: Es wird keine Zahl gezeigt, die auf weniger als %n Person beruht. Ist in einer Tabelle mit Summe eine Gruppe ausgeblendet, wird auch eine weitere ausgeblendet, damit sie sich nicht durch Subtraktion errechnen lässt. Spannen sind 95-%-Intervalle um Schätzwerte, die die gezielte Randomisierung in jeder Zusammenfassung herausrechnen.</numerusform>
            <numerusform>So lesen Sie diese Zahlen: Es wird keine Zahl gezeigt, die auf weniger als %n Personen beruht. Ist in einer Tabelle mit Summe eine Gruppe ausgeblendet, wird auch eine weitere ausgeblendet, damit sie sich nicht durch Subtraktion errechnen lässt. Spannen sind 95-%-Intervalle um Schätzwerte, die die gezielte Randomisierung in jeder Zusammenfassung herausrechnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-10"/>
        <source>%1 (%2 to %3)</source>
        <comment>an amount, then its 95% interval</comment>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (zusammen; jede mit weniger als %2 Befragten)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="-6"/>
        <source>Share of respondents (%)</source>
        <translation>Anteil der Befragten (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+129"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+4"/>
        <source>Group</source>
        <comment>first column of a dashboard table: the answer or group a row counts</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+3"/>
        <source>Respondents (n)</source>
        <translation>Befragte (n)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Why people use tools the company did not provide</source>
        <translation>Warum Mitarbeitende Tools nutzen, die das Unternehmen nicht bereitstellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI at work</source>
        <translation>KI bei der Arbeit</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figure (95% interval)</source>
        <translation>Wert (95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each bar is a share of respondents; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Jeder Balken ist ein Anteil der Befragten; die Linie darüber ist sein 95-%-Intervall. Schraffierte Balken sind zu unsicher, um danach zu handeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What data goes where</source>
        <translation>Welche Daten wohin gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into unapproved tools</source>
        <translation>In nicht freigegebene Tools</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Into personal accounts</source>
        <translation>In private Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Nach Status des Tools laut Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind of account</source>
        <translation>Nach Art des Kontos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Aufschlüsselungen nach Tool-Status und Kontoart setzen Zusammenfassungen ohne Randomized-Response-Verfahren voraus; die Zusammenfassungen dieser Kampagne sind randomisiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Out-of-pocket spend</source>
        <translation>Ausgaben aus eigener Tasche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools themselves</source>
        <translation>Zahlen selbst für KI-Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Geschätzte Ausgaben aus eigener Tasche pro Jahr, je Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Geschätzte Ausgaben aus eigener Tasche pro Jahr, alle Teilnehmenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence candidates</source>
        <translation>Lizenzkandidaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Ausgaben aus eigener Tasche pro Jahr (Schätzung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What employees pay themselves</source>
        <translation>Was Mitarbeitende selbst bezahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly spend bands</source>
        <translation>Monatliche Ausgaben nach Spanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Lizenzkandidaten: Tools, die Mitarbeitende selbst bezahlen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Senior leaders&apos; own answers</source>
        <translation>Eigene Antworten der Führungsebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s benchmark</source>
        <translation>Richtwert der Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Employees agreeing</source>
        <translation>Zustimmung der Mitarbeitenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not set in the policy</source>
        <translation>nicht in der Richtlinie festgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leadership agreeing</source>
        <translation>Zustimmung der Führung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leadership from</source>
        <translation>Führungswert aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers to the same statements; employees are everyone else.</source>
        <translation>Die Sicht der Führung stammt aus den eigenen Antworten der oberen Führungsebene auf dieselben Aussagen; Beschäftigte sind alle anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers where both groups are large enough to show, and otherwise from the policy&apos;s benchmark, set against all respondents.</source>
        <translation>Die Sicht der Führung stammt aus den eigenen Antworten der oberen Führungsebene, wo beide Gruppen groß genug zum Anzeigen sind, sonst aus dem Richtwert der Richtlinie, verglichen mit allen Befragten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from the policy&apos;s benchmark, set against all respondents. Senior leaders&apos; own answers are shown only for the whole campaign, and only when enough of them and of everyone else answered to show both without pointing at anyone.</source>
        <translation>Die Sicht der Führung stammt aus dem Richtwert der Richtlinie, verglichen mit allen Befragten. Eigene Antworten der oberen Führungsebene werden nur für die ganze Kampagne gezeigt und nur, wenn genug von ihnen und von allen anderen geantwortet haben, um beide zu zeigen, ohne auf jemanden zu zeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How employees see AI at work</source>
        <translation>Wie Mitarbeitende KI bei der Arbeit sehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>Sicht der Führung und Sicht der Mitarbeitenden</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 points</source>
        <comment>a difference in percentage points; %1 has its sign</comment>
        <translation>
            <numerusform>%1 Prozentpunkt</numerusform>
            <numerusform>%1 Prozentpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of respondents for each answer.</source>
        <translation>Anteil der Teilnehmenden je Antwort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-30"/>
        <source>%1 to %2</source>
        <comment>a band of amounts: from, to</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/turnout_view.py" line="+21"/>
        <source>Summaries against participation codes issued: %1 of %2.</source>
        <translation>Zusammenfassungen gemessen an den ausgegebenen Teilnahmecodes: %1 von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than participation codes issued. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Warnung: Diese Kampagne hat mehr Zusammenfassungen als ausgegebene Teilnahmecodes. Einige könnten gefälscht oder doppelt gesendet sein; verlangen Sie Teilnahmecodes (submission.require_code) und prüfen Sie, wie sie verteilt wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summaries against people invited: %1 of %2.</source>
        <translation>Zusammenfassungen gemessen an den eingeladenen Personen: %1 von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than people invited. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Warnung: Diese Kampagne hat mehr Zusammenfassungen als eingeladene Personen. Einige könnten gefälscht oder doppelt gesendet sein; verlangen Sie Teilnahmecodes (submission.require_code) und prüfen Sie, wie sie verteilt wurden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="+205"/>
        <source>Policy updated</source>
        <translation>Richtlinie aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization&apos;s policy was updated (%1). Your results now follow it; your answers are unchanged.</source>
        <translation>Die Richtlinie Ihrer Organisation wurde aktualisiert (%1). Ihre Ergebnisse richten sich jetzt danach; Ihre Antworten bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in defaults</source>
        <translation>integrierte Standardwerte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy problem</source>
        <translation>Problem mit der Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed and cannot be used, so Candor keeps the policy it read before. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 wurde geändert und kann nicht verwendet werden, daher behält Candor die zuvor gelesene Richtlinie bei. Ihre Antworten sind davon nicht betroffen. Bitte informieren Sie Ihr IT-Team.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="+43"/>
        <source>yes</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no monthly spend, in the summary preview</comment>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tool you added yourself (%1)</source>
        <comment>%1 is the kind of tool, such as Chat assistant</comment>
        <translation>Ein selbst hinzugefügtes Tool (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1</source>
        <comment>%1 lists kinds of data put into a tool</comment>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend: %1</source>
        <comment>%1 is a monthly spending band</comment>
        <translation>Ausgaben: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why: %1</source>
        <comment>%1 lists the reasons given for using one tool rather than a company one</comment>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the same for every export in this campaign, so a new one replaces the old; it does not identify you)</source>
        <comment>%1 is a random submission number</comment>
        <translation>%1 (gleich für jeden Export in dieser Kampagne, sodass ein neuer den alten ersetzt; sie identifiziert Sie nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included: the code you entered, ending in %1. It shows that one invited person sent this, not which one</source>
        <comment>%1 is the last four characters of the participation code</comment>
        <translation>enthalten: der von Ihnen eingegebene Code, endend auf %1. Er zeigt, dass eine eingeladene Person dies gesendet hat, nicht welche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, questionnaire %2</source>
        <comment>%1 is Candor&apos;s version, %2 the questionnaire&apos;s version</comment>
        <translation>%1, Fragebogen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered</source>
        <comment>an answer in the summary preview</comment>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Randomized: each yes/no here was sent as you answered with a chance of %1 and flipped otherwise, so it may differ from your answer.</source>
        <comment>%1 is a percentage such as 75%</comment>
        <translation>Zufällig verändert: Jedes Ja/Nein hier wurde mit einer Wahrscheinlichkeit von %1 so gesendet, wie Sie geantwortet haben, sonst umgekehrt; es kann also von Ihrer Antwort abweichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Randomized: sent as you answered with a chance of %1, otherwise as one of the %2 other answers picked at random, so it may differ from your answer.</source>
        <comment>%1 is a percentage, %2 a number of answers</comment>
        <translation>Zufällig verändert: mit einer Wahrscheinlichkeit von %1 so gesendet, wie Sie geantwortet haben, sonst als eine der %2 anderen Antworten, zufällig gewählt; es kann also von Ihrer Antwort abweichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every randomized answer is sent as given at most %1 times as often as any other answer (epsilon %2 per answer), so none of them proves anything about you on its own. This summary carries %3 randomized answers; answers that go together say more than one alone.</source>
        <comment>%1 a number such as 3, %2 the privacy parameter epsilon, %3 a number of answers</comment>
        <translation>Jede zufällig veränderte Antwort wird höchstens %1-mal so oft unverändert gesendet wie jede andere Antwort (Epsilon %2 pro Antwort), daher beweist keine von ihnen für sich etwas über Sie. Diese Zusammenfassung enthält %3 zufällig veränderte Antworten; Antworten, die zusammenhängen, sagen gemeinsam mehr als eine allein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Randomized response is off in this campaign: your answers are sent exactly as given.</source>
        <translation>Die Zufallsantwort ist in dieser Kampagne ausgeschaltet: Ihre Antworten werden genau so gesendet, wie Sie sie gegeben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (randomized)</source>
        <comment>a value in the summary preview that was randomized and may differ from the answer given; %1 is the value</comment>
        <translation>%1 (zufällig verändert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview and export your summary</source>
        <translation>Zusammenfassung prüfen und exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is everything that would be sent</source>
        <translation>Das ist alles, was gesendet würde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Nichts anderes verlässt diesen Computer: kein Name, keine Notizen oder anderen Texte, die Sie eingegeben haben, keine Namen von Tools, die Sie selbst hinzugefügt haben, keine Datumsangaben. Die Zusammenfassung gelangt nur dorthin, wohin Sie sie geben, und ist so verschlüsselt, dass nur das Compliance-Team Ihrer Organisation sie öffnen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. Your organization&apos;s policy allows summaries without encryption, so anyone who gets the file can read it.</source>
        <translation>Nichts anderes verlässt diesen Computer: kein Name, keine Notizen oder anderen Texte, die Sie eingegeben haben, keine Namen von Tools, die Sie selbst hinzugefügt haben, keine Datumsangaben. Die Richtlinie Ihrer Organisation erlaubt Zusammenfassungen ohne Verschlüsselung, daher kann jede Person, die die Datei erhält, sie lesen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every answer below is randomized on purpose, except the groups you choose to include: each may have been changed by chance, so it can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Jede Antwort unten ist absichtlich zufällig verändert, außer den Gruppen, die Sie einschließen: Jede kann zufällig geändert worden sein, kann also von Ihrer Antwort abweichen, und keine einzelne Zusammenfassung beweist etwas über Sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include my part of the organization</source>
        <translation>Meinen Bereich einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my role level</source>
        <translation>Meine Hierarchieebene einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include how I see AI at work</source>
        <translation>Meine Sicht auf KI bei der Arbeit einbeziehen</translation>
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
        <translation> (nicht beantwortet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The summary in plain words</source>
        <translation>Die Zusammenfassung in einfachen Worten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>Die Zusammenfassung genau so, wie sie gesendet wird (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Genau wie gesendet (JSON)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Put in %1</source>
        <translation>In %1 &amp;ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your organization&apos;s policy names no compliance key to encrypt summaries for, so Candor will not export one. Ask your IT team to add the compliance recipient to the policy.</source>
        <translation>Die Richtlinie Ihrer Organisation nennt keinen Compliance-Schlüssel, für den Zusammenfassungen verschlüsselt werden können, daher exportiert Candor keine. Bitten Sie Ihr IT-Team, den Compliance-Empfänger in die Richtlinie aufzunehmen.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About this summary</source>
        <translation>Über diese Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you (you chose to include this)</source>
        <translation>Über Sie (von Ihnen einbezogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use (randomized answers)</source>
        <translation>Ihre KI-Nutzung (zufällig veränderte Antworten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use</source>
        <translation>Ihre KI-Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Training</source>
        <comment>courses for employees, not a model learning</comment>
        <translation>Schulungen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How you see AI at work (you chose to include this)</source>
        <translation>Wie Sie KI bei der Arbeit sehen (von Ihnen einbezogen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you see AI at work (randomized; not answered unless you include it)</source>
        <translation>Wie Sie KI bei der Arbeit sehen (zufällig verändert; „nicht beantwortet“, wenn Sie es nicht einschließen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How AI is run at your work</source>
        <translation>Wie KI bei Ihrer Arbeit gehandhabt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your answers are protected</source>
        <translation>Wie Ihre Antworten geschützt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used any AI tool that is not approved</source>
        <translation>Ein nicht freigegebenes KI-Tool genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into a tool that is not approved or a personal account</source>
        <translation>Sensible Daten in ein nicht freigegebenes Tool oder ein privates Konto eingegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission number</source>
        <translation>Übermittlungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Teilnahmecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor and questionnaire version</source>
        <translation>Version von Candor und Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your part of the organization</source>
        <translation>Ihr Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role level</source>
        <translation>Ihre Hierarchieebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools used without approval</source>
        <translation>Ohne Freigabe genutzte Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into tools that are not approved</source>
        <translation>In nicht freigegebene Tools eingegebene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into personal accounts</source>
        <translation>In private Konten eingegebene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays for AI tools personally</source>
        <translation>Zahlt selbst für KI-Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you use tools the company did not provide</source>
        <translation>Warum Sie Tools nutzen, die das Unternehmen nicht bereitstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly personal spend</source>
        <translation>Monatliche eigene Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the participation code from your card to export: this campaign counts only summaries with a code.</source>
        <translation>Geben Sie zum Exportieren den Teilnahmecode von Ihrer Karte ein: Diese Kampagne zählt nur Zusammenfassungen mit Code.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Kopiert. Fügen Sie ihn dort ein, wo Ihre Organisation darum gebeten hat; es handelt sich um verschlüsselten Text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put in the folder as %1.</source>
        <translation>Im Ordner als %1 abgelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save your summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Candor-Zusammenfassungen (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+12"/>
        <source>Your summary goes to the trustee&apos;s folder, not straight to compliance. The trustee passes summaries on only in batches of at least %1, with new file names, one time for all and in a shuffled order, so compliance cannot see who saved which file, or when.</source>
        <translation>Ihre Zusammenfassung geht in den Ordner der Vertrauensstelle, nicht direkt an Compliance. Die Vertrauensstelle gibt Zusammenfassungen nur in Stapeln von mindestens %1 weiter, mit neuen Dateinamen, einer gemeinsamen Uhrzeit und gemischter Reihenfolge, sodass Compliance nicht sieht, wer welche Datei wann gespeichert hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your summary goes into the compliance drop folder. The folder shows who saved a file and when; the encryption hides what it says.</source>
        <translation>Ihre Zusammenfassung geht in den Ablageordner von Compliance. Der Ordner zeigt, wer eine Datei wann gespeichert hat; die Verschlüsselung verbirgt ihren Inhalt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or copy your summary and send it the way your organization asked. Whoever receives it (an e-mail, a share) can see who sent it and when; the encryption hides what it says.</source>
        <translation>Speichern oder kopieren Sie Ihre Zusammenfassung und senden Sie sie so, wie Ihre Organisation es wünscht. Wer sie empfängt (per E-Mail, über eine Freigabe), sieht, wer sie wann gesendet hat; die Verschlüsselung verbirgt ihren Inhalt.</translation>
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
        <translation>Bleibt auf diesem Computer. Wird nie in eine Zusammenfassung aufgenommen.</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../desktop/collector/headlines.py" line="+24"/>
        <source>Used at least one AI tool that is not approved</source>
        <extracomment>What each headline figure is, in one table: the trends and the reports print the English, the window shows it translated (context &quot;Headlines&quot;). &quot;%1&quot; is the headline&apos;s subject (a tool, a data class, a candidate).</extracomment>
        <translation>Mindestens ein nicht freigegebenes KI-Tool genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into an unapproved tool or a personal account</source>
        <translation>Sensible Daten in ein nicht freigegebenes Tool oder ein privates Konto eingegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used %1 without approval (the highest share of any tool)</source>
        <translation>Haben %1 ohne Freigabe genutzt (der höchste Anteil aller Tools)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this data into an AI tool that is not approved: %1</source>
        <translation>Haben diese Daten in ein nicht freigegebenes KI-Tool eingegeben: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools out of their own pocket</source>
        <translation>Bezahlen KI-Tools aus eigener Tasche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket spend, all respondents (estimated from spend bands)</source>
        <translation>Jährliche eigene Ausgaben, alle Befragten (aus Ausgabenbändern geschätzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for %1, the leading licence candidate</source>
        <translation>Nachfrage nach %1, dem wichtigsten Lizenzkandidaten</translation>
    </message>
</context>
<context>
    <name>HeldBackWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/collector/held_back.py" line="+27"/>
        <source>Only %n new summary has come in since figures were last released. Showing new figures now would let anyone who compares them with the earlier ones work out that person&apos;s answers.</source>
        <translation>
            <numerusform>Seit die Zahlen zuletzt freigegeben wurden, ist nur %n neue Zusammenfassung eingegangen. Würden jetzt neue Zahlen gezeigt, könnte jeder, der sie mit den früheren vergleicht, die Antworten dieser Person herausfinden.</numerusform>
            <numerusform>Nur %n Zusammenfassungen unterscheiden sich von denen hinter den zuletzt freigegebenen Zahlen (neue; eine mit anderen Antworten erneut gesendete zählt doppelt, als alte und als neue Fassung). Würden jetzt neue Zahlen gezeigt, könnte jeder, der sie mit den früheren vergleicht, die Antworten dieser Personen herausfinden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the summaries of %n people differ from those behind the figures released last (new ones, or sent again with other answers). Showing new figures now would let anyone who compares them with the earlier ones work out those people&apos;s answers.</source>
        <translation>
            <numerusform>Nur die Zusammenfassung von %n Person unterscheidet sich von denen hinter den zuletzt freigegebenen Zahlen (neu oder mit anderen Antworten erneut gesendet). Neue Zahlen jetzt zu zeigen, würde jeder Person, die sie mit den früheren vergleicht, die Antworten dieser Person verraten.</numerusform>
            <numerusform>Nur die Zusammenfassungen von %n Personen unterscheiden sich von denen hinter den zuletzt freigegebenen Zahlen (neue oder mit anderen Antworten erneut gesendete). Neue Zahlen jetzt zu zeigen, würde jeder Person, die sie mit den früheren vergleicht, die Antworten dieser Personen verraten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more summary must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Es muss noch %n weitere Zusammenfassung importiert werden, bevor neue Zahlen angezeigt werden können.</numerusform>
            <numerusform>Es müssen noch %n weitere Zusammenfassungen importiert werden, bevor neue Zahlen angezeigt werden können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more summaries must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Es muss noch %n weitere Zusammenfassung importiert werden, bevor neue Zahlen angezeigt werden können.</numerusform>
            <numerusform>Es müssen noch %n weitere Zusammenfassungen importiert werden, bevor neue Zahlen angezeigt werden können.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last released figures were shown on this dashboard on %1.</source>
        <translation>Die zuletzt freigegebenen Zahlen wurden am %1 in dieser Übersicht angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last released figures are in the %1 report saved as %2 on %3; use that report until then.</source>
        <comment>%1: HTML, PDF, CSV or JSON; %2: its file; %3: date and time</comment>
        <translation>Die zuletzt freigegebenen Zahlen stehen im %1-Bericht, der am %3 als %2 gespeichert wurde; verwenden Sie bis dahin diesen Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New figures are held back to protect a few people</source>
        <translation>Neue Zahlen werden zurückgehalten, um einzelne Personen zu schützen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="+18"/>
        <location line="+1"/>
        <source>How Candor protects you</source>
        <translation>Wie Candor Sie schützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers, notes and results stay on this computer, encrypted. Nobody else can open them.</source>
        <translation>Ihre Antworten, Notizen und Ergebnisse bleiben verschlüsselt auf diesem Computer. Niemand sonst kann sie öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves by itself. Only when you export, a summary leaves: no name, no free text, no notes, no dates, and you see every field first.</source>
        <translation>Nichts geht von selbst hinaus. Nur wenn Sie exportieren, verlässt eine Zusammenfassung den Computer: kein Name, kein Freitext, keine Notizen, keine Daten, und Sie sehen vorher jedes Feld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers in the summary are randomized on purpose, so no single summary proves what you answered.</source>
        <translation>Einige Antworten in der Zusammenfassung sind absichtlich zufällig verändert, sodass keine einzelne Zusammenfassung beweist, was Sie geantwortet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary is encrypted for your organization&apos;s compliance team; they see only figures combined from at least %1 people.</source>
        <translation>Die Zusammenfassung ist für das Compliance-Team Ihrer Organisation verschlüsselt; es sieht nur Zahlen, die aus mindestens %1 Personen zusammengefasst sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings, Delete all my data, removes everything Candor keeps here, including its key.</source>
        <translation>Einstellungen, „Alle meine Daten löschen“, entfernt alles, was Candor hier speichert, auch den Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions?</source>
        <translation>Fragen?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ask %1: %2</source>
        <translation>Fragen Sie %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not named a contact in its policy; ask your IT or compliance team.</source>
        <translation>%1 hat in der Richtlinie keinen Kontakt genannt; fragen Sie Ihre IT oder Ihr Compliance-Team.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="+51"/>
        <location line="+1"/>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Noch keine abgeschlossenen Selbsteinschätzungen. Sobald Sie eine abschließen, erscheint sie hier; spätere zeigen, wie sich Ihr Risiko und Ihre Ausgaben mit der Zeit verändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past assessments</source>
        <translation>Frühere Selbsteinschätzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+42"/>
        <location line="+10"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+40"/>
        <location line="+2"/>
        <source>Overall risk</source>
        <translation>Gesamtrisiko</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+51"/>
        <source>Yearly out-of-pocket</source>
        <translation>Eigene Ausgaben pro Jahr</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Ergebnisse öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overall risk over time</source>
        <translation>Gesamtrisiko im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: %1.</source>
        <translation>Stufen: %1.</translation>
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
        <translation>Eigene Ausgaben pro Jahr im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly spend</source>
        <translation>Ausgaben pro Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Geschätzt anhand der Ausgabenspannen, die Sie gewählt haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Nach Ihrer nächsten Selbsteinschätzung zeigt diese Seite, was sich verändert hat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Summaries you exported</source>
        <translation>Von Ihnen exportierte Zusammenfassungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Noch keine. Nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exported summary, exactly as sent</source>
        <translation>Die exportierte Zusammenfassung, genau wie gesendet</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../desktop/ui/interval_chart.py" line="+52"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too uncertain to act on</source>
        <translation>Zu unsicher, um danach zu handeln</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: 95% interval</source>
        <comment>%1 names the bar</comment>
        <translation>%1: 95-%-Intervall</translation>
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
        <translation>Problem mit der Richtlinie</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 konnte nicht verwendet werden, daher läuft Candor ohne diese Richtlinie. Ihre Antworten sind davon nicht betroffen. Bitte informieren Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 cannot be used, so exporting a summary is turned off until it is fixed. Candor still works and your answers are not affected. Please tell your IT team.</source>
        <translation>%1 kann nicht verwendet werden, daher ist der Export einer Zusammenfassung abgeschaltet, bis das behoben ist. Candor funktioniert weiterhin, und Ihre Antworten sind davon nicht betroffen. Bitte informieren Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your organization&apos;s policy locks some settings, so these changes were not used: %1. If you did not make them, please tell your IT team.</source>
        <translation>Die Richtlinie Ihrer Organisation sperrt einige Einstellungen, daher wurden diese Änderungen nicht übernommen: %1. Wenn Sie sie nicht vorgenommen haben, informieren Sie bitte Ihr IT-Team.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy settings kept</source>
        <translation>Richtlinien-Einstellungen beibehalten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Candor &amp;protects you…</source>
        <translation>Wie Candor Sie &amp;schützt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="+26"/>
        <source>%1:</source>
        <comment>a notice&apos;s heading, before its text</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 details</source>
        <translation>%1 – Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="+45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Nicht gelistetes Tool hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Der Name bleibt auf diesem Computer; nur die Art des Tools kann in eine Zusammenfassung eingehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool name</source>
        <translation>Name des Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a tool that is not listed</source>
        <translation>Name eines nicht gelisteten Tools</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of tool</source>
        <translation>Art des Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool…</source>
        <translation>Art des Tools…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add this tool</source>
        <translation>Dieses Tool hinzufügen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the tool&apos;s name first.</source>
        <extracomment>The name last carried over from the picker&apos;s filter (replaced as the filter changes).</extracomment>
        <translation>Geben Sie zuerst den Namen des Tools ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Wählen Sie die Art des Tools und klicken Sie dann auf „Hinzufügen“.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+35"/>
        <source>Choose a passphrase</source>
        <extracomment>ask(creating, explanation, error): the passphrase typed, or None when the person cancelled. The unlock gates (the employee&apos;s store, the collector database) ask through one; tests hand in a scripted one.</extracomment>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock your answers</source>
        <translation>Antworten entsperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Candor kann sie nicht wiederherstellen: Wenn Sie sie vergessen, können Ihre gespeicherten Antworten nur noch gelöscht werden.</numerusform>
            <numerusform>Mindestens %n Zeichen. Candor kann sie nicht wiederherstellen: Wenn Sie sie vergessen, können Ihre gespeicherten Antworten nur noch gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Create</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="-20"/>
        <source>Your organization</source>
        <comment>stands in for the organization&apos;s name when its policy gives none</comment>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has errors</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>ist ein Ordner und keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could be changed without administrator rights</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>könnte ohne Administratorrechte geändert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was changed after Candor was built</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>wurde nach dem Erstellen dieser Candor-Version geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your organization&apos;s policy %1 %2, so Candor will not export a summary until it is fixed. Please tell your IT team.</source>
        <translation>Die Richtlinie Ihrer Organisation %1 %2, daher exportiert Candor keine Zusammenfassung, bis das behoben ist. Bitte informieren Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 from %2</source>
        <comment>policy settings, then the file that set them</comment>
        <translation>%1 aus %2</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="+33"/>
        <source>Progress through the assessment</source>
        <translation>Fortschritt der Selbsteinschätzung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Less than a minute left</source>
        <translation>Weniger als eine Minute übrig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About a minute left</source>
        <translation>Noch etwa eine Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%p% done</source>
        <translation>%p % erledigt</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="+27"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please answer this question.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/collector/vocabulary.py" line="+32"/>
        <source>Approved</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Geduldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Other units</source>
        <comment>small org units merged into one</comment>
        <translation>Weitere Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other roles</source>
        <comment>small role levels merged into one</comment>
        <translation>Weitere Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <comment>respondents who gave no answer</comment>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <comment>no personal spend on AI tools</comment>
        <translation>Nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <comment>respondents who left it out</comment>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other tools (%1)</source>
        <comment>%1 is a kind of tool</comment>
        <translation>Andere Tools (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+63"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 and %2</source>
        <comment>two values of epsilon</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <comment>a range of epsilon values</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+22"/>
        <source>Every figure is withheld: this org unit has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <extracomment>(text, translator comment or None) per note code.</extracomment>
        <translation>Keine Zahl wird ausgewiesen: Dieser Bereich hat weniger als %1 Teilnehmende (die Mindestgruppengröße der Richtlinie), daher ließe sich keine Zahl zeigen, ohne Rückschlüsse auf einzelne Personen zu erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: this campaign has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <translation>Keine Zahl wird ausgewiesen: Diese Kampagne hat weniger als %1 Teilnehmende (die Mindestgruppengröße der Richtlinie), daher ließe sich keine Zahl zeigen, ohne Rückschlüsse auf einzelne Personen zu erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: fewer than %1 respondents are outside this org unit, so subtracting this report from the whole-campaign report would reveal their answers.</source>
        <translation>Keine Zahl wird ausgewiesen: Außerhalb dieses Bereichs gibt es weniger als %1 Teilnehmende, daher würde es deren Antworten offenlegen, diesen Bericht vom Bericht über die gesamte Kampagne abzuziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: the whole-campaign report hides how many respondents this org unit has, so that a unit with fewer than %1 cannot be worked out by subtraction; a report of this unit would reveal it.</source>
        <translation>Keine Zahl wird ausgewiesen: Der Bericht über die gesamte Kampagne verbirgt, wie viele Teilnehmende dieser Bereich hat, damit sich ein Bereich mit weniger als %1 nicht durch Subtraktion errechnen lässt; ein Bericht über diesen Bereich würde es offenlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No figure comes from fewer than %1 respondents (the policy&apos;s minimum group size). A share counted exactly is also withheld when fewer than %1 people lack the answer. Where a breakdown shows its total, further cells are withheld until someone who knows this rule and sees every figure still cannot narrow a withheld cell down: one withheld as fewer than %1 could be any of 1 to %2, any other has at least %1 possible values. A breakdown for which that is not possible shows nothing.</source>
        <translation>Keine Zahl beruht auf weniger als %1 Teilnehmenden (der Mindestgruppengröße der Richtlinie). Ein exakt gezählter Anteil wird außerdem nicht ausgewiesen, wenn weniger als %1 Personen diese Antwort nicht gegeben haben. Zeigt eine Aufschlüsselung ihre Summe, werden so lange weitere Zellen ausgeblendet, bis auch jemand, der diese Regel kennt und jede Zahl sieht, keine ausgeblendete Zelle eingrenzen kann: Eine mit weniger als %1 könnte jeden Wert von 1 bis %2 haben, jede andere hat mindestens %1 mögliche Werte. Eine Aufschlüsselung, bei der das nicht gelingt, zeigt nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer but the org unit and role level was randomized on each employee&apos;s laptop before it was sent (randomized response), so no single summary proves anything about its author. The collector removes the bias from many summaries; the result is an estimate with a 95% confidence interval.</source>
        <translation>Jede Antwort außer Organisationseinheit und Rollenebene wurde auf dem Laptop jeder Person zufällig verändert, bevor sie gesendet wurde (Zufallsantwort), sodass keine einzelne Zusammenfassung etwas über ihre Verfasserin oder ihren Verfasser beweist. Der Collector entfernt die Verzerrung aus vielen Zusammenfassungen; das Ergebnis ist eine Schätzung mit einem 95-%-Konfidenzintervall.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+19"/>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+5"/>
        <source>The privacy guarantee is per item: each randomized answer on its own is epsilon-differentially private with epsilon = %1, so the true answer is sent at most %3 times as often as any other. One summary carries %4 such answers; the bound for everything in one summary together is epsilon = %2 (their sum), and answers that go together say more than any one alone.</source>
        <comment>%1: epsilon per answer; %2: epsilon of one whole summary; %3: a number such as 3; %4: a count</comment>
        <translation>Die Datenschutzgarantie gilt pro Angabe: Jede zufällig veränderte Antwort ist für sich epsilon-differenziell privat mit Epsilon = %1, die wahre Antwort wird also höchstens %3-mal so oft gesendet wie jede andere. Eine Zusammenfassung enthält %4 solche Antworten; die Schranke für alles in einer Zusammenfassung zusammen ist Epsilon = %2 (ihre Summe), und zusammenhängende Antworten sagen gemeinsam mehr als jede einzelne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stored summaries were left out of every figure: they were made with other privacy settings than the campaign&apos;s, or by an older Candor whose answers were not all protected. Ask their senders to export again with the current Candor.</source>
        <comment>%1 is a number of summaries</comment>
        <translation>%1 gespeicherte Zusammenfassungen wurden bei keiner Zahl berücksichtigt: Sie wurden mit anderen Datenschutzeinstellungen als denen der Kampagne erstellt oder von einer älteren Candor-Version, deren Antworten nicht alle geschützt waren. Bitten Sie die Absender, mit dem aktuellen Candor erneut zu exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimates whose 95% interval reaches more than 15 percentage points either side are flagged as too wide to act on.</source>
        <translation>Schätzungen, deren 95-%-Intervall auf einer Seite mehr als 15 Prozentpunkte weit reicht, werden als zu unsicher markiert, um danach zu handeln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With randomized response, each tool is randomized on its own, so the share using any tool of a category cannot be recovered. A category&apos;s figure is the highest estimate among its tools, read as &quot;at least&quot;: the share using some tool of the category is at least that tool&apos;s share. Being the highest of several noisy estimates, it may sit above that tool&apos;s true share; its interval shows by how much it can be off.</source>
        <translation>Beim Randomized-Response-Verfahren wird jedes Tool für sich randomisiert, daher lässt sich der Anteil derer, die irgendein Tool einer Kategorie nutzen, nicht ermitteln. Die Zahl einer Kategorie ist die höchste Schätzung unter ihren Tools, zu lesen als „mindestens“: Der Anteil derer, die irgendein Tool der Kategorie nutzen, ist mindestens so hoch wie der Anteil dieses Tools. Als höchste von mehreren verrauschten Schätzungen kann sie über dem wahren Anteil dieses Tools liegen; ihr Intervall zeigt, wie weit sie danebenliegen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With randomized response, what people pay per tool cannot be derived (paying and using a tool are randomized separately), so license candidates are the tools with a business tier that does not train on inputs, ranked by their unapproved-use estimate and risk.</source>
        <translation>Beim Randomized-Response-Verfahren lässt sich nicht ableiten, was Personen je Tool bezahlen (Bezahlen und Nutzen eines Tools werden getrennt randomisiert). Lizenzkandidaten sind daher die Tools mit einem Business-Tarif, der nicht aus den Eingaben lernt, geordnet nach ihrer geschätzten nicht freigegebenen Nutzung und ihrem Risiko.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend figures are estimates: each monthly band counts at its midpoint (an open-ended band at 1.5 times its lower bound), times twelve months. The total extrapolates the mean to all respondents; it is not a sum of reported amounts.</source>
        <translation>Ausgabenzahlen sind Schätzungen: Jede monatliche Spanne zählt mit ihrer Mitte (eine nach oben offene Spanne mit dem 1,5-Fachen ihrer Untergrenze), mal zwölf Monate. Die Summe rechnet den Mittelwert auf alle Teilnehmenden hoch; sie ist keine Summe angegebener Beträge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License candidates are ranked by demand, raised by %1% for each risk: the tool trains on inputs by default, or the policy prohibits it.</source>
        <comment>%1 is a number of percent</comment>
        <translation>Lizenzkandidaten werden nach Nachfrage geordnet, erhöht um %1&#xa0;% für jedes Risiko: Das Tool lernt standardmäßig aus den Eingaben, oder die Richtlinie erlaubt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A figure counted exactly is also withheld here when the whole-campaign report minus this one, and minus the reports of any other org units, would show fewer than %1 people for it.</source>
        <translation>Eine exakt gezählte Zahl wird hier auch dann zurückgehalten, wenn der Bericht der ganzen Kampagne abzüglich dieses Berichts und abzüglich der Berichte beliebiger anderer Organisationseinheiten weniger als %1 Personen dafür zeigen würde.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each tool&apos;s yearly out-of-pocket spend is shown only as a band at least twice as wide as the most one person can add to it in a year, so that it cannot be decoded into the spend bands of the people who pay.</source>
        <translation>Die jährlichen Ausgaben aus eigener Tasche je Tool werden nur als Spanne gezeigt, mindestens doppelt so breit wie das, was eine Person im Jahr dazu beitragen kann, damit sie sich nicht auf die Ausgabenstufen der einzelnen Zahlenden zurückrechnen lassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org-unit reports show who pays for each tool but not how much: set beside the whole-campaign report&apos;s band, the unit&apos;s would narrow both.</source>
        <translation>Berichte für einen Bereich zeigen, wer für ein Tool zahlt, aber nicht wie viel: Neben die Spanne des Gesamtberichts gelegt, würde die des Bereichs beide eingrenzen.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="+67"/>
        <source>Approved by your organization</source>
        <extracomment>Builds the page on screen again (after the policy changed); None when none is shown.</extracomment>
        <translation>Von Ihrer Organisation freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated by your organization</source>
        <translation>Von Ihrer Organisation geduldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>Von Ihrer Organisation nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>Nicht auf der Liste freigegebener Tools Ihrer Organisation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your results from %1</source>
        <translation>Ihre Ergebnisse vom %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your results</source>
        <translation>Ihre Ergebnisse</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved as a file</source>
        <translation>Als Datei gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied as text</source>
        <translation>Als Text kopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the drop folder</source>
        <translation>Im Ablageordner abgelegt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>your answers to the workplace questions</source>
        <translation>Ihre Antworten auf die Fragen zum Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="+146"/>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your action plan</source>
        <translation>Ihr Maßnahmenplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>Im Moment gibt es nichts zu ändern. Weiter so.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Häkchen von damals, zur Orientierung. Ihren aktuellen Plan finden Sie bei Ihren neuesten Ergebnissen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your tools</source>
        <translation>Ihre Tools</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Sie haben angegeben, in den letzten 30 Tagen keine KI-Tools für die Arbeit genutzt zu haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What AI tools cost you</source>
        <translation>Was KI-Tools Sie kosten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 a month (estimate)</source>
        <comment>a tool and what it costs</comment>
        <translation>%1: %2 pro Monat (Schätzung)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Learning that may help</source>
        <translation>Lernangebote, die helfen können</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>Zusammenfassung für Compliance &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Sehen Sie sich eine anonymisierte Zusammenfassung dieser Ergebnisse an und speichern oder kopieren Sie sie dann. Nichts wird von selbst gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do this first</source>
        <translation>Zuerst erledigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For all your tools</source>
        <translation>Für alle Ihre Tools</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <comment>a tool&apos;s name: the actions about that tool</comment>
        <translation>Für %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>Sie zahlen für KI-Tools für die Arbeit nichts aus eigener Tasche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Die KI-Tools, die Sie selbst bezahlen, kosten etwa %1 pro Monat, also etwa %2 pro Jahr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk per tool</source>
        <translation>Risiko je Tool</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Risikostufen von 1 (niedrig) bis 4 (kritisch). %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kinds of non-public data</source>
        <translation>Arten nicht öffentlicher Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data you put into each tool</source>
        <translation>Welche Daten Sie in welches Tool eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="+85"/>
        <source>Not saved</source>
        <extracomment>How often an unsaved state is tried again by itself.</extracomment>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest answers are still on screen but could not be saved. Candor keeps trying; if you close it now, they are lost.</source>
        <translation>Ihre neuesten Antworten sind noch auf dem Bildschirm, konnten aber nicht gespeichert werden. Candor versucht es weiter; wenn Sie Candor jetzt schließen, gehen sie verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>E&amp;rneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try saving again</source>
        <translation>Erneut versuchen zu speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candor can save again: all your answers are saved now.</source>
        <translation>Candor kann wieder speichern: Alle Ihre Antworten sind jetzt gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers are not saved</source>
        <translation>Ihre neuesten Antworten sind nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

If you leave now, the answers you gave since then are lost.</source>
        <translation>%1

Wenn Sie jetzt gehen, gehen die Antworten verloren, die Sie seitdem gegeben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay here</source>
        <translation>Hier bleiben</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../desktop/ui/settings_flow.py" line="+73"/>
        <source>Delete all your Candor data?</source>
        <translation>Alle Ihre Candor-Daten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Dadurch werden alle Antworten, Ergebnisse und Einstellungen, die Candor auf diesem Computer speichert, sowie der Schlüssel, mit dem sie verschlüsselt sind, entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my data</source>
        <translation>Daten behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Alle Ihre Candor-Daten wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>Der Schlüssel konnte nicht aus Ihrer Passwortverwaltung entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="+37"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candor now speaks this language. Your answers are kept: an assessment in progress continues where you left off.</source>
        <translation>Candor verwendet jetzt diese Sprache. Ihre Antworten bleiben erhalten: Eine begonnene Selbsteinschätzung geht dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers and results are kept only in this folder, encrypted. Two files there are plain text: preferences.ini (theme and language) and the support log in logs (events such as &quot;started&quot;, never answers). The folder:</source>
        <translation>Ihre Antworten und Ergebnisse werden nur in diesem Ordner gespeichert, verschlüsselt. Zwei Dateien dort sind Klartext: preferences.ini (Design und Sprache) und das Support-Protokoll in logs (Ereignisse wie „gestartet“, nie Antworten). Der Ordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Entfernt alle Antworten, Ergebnisse und Einstellungen, die Candor auf diesem Computer speichert, sowie den Schlüssel, mit dem sie verschlüsselt sind. Bereits gesendete Zusammenfassungen sind nicht betroffen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="+51"/>
        <source>Your saved answers could not be read</source>
        <translation>Ihre gespeicherten Antworten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor hat die beschädigte Datei als %1 in seinem Datenordner aufbewahrt und beginnt daneben neu. Alles, was Sie ab jetzt beantworten, ist davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Candor cannot open your data</source>
        <translation>Candor kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Ihre Antworten sind mit einer Passphrase geschützt. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Ihre Antworten sind gesperrt. Starten Sie die Selbsteinschätzung erneut, um sie zu entsperren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor braucht einen Schlüssel, um Ihre Antworten zu verschlüsseln. Starten Sie die Selbsteinschätzung erneut, um ihn einzurichten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor bewahrt den Schlüssel zu Ihren Antworten in der Passwortverwaltung Ihres Systems auf, doch diese ist gerade nicht nutzbar: %1

Legen Sie unten Ihre Passphrase fest; Sie geben sie bei jedem Start von Candor ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your answers cannot be unlocked</source>
        <translation>Ihre Antworten können nicht entsperrt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Wenn der Schlüssel aus Ihrer Passwortverwaltung entfernt wurde, kann niemand die gespeicherten Antworten mehr lesen. Sie können es erneut versuchen (etwa nachdem Sie den Schlüssel wiederhergestellt haben) oder die Antworten löschen und neu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Delete my saved answers</source>
        <translation>Gespeicherte Antworten löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete your saved answers?</source>
        <translation>Gespeicherte Antworten löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Dadurch werden alle Antworten entfernt, die in Candor auf diesem Computer gespeichert sind. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password manager is not available</source>
        <translation>Ihre Passwortverwaltung ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../desktop/ui/store_messages.py" line="+23"/>
        <source>That passphrase does not unlock Candor&apos;s data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Diese Passphrase entsperrt die Daten von Candor nicht. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen; diese hat %2. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is locked. Unlock it (log in again or open your keyring app), then retry.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (melden Sie sich neu an oder öffnen Sie Ihre Schlüsselbund-App) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no system keyring Candor can use to keep its key.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, in dem Candor seinen Schlüssel aufbewahren kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor&apos;s data exists, but the key that opens it is gone from the system keyring (or is not this data&apos;s key), so the data cannot be decrypted. Restore the keyring entry from a backup, or delete Candor&apos;s data and start again.</source>
        <translation>Die Daten von Candor sind vorhanden, aber der Schlüssel dazu fehlt im Schlüsselbund des Systems (oder gehört nicht zu diesen Daten). Daher lassen sich die Daten nicht entschlüsseln. Stellen Sie den Eintrag im Schlüsselbund aus einer Sicherung wieder her oder löschen Sie die Daten von Candor und beginnen Sie neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Retry, or protect your answers with a passphrase instead.</source>
        <translation>Der Schlüsselbund des Systems hat nicht funktioniert (%1). Versuchen Sie es erneut oder schützen Sie Ihre Antworten stattdessen mit einer Passphrase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding Candor&apos;s data folder %1 is full. Free some space on it and start Candor again, or choose another folder with --data-dir or %2.</source>
        <translation>Der Datenträger mit dem Datenordner %1 von Candor ist voll. Geben Sie dort Speicherplatz frei und starten Sie Candor erneut, oder wählen Sie mit --data-dir oder %2 einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor cannot write in its data folder %1: it is read-only or you lack permission. Make the folder writable for your user, or choose another folder with --data-dir or %2.</source>
        <translation>Candor kann nicht in seinen Datenordner %1 schreiben: Er ist schreibgeschützt oder Ihnen fehlt die Berechtigung. Machen Sie den Ordner für Ihren Benutzer beschreibbar oder wählen Sie mit --data-dir oder %2 einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor cannot write in its data folder %1: %3. Check the disk and the folder&apos;s permissions, or choose another folder with --data-dir or %2.</source>
        <translation>Candor kann nicht in seinen Datenordner %1 schreiben: %3. Prüfen Sie den Datenträger und die Berechtigungen des Ordners oder wählen Sie mit --data-dir oder %2 einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor could not save to %1: the disk is full. Free some space on that disk; your earlier answers are safe.</source>
        <translation>Candor konnte nicht in %1 speichern: Der Datenträger ist voll. Geben Sie dort Speicherplatz frei; Ihre bisherigen Antworten sind sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: the folder is read-only or you lack permission. Make it writable for your user again; your earlier answers are safe.</source>
        <translation>Candor konnte nicht in %1 speichern: Der Ordner ist schreibgeschützt oder Ihnen fehlt die Berechtigung. Machen Sie ihn wieder für Ihren Benutzer beschreibbar; Ihre bisherigen Antworten sind sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: %2. Check the disk and the folder&apos;s permissions; your earlier answers are safe.</source>
        <translation>Candor konnte nicht in %1 speichern: %2. Prüfen Sie den Datenträger und die Berechtigungen des Ordners; Ihre bisherigen Antworten sind sicher.</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="-135"/>
        <source>Your organization&apos;s note: %1</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Hinweis Ihrer Organisation: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="+66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Tools filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools</source>
        <translation>Tools filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Geben Sie einen Teil des Tool- oder Anbieternamens ein, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>Ich habe in den letzten 30 Tagen keine KI-Tools für die Arbeit genutzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by your organization</source>
        <translation>Von Ihrer Organisation freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with care by your organization</source>
        <translation>Von Ihrer Organisation geduldet (mit Vorsicht nutzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>Von Ihrer Organisation nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your organization&apos;s policy</source>
        <translation>Nicht in den Richtlinien Ihrer Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Kein gelistetes Tool passt zu „%1“. Sie können es unten als nicht gelistetes Tool hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n selected</source>
        <comment>how many tools are ticked</comment>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <location filename="../../desktop/ui/collector/trend_view.py" line="+27"/>
        <source>not compared (asked in only one campaign)</source>
        <translation>nicht verglichen (nur in einer Kampagne gefragt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not compared (withheld in %1)</source>
        <translation>nicht verglichen (in %1 zurückgehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points (%2 to %3)</source>
        <comment>a change and its 95% interval</comment>
        <translation>%1 Punkte (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — too uncertain to act on</source>
        <translation>%1 — zu unsicher, um danach zu handeln</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not compared)</source>
        <translation>%1 (nicht verglichen)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change in percentage points</source>
        <translation>Veränderung in Prozentpunkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (95% interval)</source>
        <translation>Veränderung (95-%-Intervall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the change in a share; the line across it is the 95% interval of the change. Hatched bars are too uncertain to act on.</source>
        <translation>Jeder Balken ist die Veränderung eines Anteils; die Linie darüber ist das 95-%-Intervall der Veränderung. Schraffierte Balken sind zu unsicher, um danach zu handeln.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop/ui/unexpected_notice.py" line="+14"/>
        <source>Candor ran into an unexpected error (%1). What was saved is kept, and nothing was sent. If Candor does not work as it should now, close it and start it again. Its log names the error and where it happened, without anything you entered; your IT team may ask for it.</source>
        <comment>%1 is the kind of error, e.g. ValueError</comment>
        <translation>Candor ist auf einen unerwarteten Fehler gestoßen (%1). Was gespeichert wurde, bleibt erhalten, und nichts wurde gesendet. Wenn Candor jetzt nicht richtig funktioniert, schließen Sie es und starten Sie es erneut. Das Protokoll nennt den Fehler und die Stelle, an der er auftrat, ohne etwas von Ihren Eingaben; Ihr IT-Team fragt vielleicht danach.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../desktop/ui/collector/units_view.py" line="+26"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (zusammen; jede mit weniger als %2 Befragten)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Org units side by side</source>
        <translation>Org-Einheiten im Vergleich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each org unit&apos;s figures are those of its own report, under the same rules. Units with fewer than %1 respondents are merged into “Other units”; that group and the respondents who stated no unit show no figures of their own, since with the whole campaign&apos;s figure and every unit shown they would give a withheld unit&apos;s figure away by subtraction.</source>
        <translation>Die Zahlen jeder Org-Einheit sind die ihres eigenen Berichts, nach denselben Regeln. Einheiten mit weniger als %1 Befragten sind zu „Andere Einheiten“ zusammengefasst; diese Gruppe und die Befragten ohne Angabe einer Einheit zeigen keine eigenen Zahlen, denn mit der Zahl der ganzen Kampagne und jeder gezeigten Einheit verrieten sie durch Subtraktion die Zahl einer zurückgehaltenen Einheit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, by org unit</source>
        <translation>%1, nach Org-Einheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents (%)</source>
        <translation>Anteil der Befragten (%)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+14"/>
        <source>Org unit</source>
        <translation>Org-Einheit</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of respondents</source>
        <translation>Anteil der Befragten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondents (n)</source>
        <translation>Befragte (n)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each bar is a unit&apos;s share; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Jeder Balken ist der Anteil einer Einheit; die Linie darüber ist ihr 95-%-Intervall. Schraffierte Balken sind zu unsicher, um danach zu handeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every group, with the whole campaign</source>
        <translation>Jede Gruppe, mit der ganzen Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole campaign</source>
        <translation>Die gesamte Kampagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline figures by org unit</source>
        <translation>Kernzahlen nach Org-Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondents</source>
        <translation>Befragte</translation>
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
        <translation>Candor-Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private look at how you use AI at work</source>
        <translation>Ein privater Blick darauf, wie Sie KI bei der Arbeit nutzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>In etwa zehn Minuten zeigt Ihnen Candor, welche KI-Tools Sie für die Arbeit nutzen, was Sie dort eingeben und was sie Sie kosten, und gibt Ihnen einen kurzen Plan, mit dem Ihre Arbeit und Ihre Daten sicher bleiben. Es gibt keine richtigen oder falschen Antworten, und niemand schaut zu.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %n people.</source>
        <translation>
            <numerusform>Nur das Compliance-Team von %1 kann eine Zusammenfassung öffnen, die Sie senden. Es sieht sie nur zusammen mit anderen und nie eine Zahl, die auf weniger als %n Person beruht.</numerusform>
            <numerusform>Nur das Compliance-Team von %1 kann eine Zusammenfassung öffnen, die Sie senden. Es sieht sie nur zusammen mit anderen und nie eine Zahl, die auf weniger als %n Personen beruht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 hat das Einsammeln von Zusammenfassungen noch nicht eingerichtet, daher kann aus Candor überhaupt nichts gesendet werden. Ihre Ergebnisse sind nur für Sie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stays on this computer</source>
        <translation>Bleibt auf diesem Computer</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Ihre Antworten werden nur hier gespeichert, verschlüsselt, und der Schlüssel liegt in der Passwortverwaltung Ihres Systems. Weder Ihre Führungskraft noch die IT noch die Hersteller von Candor können sie lesen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your answers are saved only here, encrypted with a key that only your passphrase opens; Candor never stores the passphrase. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Ihre Antworten werden nur hier gespeichert, verschlüsselt mit einem Schlüssel, den nur Ihre Passphrase öffnet; Candor speichert die Passphrase nie. Weder Ihre Führungskraft noch die IT noch die Macher von Candor können sie lesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Nur eine Zusammenfassung geht hinaus, wenn Sie möchten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>Am Ende können Sie eine anonymisierte Zusammenfassung senden: kein Name, kein freier Text, keine Datumsangaben. Sie sehen jedes Feld, bevor es gesendet wird, und können die optionalen Teile zurückhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who can read it</source>
        <translation>Wer sie lesen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor verbindet sich nie mit dem Internet und sendet nichts von selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+66"/>
        <source>Start the assessment</source>
        <translation>Selbsteinschätzung starten</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View my &amp;results</source>
        <translation>Meine &amp;Ergebnisse ansehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past a&amp;ssessments</source>
        <comment>button: opens the history of earlier assessments</comment>
        <translation>Frühere &amp;Einschätzungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Welcome to Candor</source>
        <translation>Willkommen bei Candor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue where you left off</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="+121"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Speichern und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Ihre Antworten sind bereits gespeichert. Kehren Sie zur Startseite zurück und machen Sie später weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Neu beginnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Alle Antworten dieser Selbsteinschätzung löschen und neu beginnen. Candor fragt vorher nach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Tool</source>
        <comment>caption above the name of the AI tool a page asks about</comment>
        <translation>Tool</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n question still needs an answer.</source>
        <translation>
            <numerusform>%n Frage muss noch beantwortet werden.</numerusform>
            <numerusform>%n Fragen müssen noch beantwortet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions still need an answer.</source>
        <translation>
            <numerusform>%n Frage muss noch beantwortet werden.</numerusform>
            <numerusform>%n Fragen müssen noch beantwortet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tool %1 of %2</source>
        <translation>Tool %1 von %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
</TS>
