<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="17"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="18"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="21"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Eine private Selbsteinschätzung Ihrer KI-Nutzung bei der Arbeit. Ihre Antworten bleiben verschlüsselt auf diesem Computer; nur eine Zusammenfassung, die Sie vorher prüfen, kann ihn verlassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="30"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="31"/>
        <source>Organization policy:</source>
        <translation>Richtlinie der Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="32"/>
        <source>Your data is kept in:</source>
        <translation>Ihre Daten werden gespeichert in:</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="117"/>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="128"/>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="129"/>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="57"/>
        <source>%1: %2</source>
        <extracomment>Offered once an optional question has an answer (built then: most pages never need it).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="124"/>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="128"/>
        <source>Clear answer</source>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="39"/>
        <source>Candor collector — %1</source>
        <translation>Candor-Auswertung – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="48"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="51"/>
        <source>&amp;Import summaries</source>
        <translation>Zusammenfassungen &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="53"/>
        <source>Import summaries</source>
        <translation>Zusammenfassungen importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="55"/>
        <source>A folder…</source>
        <translation>Einen Ordner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="56"/>
        <source>Files or zip archives…</source>
        <translation>Dateien oder ZIP-Archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="59"/>
        <source>Export &amp;report</source>
        <translation>&amp;Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="61"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="69"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="71"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="74"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importieren Sie die Zusammenfassungen, die Ihnen Mitarbeitende geschickt haben. Sie werden auf diesem Computer mit Ihrem Schlüssel entschlüsselt; Berichte zeigen immer nur Gruppen von Personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="80"/>
        <source>Files that were not imported</source>
        <translation>Nicht importierte Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>Why it was not imported</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="116"/>
        <source>Choose the folder with the summaries</source>
        <translation>Ordner mit den Zusammenfassungen auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="121"/>
        <source>Choose summary files or zip archives</source>
        <translation>Zusammenfassungen oder ZIP-Archive auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="122"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Zusammenfassungen (*.age *.txt *.asc *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="141"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="148"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Wird abgebrochen… Nichts aus diesem Import wird übernommen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="153"/>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="158"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="160"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importiert: %1, ersetzt: %2, abgelehnt: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="163"/>
        <source>%1 were already imported and unchanged.</source>
        <translation>%1 waren bereits importiert und unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="178"/>
        <source>The import could not run: %1</source>
        <translation>Der Import konnte nicht ausgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="88"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="92"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Nicht freigegebene Nutzung je Tool: die 15 häufigsten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="93"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Anteil der Teilnehmenden, die das jeweilige Tool genutzt haben, obwohl es nicht freigegeben ist. Die Tabelle darunter listet alle Tools auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="95"/>
        <source>Unapproved use per tool</source>
        <translation>Nicht freigegebene Nutzung je Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Policy status</source>
        <translation>Status laut Richtlinie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use</source>
        <translation>Nicht freigegebene Nutzung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="99"/>
        <source>By kind of tool</source>
        <translation>Nach Art des Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Nicht freigegebene Nutzung nach Art des Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Kind of tool</source>
        <translation>Art des Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="103"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="104"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="171"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="105"/>
        <source>Spend and licences</source>
        <translation>Ausgaben und Lizenzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="106"/>
        <source>Reasons for unapproved tools</source>
        <translation>Gründe für nicht freigegebene Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="107"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="109"/>
        <source>AI literacy (self-rated)</source>
        <translation>KI-Kompetenz (selbst eingeschätzt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="110"/>
        <source>Knows the AI policy</source>
        <translation>Kennt die KI-Richtlinie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="111"/>
        <source>Training wanted</source>
        <translation>Gewünschte Schulungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="112"/>
        <source>Training formats</source>
        <translation>Schulungsformate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="113"/>
        <source>Skills and training</source>
        <translation>Kompetenzen und Schulungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="114"/>
        <source>Perception</source>
        <translation>Wahrnehmung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="136"/>
        <source>%1 respondents</source>
        <translation>%1 Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="142"/>
        <source>Respondents by part of the organization</source>
        <translation>Teilnehmende nach Bereich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="145"/>
        <source>How to read this: no figure is shown from fewer than %1 people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>So lesen Sie diese Zahlen: Es wird keine Zahl gezeigt, die auf weniger als %1 Personen beruht. Ist in einer Tabelle mit Summe eine Gruppe ausgeblendet, wird auch eine weitere ausgeblendet, damit sie sich nicht durch Subtraktion errechnen lässt. Spannen sind 95-%-Intervalle um Schätzwerte, die die gezielte Randomisierung in jeder Zusammenfassung herausrechnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="160"/>
        <source>What data goes where</source>
        <translation>Welche Daten wohin gehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="161"/>
        <source>Data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into unapproved tools</source>
        <translation>In nicht freigegebene Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into personal accounts</source>
        <translation>In private Konten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="166"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Nach Status des Tools laut Richtlinie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="167"/>
        <source>By kind of account</source>
        <translation>Nach Art des Kontos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="175"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Aufschlüsselungen nach Tool-Status und Kontoart setzen Zusammenfassungen ohne Randomized-Response-Verfahren voraus; die Zusammenfassungen dieser Kampagne sind randomisiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Out-of-pocket spend</source>
        <translation>Ausgaben aus eigener Tasche</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="185"/>
        <source>Pay for AI tools themselves</source>
        <translation>Zahlen selbst für KI-Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="186"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Geschätzte Ausgaben aus eigener Tasche pro Jahr, je Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="188"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Geschätzte Ausgaben aus eigener Tasche pro Jahr, alle Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Licence candidates</source>
        <translation>Lizenzkandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="191"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Ausgaben aus eigener Tasche pro Jahr (Schätzung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="195"/>
        <source>What employees pay themselves</source>
        <translation>Was Mitarbeitende selbst bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="196"/>
        <source>Monthly spend bands</source>
        <translation>Monatliche Ausgaben nach Spanne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="197"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Lizenzkandidaten: Tools, die Mitarbeitende selbst bezahlen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Perception gap</source>
        <translation>Wahrnehmungslücke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Employees agreeing</source>
        <translation>Zustimmung der Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Leadership&apos;s figure</source>
        <translation>Wert der Führung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Gap</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="204"/>
        <source>not set in the policy</source>
        <translation>nicht in der Richtlinie festgelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>How employees see AI at work</source>
        <translation>Wie Mitarbeitende KI bei der Arbeit sehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Agree</source>
        <translation>Zustimmung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="209"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>Sicht der Führung und Sicht der Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="222"/>
        <source>Share of respondents for each answer.</source>
        <translation>Anteil der Teilnehmenden je Antwort.</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="129"/>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="130"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Dadurch werden alle Antworten dieser Selbsteinschätzung gelöscht, auch Ihre Notizen, und Sie kehren zur ersten Frage zurück. Ihre abgeschlossenen Selbsteinschätzungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Clear my answers</source>
        <translation>Meine Antworten löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Keep my answers</source>
        <translation>Antworten behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="158"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Eine Antwort auf eine Frage, die nicht mehr gestellt wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="161"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1: eine Auswahl, die nicht mehr angeboten wird</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="163"/>
        <source>Questions updated</source>
        <translation>Fragen aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employee_app.py" line="164"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Die Fragen in Candor haben sich seit Ihren letzten Antworten geändert. Ihre Antworten wurden übernommen, außer %n Antwort, die nicht mehr zutrifft. Bitte prüfen Sie die Seite, auf der sie stand.</numerusform>
            <numerusform>Die Fragen in Candor haben sich seit Ihren letzten Antworten geändert. Ihre Antworten wurden übernommen, außer %n Antworten, die nicht mehr zutreffen. Bitte prüfen Sie die Seiten, auf denen sie standen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="173"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Ihre Antworten sind gespeichert. Sie können jederzeit weitermachen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="210"/>
        <source>Delete all your Candor data?</source>
        <translation>Alle Ihre Candor-Daten löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="211"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Dadurch werden alle Antworten, Ergebnisse und Einstellungen, die Candor auf diesem Computer speichert, sowie der Schlüssel, mit dem sie verschlüsselt sind, entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Keep my data</source>
        <translation>Daten behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="231"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Alle Ihre Candor-Daten wurden von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="233"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>Der Schlüssel konnte nicht aus Ihrer Passwortverwaltung entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="48"/>
        <source>Preview and export your summary</source>
        <extracomment>Optional part -&gt; label template; the value the employee gave is shown in brackets.</extracomment>
        <translation>Zusammenfassung prüfen und exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>This is everything that would be sent</source>
        <translation>Das ist alles, was gesendet würde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="58"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Nichts anderes verlässt diesen Computer: kein Name, keine Notizen oder anderen Texte, die Sie eingegeben haben, keine Namen von Tools, die Sie selbst hinzugefügt haben, keine Datumsangaben. Die Zusammenfassung gelangt nur dorthin, wohin Sie sie geben, und ist so verschlüsselt, dass nur das Compliance-Team Ihrer Organisation sie öffnen kann.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Some answers below are randomized on purpose: each may have been flipped by chance, so they can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Einige Antworten unten sind absichtlich zufällig verändert: Jede kann per Zufall umgekehrt worden sein und daher von Ihrer Antwort abweichen, sodass keine einzelne Zusammenfassung etwas über Sie beweist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="79"/>
        <source> (not answered)</source>
        <translation> (nicht beantwortet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>The summary in plain words</source>
        <translation>Die Zusammenfassung in einfachen Worten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>Die Zusammenfassung genau so, wie sie gesendet wird (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="98"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Genau wie gesendet (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="107"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="108"/>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110"/>
        <source>&amp;Put in %1</source>
        <translation>In %1 &amp;ablegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="170"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="176"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Kopiert. Fügen Sie ihn dort ein, wo Ihre Organisation darum gebeten hat; es handelt sich um verschlüsselten Text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Put in the folder as %1.</source>
        <translation>Im Ordner als %1 abgelegt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="187"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Save your summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="194"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Candor-Zusammenfassungen (*.age *.json)</translation>
    </message>
</context>
<context>
    <name>FreeTextWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="217"/>
        <source>Stays on this computer. Never included in any summary.</source>
        <translation>Bleibt auf diesem Computer. Wird nie in eine Zusammenfassung aufgenommen.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50"/>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="57"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Noch keine abgeschlossenen Selbsteinschätzungen. Sobald Sie eine abschließen, erscheint sie hier; spätere zeigen, wie sich Ihr Risiko und Ihre Ausgaben mit der Zeit verändern.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="63"/>
        <source>Past assessments</source>
        <translation>Frühere Selbsteinschätzungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="103"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <source>Overall risk</source>
        <translation>Gesamtrisiko</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="65"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Yearly out-of-pocket</source>
        <translation>Eigene Ausgaben pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="73"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="85"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Ergebnisse öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="88"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="102"/>
        <source>Overall risk over time</source>
        <translation>Gesamtrisiko im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="106"/>
        <source>Levels: %1.</source>
        <translation>Stufen: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="110"/>
        <source>Yearly out-of-pocket spend over time (%1)</source>
        <translation>Eigene Ausgaben pro Jahr im Zeitverlauf (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="111"/>
        <source>Yearly spend</source>
        <translation>Ausgaben pro Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="114"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Geschätzt anhand der Ausgabenspannen, die Sie gewählt haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="120"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Nach Ihrer nächsten Selbsteinschätzung zeigt diese Seite, was sich verändert hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="130"/>
        <location filename="../../desktop/ui/history_page.py" line="139"/>
        <source>Summaries you exported</source>
        <translation>Von Ihnen exportierte Zusammenfassungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="135"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Noch keine. Nichts hat diesen Computer verlassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="150"/>
        <source>The exported summary, exactly as sent</source>
        <translation>Die exportierte Zusammenfassung, genau wie gesendet</translation>
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
        <translation>Problem mit der Richtlinie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 konnte nicht verwendet werden, daher läuft Candor ohne diese Richtlinie. Ihre Antworten sind davon nicht betroffen. Bitte informieren Sie Ihr IT-Team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="34"/>
        <source>%1 details</source>
        <translation>%1 – Details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="38"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="39"/>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Nicht gelistetes Tool hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="50"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Der Name bleibt auf diesem Computer; nur die Art des Tools kann in eine Zusammenfassung eingehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="56"/>
        <source>Tool name</source>
        <translation>Name des Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="57"/>
        <source>Name of a tool that is not listed</source>
        <translation>Name eines nicht gelisteten Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="62"/>
        <source>Kind of tool</source>
        <translation>Art des Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="63"/>
        <source>Kind of tool…</source>
        <translation>Art des Tools…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="71"/>
        <source>Add this tool</source>
        <translation>Dieses Tool hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="97"/>
        <source>Type the tool&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Tools ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="100"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Wählen Sie die Art des Tools und klicken Sie dann auf „Hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="137"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="140"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Unlock your answers</source>
        <translation>Antworten entsperren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="32"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="35"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="44"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="46"/>
        <source>At least %1 characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>Mindestens %1 Zeichen. Candor kann sie nicht wiederherstellen: Wenn Sie sie vergessen, können Ihre gespeicherten Antworten nur noch gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Create</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="77"/>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="81"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="86"/>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="31"/>
        <source>Progress through the assessment</source>
        <translation>Fortschritt der Selbsteinschätzung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="45"/>
        <source>Section %1 of %2</source>
        <translation>Abschnitt %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="50"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="27"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="51"/>
        <source>Please answer this question.</source>
        <translation>Bitte beantworten Sie diese Frage.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="53"/>
        <source>Approved by your organization</source>
        <translation>Von Ihrer Organisation freigegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="54"/>
        <source>Tolerated by your organization</source>
        <translation>Von Ihrer Organisation geduldet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="55"/>
        <source>Not allowed by your organization</source>
        <translation>Von Ihrer Organisation nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="56"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>Nicht auf der Liste freigegebener Tools Ihrer Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results from %1</source>
        <translation>Ihre Ergebnisse vom %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results</source>
        <translation>Ihre Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Saved as a file</source>
        <translation>Als Datei gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Copied as text</source>
        <translation>Als Text kopiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="98"/>
        <source>Put in the drop folder</source>
        <translation>Im Ablageordner abgelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="127"/>
        <source>your answers to the workplace questions</source>
        <translation>Ihre Antworten auf die Fragen zum Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="139"/>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="145"/>
        <source>Your action plan</source>
        <translation>Ihr Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="148"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>Im Moment gibt es nichts zu ändern. Weiter so.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="150"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Häkchen von damals, zur Orientierung. Ihren aktuellen Plan finden Sie bei Ihren neuesten Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="159"/>
        <source>Your tools</source>
        <translation>Ihre Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="162"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Sie haben angegeben, in den letzten 30 Tagen keine KI-Tools für die Arbeit genutzt zu haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="169"/>
        <source>What AI tools cost you</source>
        <translation>Was KI-Tools Sie kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="174"/>
        <source>a month (estimate)</source>
        <translation>pro Monat (Schätzung)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="179"/>
        <source>Learning that may help</source>
        <translation>Lernangebote, die helfen können</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="183"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="189"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>Zusammenfassung für Compliance &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="192"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Sehen Sie sich eine anonymisierte Zusammenfassung dieser Ergebnisse an und speichern oder kopieren Sie sie dann. Nichts wird von selbst gesendet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="195"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="215"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>Sie zahlen für KI-Tools für die Arbeit nichts aus eigener Tasche.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="216"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Die KI-Tools, die Sie selbst bezahlen, kosten etwa %1 pro Monat, also etwa %2 pro Jahr.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="221"/>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk per tool</source>
        <translation>Risiko je Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="226"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Risikostufen von 1 (niedrig) bis 4 (kritisch). %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="232"/>
        <source>Kinds of non-public data</source>
        <translation>Arten nicht öffentlicher Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="234"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data you put into each tool</source>
        <translation>Welche Daten Sie in welches Tool eingeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="36"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="40"/>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="42"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="48"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53"/>
        <source>Candor will use this language the next time it starts.</source>
        <translation>Candor verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="58"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="62"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>Your answers, results and settings are kept only in this folder, encrypted:</source>
        <translation>Ihre Antworten, Ergebnisse und Einstellungen werden ausschließlich verschlüsselt in diesem Ordner gespeichert:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="81"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Entfernt alle Antworten, Ergebnisse und Einstellungen, die Candor auf diesem Computer speichert, sowie den Schlüssel, mit dem sie verschlüsselt sind. Bereits gesendete Zusammenfassungen sind nicht betroffen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="54"/>
        <source>Your saved answers could not be read</source>
        <translation>Ihre gespeicherten Antworten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="56"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor hat die beschädigte Datei als %1 in seinem Datenordner aufbewahrt und beginnt daneben neu. Alles, was Sie ab jetzt beantworten, ist davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="63"/>
        <location filename="../../desktop/ui/store_gate.py" line="93"/>
        <source>Candor cannot open your data</source>
        <translation>Candor kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="72"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Ihre Antworten sind mit einer Passphrase geschützt. Geben Sie sie ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="74"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Ihre Antworten sind gesperrt. Starten Sie die Selbsteinschätzung erneut, um sie zu entsperren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="82"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor braucht einen Schlüssel, um Ihre Antworten zu verschlüsseln. Starten Sie die Selbsteinschätzung erneut, um ihn einzurichten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="105"/>
        <source>No system keyring is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="107"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor bewahrt den Schlüssel zu Ihren Antworten in der Passwortverwaltung Ihres Systems auf, doch diese ist gerade nicht nutzbar: %1

Legen Sie unten Ihre Passphrase fest; Sie geben sie bei jedem Start von Candor ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="119"/>
        <source>Your answers cannot be unlocked</source>
        <translation>Ihre Antworten können nicht entsperrt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="121"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Wenn der Schlüssel aus Ihrer Passwortverwaltung entfernt wurde, kann niemand die gespeicherten Antworten mehr lesen. Sie können es erneut versuchen (etwa nachdem Sie den Schlüssel wiederhergestellt haben) oder die Antworten löschen und neu beginnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <source>Delete my saved answers</source>
        <translation>Gespeicherte Antworten löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="127"/>
        <source>Delete your saved answers?</source>
        <translation>Gespeicherte Antworten löschen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="128"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Dadurch werden alle Antworten entfernt, die in Candor auf diesem Computer gespeichert sind. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="137"/>
        <source>Your password manager is not available</source>
        <translation>Ihre Passwortverwaltung ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="114"/>
        <source>Why</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="117"/>
        <source>What to change</source>
        <translation>Was Sie ändern sollten</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Tools filtern…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="67"/>
        <source>Filter tools</source>
        <translation>Tools filtern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="68"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Geben Sie einen Teil des Tool- oder Anbieternamens ein, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="112"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>Ich habe in den letzten 30 Tagen keine KI-Tools für die Arbeit genutzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="123"/>
        <source>Approved by your organization</source>
        <translation>Von Ihrer Organisation freigegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="124"/>
        <source>Allowed with care by your organization</source>
        <translation>Von Ihrer Organisation geduldet (mit Vorsicht nutzen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="125"/>
        <source>Not allowed by your organization</source>
        <translation>Von Ihrer Organisation nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="132"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="198"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Kein gelistetes Tool passt zu „%1“. Sie können es unten als nicht gelistetes Tool hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="261"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
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
        <translation>Candor-Logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="66"/>
        <source>A private look at how you use AI at work</source>
        <translation>Ein privater Blick darauf, wie Sie KI bei der Arbeit nutzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="72"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>In etwa zehn Minuten zeigt Ihnen Candor, welche KI-Tools Sie für die Arbeit nutzen, was Sie dort eingeben und was sie Sie kosten, und gibt Ihnen einen kurzen Plan, mit dem Ihre Arbeit und Ihre Daten sicher bleiben. Es gibt keine richtigen oder falschen Antworten, und niemand schaut zu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="81"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %2 people.</source>
        <translation>Nur das Compliance-Team von %1 kann eine Zusammenfassung öffnen, die Sie senden. Es sieht sie nur zusammen mit anderen und nie eine Zahl, die auf weniger als %2 Personen beruht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="86"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 hat das Einsammeln von Zusammenfassungen noch nicht eingerichtet, daher kann aus Candor überhaupt nichts gesendet werden. Ihre Ergebnisse sind nur für Sie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="91"/>
        <source>Stays on this computer</source>
        <translation>Bleibt auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="93"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Ihre Antworten werden nur hier gespeichert, verschlüsselt, und der Schlüssel liegt in der Passwortverwaltung Ihres Systems. Weder Ihre Führungskraft noch die IT noch die Hersteller von Candor können sie lesen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="98"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Nur eine Zusammenfassung geht hinaus, wenn Sie möchten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="100"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>Am Ende können Sie eine anonymisierte Zusammenfassung senden: kein Name, kein freier Text, keine Datumsangaben. Sie sehen jedes Feld, bevor es gesendet wird, und können die optionalen Teile zurückhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="104"/>
        <source>Who can read it</source>
        <translation>Wer sie lesen kann</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="108"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor verbindet sich nie mit dem Internet und sendet nichts von selbst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="112"/>
        <location filename="../../desktop/ui/welcome_page.py" line="119"/>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Start the assessment</source>
        <translation>Selbsteinschätzung starten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="121"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="126"/>
        <source>View my &amp;results</source>
        <translation>Meine &amp;Ergebnisse ansehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="129"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="135"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Continue where you left off</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="118"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Speichern und schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="120"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="122"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Ihre Antworten sind bereits gespeichert. Kehren Sie zur Startseite zurück und machen Sie später weiter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="125"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Neu beginnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="127"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="129"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Alle Antworten dieser Selbsteinschätzung löschen und neu beginnen. Candor fragt vorher nach.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="134"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="136"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="138"/>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="214"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="216"/>
        <source>Tool %1 of %2</source>
        <translation>Tool %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="333"/>
        <source>1 question still needs an answer.</source>
        <translation>1 Frage muss noch beantwortet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="334"/>
        <source>%1 questions still need an answer.</source>
        <translation>%1 Fragen müssen noch beantwortet werden.</translation>
    </message>
</context>
</TS>
