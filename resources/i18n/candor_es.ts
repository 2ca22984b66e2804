<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="+27"/>
        <source>managed</source>
        <comment>a policy installed by IT for all users</comment>
        <translation>administrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <comment>a policy in this user&apos;s own settings</comment>
        <translation>del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundled</source>
        <comment>the policy that came with Candor</comment>
        <translation>incluida con Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baked in</source>
        <comment>a policy IT built into this copy of Candor</comment>
        <translation>integrada en esta compilación</translation>
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
        <translation>solo los valores predeterminados integrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (ignored because of problems: %2)</source>
        <translation>%1 (se ignoró por problemas: %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The compliance key, plaintext, drop folder and privacy settings come only from %1; other files may only make privacy stricter.</source>
        <translation>La clave de cumplimiento, la exportación sin cifrar, la carpeta de entrega y los ajustes de privacidad solo proceden de %1; los demás archivos solo pueden hacer la privacidad más estricta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes refused: %1.</source>
        <translation>Cambios rechazados: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Una autoevaluación privada de su uso de la IA en el trabajo. Sus respuestas se quedan en este equipo, cifradas; solo puede salir un resumen que usted revisa antes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization policy:</source>
        <translation>Política de la organización:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked settings:</source>
        <translation>Ajustes bloqueados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is kept in:</source>
        <translation>Sus datos se guardan en:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
</context>
<context>
    <name>ActionWords</name>
    <message>
        <location filename="../../desktop/ui/collector/actions_view.py" line="+28"/>
        <source>License %1 centrally, with a business plan that does not train on inputs: employees already pay for it themselves or use it without approval.</source>
        <comment>%1 is an AI tool</comment>
        <translation>Contratar una licencia central de %1, con un plan de empresa que no entrene con lo introducido: hay empleados que ya lo pagan de su bolsillo o lo usan sin aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer AI training on work time, starting with “%1”: many rate their AI skills low and want training.</source>
        <comment>%1 is a training topic</comment>
        <translation>Ofrecer formación en IA en horario laboral, empezando por «%1»: muchas personas valoran bajo su dominio de la IA y quieren formación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish short, clear guidance on the AI policy and where to find it: many do not know it.</source>
        <translation>Publicar una guía breve y clara sobre la política de IA y dónde encontrarla: muchas personas no la conocen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell people which approved AI tools exist and give licences to those who need them: many have none or did not know.</source>
        <translation>Dar a conocer qué herramientas de IA aprobadas existen y dar licencias a quien las necesite: muchas personas no tienen o no lo sabían.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with teams about the pressure to overstate AI use, and judge AI by outcomes rather than usage figures.</source>
        <translation>Hablar con los equipos sobre la presión para exagerar el uso de la IA, y valorar la IA por sus resultados y no por las cifras de uso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk with %1 about the pressure to overstate AI use there.</source>
        <comment>%1 is a part of the organization</comment>
        <translation>Hablar con %1 sobre la presión que hay allí para exagerar el uso de la IA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review how AI is introduced, together with the people who use it: frustration is high enough to make some consider leaving.</source>
        <translation>Revisar cómo se introduce la IA, junto con quienes la usan: la frustración es tan alta que algunas personas se plantean irse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agree on how AI output is checked before it reaches customers: some rarely or never check it.</source>
        <translation>Acordar cómo se revisan los resultados de la IA antes de que lleguen a los clientes: algunas personas rara vez o nunca los revisan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pay for it themselves</source>
        <comment>respondents who pay for an AI tool</comment>
        <translation>lo pagan de su bolsillo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it without approval</source>
        <comment>respondents who use an AI tool</comment>
        <translation>lo usan sin aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <comment>respondents agreeing with a statement</comment>
        <translation>están de acuerdo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” %2</source>
        <comment>a question (or tool) quoted, then the answer counted</comment>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommended actions</source>
        <translation>Acciones recomendadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figure calls for a recommended action: none of the figures the rules read is both shown and clear enough (its whole 95% interval above the rule&apos;s threshold).</source>
        <translation>Ninguna cifra pide una acción recomendada: ninguna de las cifras que leen las reglas se muestra y es a la vez lo bastante clara (todo su intervalo del 95 % por encima del umbral de la regla).</translation>
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
        <translation>Porque: %1 — %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An action is recommended only on figures that are shown, precise enough to act on, and whose whole 95% interval lies above the rule&apos;s threshold.</source>
        <translation>Solo se recomienda una acción con cifras que se muestran, son lo bastante precisas para actuar y cuyo intervalo del 95 % completo está por encima del umbral de la regla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These summaries come from a questionnaire without the questions on how AI is run at work.</source>
        <translation>Estos resúmenes proceden de un cuestionario sin las preguntas sobre cómo se gestiona la IA en el trabajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How AI is run at work</source>
        <translation>Cómo se gestiona la IA en el trabajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents choosing each answer; people could choose several, so the shares need not add up to 100%.</source>
        <translation>Proporción de personas que eligieron cada respuesta; se podían elegir varias, así que las proporciones no tienen por qué sumar el 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of those who answered, for each answer.</source>
        <translation>Proporción de quienes respondieron, para cada respuesta.</translation>
    </message>
</context>
<context>
    <name>AssessmentFlow</name>
    <message>
        <location filename="../../desktop/ui/assessment_flow.py" line="+75"/>
        <location line="+61"/>
        <source>Candor cannot open your assessment</source>
        <translation>Candor no puede abrir su autoevaluación</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Se borrarán todas las respuestas de esta autoevaluación, incluidas sus notas, y volverá a la primera pregunta. Sus autoevaluaciones completadas se conservan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my answers</source>
        <translation>Conservar mis respuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answers could not be cleared</source>
        <translation>No se pudieron borrar sus respuestas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Una respuesta a una pregunta que ya no se hace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1: una opción que ya no se ofrece</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions updated</source>
        <translation>Preguntas actualizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except one that no longer applies. Please check the page it was on.</source>
        <translation>Las preguntas de Candor han cambiado desde la última vez que respondió. Se han conservado sus respuestas, salvo una que ya no corresponde. Revise la página en la que estaba.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Las preguntas de Candor han cambiado desde la última vez que respondió. Se han conservado sus respuestas, salvo %n que ya no corresponde. Revise la página en la que estaba.</numerusform>
            <numerusform>Las preguntas de Candor han cambiado desde la última vez que respondió. Se han conservado sus respuestas, salvo %n que ya no corresponden. Revise las páginas en las que estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers were not saved: %1 The ones saved before are kept; you can continue from there.</source>
        <translation>Sus últimas respuestas no se guardaron: %1 Las que se guardaron antes se conservan; puede continuar desde ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Sus respuestas están guardadas. Puede continuar cuando quiera.</translation>
    </message>
</context>
<context>
    <name>CandorApp</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="+119"/>
        <source>Candor cannot start</source>
        <translation>Candor no puede iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Candor&apos;s own files are damaged or missing: please reinstall Candor.</source>
        <comment>%1 is the problem found</comment>
        <translation>%1

Los archivos propios de Candor están dañados o faltan: vuelva a instalar Candor.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Candor is already open</source>
        <translation>Candor ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor is already running for this data folder. Switch to its window; your answers are safe there.</source>
        <translation>Candor ya se está ejecutando con esta carpeta de datos. Cambie a su ventana; allí sus respuestas están a salvo.</translation>
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
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Show as &amp;table</source>
        <translation>Ver como &amp;tabla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %1 as a table</source>
        <translation>Ver %1 como tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show %1 as a chart</source>
        <translation>Ver %1 como gráfico</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Show as &amp;chart</source>
        <translation>Ver como &amp;gráfico</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="+34"/>
        <source>%1 or more a month</source>
        <comment>a monthly spending band; %1 an amount</comment>
        <translation>%1 o más al mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less than %1 a month</source>
        <comment>a monthly spending band</comment>
        <translation>Menos de %1 al mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to under %2 a month</source>
        <comment>a monthly spending band</comment>
        <translation>De %1 a menos de %2 al mes</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Clear answer</source>
        <extracomment>Offered once an optional question has an answer (built then: most pages never need it).</extracomment>
        <translation>Borrar respuesta</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+30"/>
        <source>&amp;Participation code:</source>
        <translation>Código de &amp;participación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participation code (required):</source>
        <translation>Código de &amp;participación (obligatorio):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>such as K7MQ-P3XR-T9AC</source>
        <translation>por ejemplo K7MQ-P3XR-T9AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Código de participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use code</source>
        <translation>&amp;Usar código</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code from the card you were given. It shows compliance that an invited person sent this summary, once, and not which person: nobody recorded who got which card.</source>
        <translation>El código de la tarjeta que recibió. Muestra a cumplimiento que una persona invitada envió este resumen, una vez, pero no cuál: nadie anotó quién recibió cada tarjeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Code %1 will be sent with your summary.</source>
        <translation>El código %1 se enviará con su resumen.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not used: %1</source>
        <translation>No se usó: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No code will be sent.</source>
        <translation>No se enviará ningún código.</translation>
    </message>
</context>
<context>
    <name>CollectorApp</name>
    <message>
        <location filename="../../desktop/ui/collector/app.py" line="+69"/>
        <source>The whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No summaries imported yet for this campaign. Use Import summaries to add the files employees sent you; the dashboard appears here, showing only groups of at least %1 people.</source>
        <translation>Todavía no se ha importado ningún resumen para esta campaña. Use Importar resúmenes para agregar los archivos que le enviaron los empleados; el panel aparecerá aquí y solo mostrará grupos de al menos %1 personas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dashboard cannot be shown: %1</source>
        <translation>No se puede mostrar el panel: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>HTML report…</source>
        <translation>Informe HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV tables…</source>
        <translation>Tablas CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet…</source>
        <translation>Hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidy CSV for analysis…</source>
        <translation>CSV ordenado para análisis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, codes and numbers only (*.csv)</source>
        <translation>CSV, solo códigos y números (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON for automation…</source>
        <translation>JSON para automatización…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved</source>
        <translation>No se ha guardado el informe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open your compliance key file</source>
        <translation>Abra su archivo de clave de cumplimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age identity (*.txt *.key);;All files (*)</source>
        <translation>Identidad age (*.txt *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Candor collector cannot start</source>
        <translation>El recopilador de Candor no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>CollectorUnlock</name>
    <message>
        <location filename="../../desktop/ui/collector/unlock.py" line="+52"/>
        <location line="+77"/>
        <source>The collector database is protected by a passphrase. Type it to continue.</source>
        <translation>La base de datos del recopilador está protegida con una frase de contraseña. Escríbala para continuar.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The collector database stays locked: without its passphrase, the collector cannot start.</source>
        <translation>La base de datos del recopilador sigue bloqueada: sin su frase de contraseña, el recopilador no puede iniciarse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a passphrase instead</source>
        <translation>Usar una frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring is not available</source>
        <translation>El llavero del sistema no está disponible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The collector database cannot be unlocked</source>
        <translation>La base de datos del recopilador no se puede desbloquear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor collector cannot start</source>
        <translation>El recopilador de Candor no puede iniciarse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candor keeps the key of the collector database in your system&apos;s password manager, but it cannot be used right now: %1

Candor never keeps summaries unencrypted. Choose a passphrase below; you will type it each time you open the collector.</source>
        <translation>Candor guarda la clave de la base de datos del recopilador en el administrador de contraseñas del sistema, pero ahora mismo no se puede usar: %1

Candor nunca guarda resúmenes sin cifrar. Elija una frase de contraseña a continuación; la escribirá cada vez que abra el recopilador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The collector needs a key to encrypt the summaries it keeps, so it did not start. Nothing was stored.</source>
        <translation>El recopilador necesita una clave para cifrar los resúmenes que guarda, así que no se ha iniciado. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system keyring is locked.</source>
        <translation>el llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keyring did not work.</source>
        <translation>el llavero del sistema no ha funcionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer has no system keyring Candor can use.</source>
        <translation>este equipo no tiene ningún llavero que Candor pueda usar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no system keyring that can keep the key of the collector database, and Candor never keeps summaries unencrypted. Choose a passphrase instead.</source>
        <translation>Este equipo no tiene ningún llavero que pueda guardar la clave de la base de datos del recopilador, y Candor nunca guarda resúmenes sin cifrar. Elija una frase de contraseña en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The collector database %1 keeps its key in a system keyring, but none can be used here. Open the collector in the session whose keyring holds the key (service “%2”, account “%3”). Nothing was changed.</source>
        <translation>La base de datos del recopilador %1 guarda su clave en un llavero del sistema, pero aquí no se puede usar ninguno. Abra el recopilador en la sesión cuyo llavero contiene la clave (servicio «%2», cuenta «%3»). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring is locked, so Candor cannot keep the key of the collector database in it. Unlock it (log in again or open your keyring app) and try again, or use a passphrase instead. Nothing was stored.</source>
        <translation>El llavero del sistema está bloqueado, así que Candor no puede guardar en él la clave de la base de datos del recopilador. Desbloquéelo (vuelva a iniciar sesión o abra su aplicación de llavero) y vuelva a intentarlo, o use una frase de contraseña en su lugar. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keyring is locked, so the collector database cannot be unlocked. Unlock it (log in again or open your keyring app), then try again. Nothing was changed.</source>
        <translation>El llavero del sistema está bloqueado, así que la base de datos del recopilador no se puede desbloquear. Desbloquéelo (vuelva a iniciar sesión o abra su aplicación de llavero) y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Try again; nothing was changed.</source>
        <translation>El llavero del sistema no ha funcionado (%1). Vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key of the collector database %1 is gone from the system keyring (or is not its key), so the summaries in it cannot be read. Restore the keyring entry “%3” of “%2” from a backup, or move the database aside and import the summaries again. Nothing was changed.</source>
        <translation>La clave de la base de datos del recopilador %1 ya no está en el llavero del sistema (o no es la suya), así que los resúmenes que contiene no se pueden leer. Restaure la entrada «%3» de «%2» desde una copia de seguridad, o aparte la base de datos y vuelva a importar los resúmenes. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not unlock the collector database. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Esa frase de contraseña no desbloquea la base de datos del recopilador. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres; esta tiene %2. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a passphrase for the collector</source>
        <translation>Elija una frase de contraseña para el recopilador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the collector database</source>
        <translation>Desbloquear la base de datos del recopilador</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, the summaries in the collector database cannot be read again, only imported anew.</source>
        <translation>
            <numerusform>Al menos %n carácter. Candor no puede recuperarla: si la olvida, los resúmenes de la base de datos del recopilador ya no se podrán leer, solo volver a importar.</numerusform>
            <numerusform>Al menos %n caracteres. Candor no puede recuperarla: si la olvida, los resúmenes de la base de datos del recopilador ya no se podrán leer, solo volver a importar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorViews</name>
    <message>
        <location filename="../../desktop/ui/collector/views.py" line="+66"/>
        <source>The policy names no org units, so there is nothing to set side by side.</source>
        <translation>La política no nombra unidades, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No summaries imported yet for this campaign.</source>
        <translation>Aún no se han importado resúmenes de esta campaña.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The comparison cannot be shown: %1</source>
        <translation>No se puede mostrar la comparación: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>That policy has problems; `candor policy check FILE` explains each.</source>
        <translation>Esa política tiene problemas; `candor policy check ARCHIVO` explica cada uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1 is already compared.</source>
        <translation>La campaña %1 ya se compara.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Trends need two campaigns or more in this collector database, and it holds only %1. Import another campaign&apos;s summaries here (candor ingest with that campaign&apos;s policy), then add its policy below.</source>
        <translation>Las tendencias necesitan dos campañas o más en esta base de datos del recolector, y solo contiene %1. Importe aquí los resúmenes de otra campaña (candor ingest con la política de esa campaña) y luego añada su política abajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database also holds %1. Each campaign is counted under its own policy: add the policy file of each earlier campaign (oldest first) to compare it with %2.</source>
        <translation>Esta base de datos también contiene %1. Cada campaña se cuenta con su propia política: añada el archivo de política de cada campaña anterior (la más antigua primero) para compararla con %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trends cannot be shown: %1</source>
        <translation>No se pueden mostrar las tendencias: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trends across campaigns</source>
        <translation>Tendencias entre campañas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add an earlier campaign&apos;s policy…</source>
        <translation>Aña&amp;dir la política de una campaña anterior…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an earlier campaign&apos;s policy</source>
        <translation>Añadir la política de una campaña anterior</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an earlier campaign&apos;s policy</source>
        <translation>Abrir la política de una campaña anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy (*.toml);;All files (*)</source>
        <translation>Política (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That policy was not added: %1</source>
        <translation>Esa política no se añadió: %1</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="+60"/>
        <source>Candor collector — %1</source>
        <translation>Recopilador de Candor — %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign %1</source>
        <extracomment>The campaign&apos;s privacy settings, which every imported summary must have been made with. The collector database&apos;s key, unlocked at start; the import opens the database with it.</extracomment>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import summaries</source>
        <translation>&amp;Importar resúmenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import summaries</source>
        <translation>Importar resúmenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder…</source>
        <translation>Una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or zip archives…</source>
        <translation>Archivos sueltos o ZIP…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;report</source>
        <translation>&amp;Exportar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show figures for:</source>
        <translation>&amp;Mostrar cifras de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show figures for</source>
        <translation>Mostrar cifras de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importa los archivos de resumen que le han enviado los empleados. Se descifran con su clave en este equipo; los informes solo muestran grupos de personas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files that were not imported</source>
        <translation>Archivos que no se importaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was not imported</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;gures</source>
        <translation>Ci&amp;fras</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the folder with the summaries</source>
        <translation>Elija la carpeta con los resúmenes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose summary files or zip archives</source>
        <translation>Elija archivos de resumen o archivos ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Resúmenes (*.age *.txt *.asc *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Cancelando… No se conservará nada de esta importación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importados: %1; reemplazados: %2; rechazados: %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln file was already imported and is unchanged.</source>
        <translation>
            <numerusform>%Ln archivo ya estaba importado y no ha cambiado.</numerusform>
            <numerusform>%Ln archivos ya estaban importados y no han cambiado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln files were already imported and are unchanged.</source>
        <translation>
            <numerusform>%Ln archivo ya estaba importado y no ha cambiado.</numerusform>
            <numerusform>%Ln archivos ya estaban importados y no han cambiado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import could not run: %1</source>
        <translation>No se pudo realizar la importación: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It was encrypted for another key, not for this compliance team&apos;s key.</source>
        <translation>Se cifró para otra clave, no para la clave de este equipo de cumplimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged or was changed after it was encrypted.</source>
        <translation>El archivo está dañado o se modificó después de cifrarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a Candor summary.</source>
        <translation>No es un resumen de Candor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made by a Candor version this collector cannot read; update Candor.</source>
        <translation>Lo creó una versión de Candor que este recopilador no puede leer; actualiza Candor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another campaign.</source>
        <translation>Pertenece a otra campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was made with other privacy settings than this campaign&apos;s, so it was not counted.</source>
        <translation>Se creó con otra configuración de privacidad distinta de la de esta campaña, por lo que no se ha contado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is far larger than any summary, so it was not read.</source>
        <translation>Es mucho más grande que cualquier resumen, así que no se ha leído.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (permissions or a disk problem).</source>
        <translation>No se ha podido leer el archivo (permisos o un problema del disco).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It carries no participation code, and this campaign requires one.</source>
        <translation>No lleva código de participación y esta campaña lo exige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code is mistyped or was not issued for this campaign.</source>
        <translation>Su código de participación está mal escrito o no se emitió para esta campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its participation code was already used by another installation.</source>
        <translation>Su código de participación ya lo usó otra instalación.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Org &amp;units side by side</source>
        <translation>&amp;Unidades lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tre&amp;nds across campaigns</source>
        <translation>Tende&amp;ncias entre campañas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_worker.py" line="+55"/>
        <source>Counting… the view appears here when it is ready.</source>
        <translation>Contando… la vista aparecerá aquí cuando esté lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting the view</source>
        <translation>Contando la vista</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+33"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Uso no aprobado por herramienta: las 15 más frecuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Porcentaje de participantes que usaron cada herramienta sin que esté aprobada. La tabla de abajo incluye todas las herramientas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapproved use per tool</source>
        <translation>Uso no aprobado por herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy status</source>
        <translation>Estado según la política</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Unapproved use</source>
        <translation>Uso no aprobado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>By kind of tool</source>
        <translation>Por tipo de herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Uso no aprobado por tipo de herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool</source>
        <translation>Tipo de herramienta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <location line="+10"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Spend and licences</source>
        <translation>Gasto y licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI literacy (self-rated)</source>
        <translation>Conocimientos de IA (autoevaluados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knows the AI policy</source>
        <translation>Conoce la política de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training wanted</source>
        <translation>Formación deseada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training formats</source>
        <translation>Formatos de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and training</source>
        <translation>Conocimientos y formación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perception</source>
        <translation>Percepción</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Respondents by part of the organization</source>
        <translation>Participantes por área</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="+21"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved (not asked)</source>
        <translation>aprobada (no se pregunta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (so a hidden group cannot be worked out)</source>
        <translation>omitido (para que no pueda deducirse un grupo oculto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withheld (fewer than %1 outside this org unit)</source>
        <translation>omitido (menos de %1 fuera de esta área)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer than %1 people</source>
        <translation>menos de %1 personas</translation>
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
        <translation>%1 — demasiado incierto para actuar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+56"/>
        <source>%1 (withheld)</source>
        <translation>%1 (omitido)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Share of respondents</source>
        <translation>Porcentaje de participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="-42"/>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln respondents</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondents: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Headline findings</source>
        <translation>Resultados principales</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Finding</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>How to read this: no figure is shown from fewer than %n people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>
            <numerusform>Cómo leer esto: no se muestra ninguna cifra basada en menos de %n persona y, cuando en una tabla con total se oculta un grupo, también se oculta otro para que no pueda deducirse por resta. Los rangos son intervalos del 95&#xa0;% en torno a estimaciones que deshacen la aleatorización intencionada de cada resumen.</numerusform>
            <numerusform>Cómo leer esto: no se muestra ninguna cifra basada en menos de %n personas y, cuando en una tabla con total se oculta un grupo, también se oculta otro para que no pueda deducirse por resta. Los rangos son intervalos del 95&#xa0;% en torno a estimaciones que deshacen la aleatorización intencionada de cada resumen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-10"/>
        <source>%1 (%2 to %3)</source>
        <comment>an amount, then its 95% interval</comment>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (en conjunto; cada una con menos de %2 encuestados)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/view_parts.py" line="-6"/>
        <source>Share of respondents (%)</source>
        <translation>Proporción de encuestados (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="+129"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+4"/>
        <source>Group</source>
        <comment>first column of a dashboard table: the answer or group a row counts</comment>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../../desktop/ui/collector/view_parts.py" line="+3"/>
        <source>Respondents (n)</source>
        <translation>Encuestados (n)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Why people use tools the company did not provide</source>
        <translation>Por qué los empleados usan herramientas que la empresa no proporciona</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AI at work</source>
        <translation>La IA en el trabajo</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figure (95% interval)</source>
        <translation>Valor (intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each bar is a share of respondents; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Cada barra es una proporción de encuestados; la línea que la cruza es su intervalo del 95 %. Las barras rayadas son demasiado inciertas para actuar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What data goes where</source>
        <translation>Qué datos van a dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data classes</source>
        <translation>Tipos de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into unapproved tools</source>
        <translation>En herramientas no aprobadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Into personal accounts</source>
        <translation>En cuentas personales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Según el estado de la herramienta en la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind of account</source>
        <translation>Por tipo de cuenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Los desgloses por estado de la herramienta y tipo de cuenta requieren resúmenes enviados sin respuesta aleatorizada; los resúmenes de esta campaña están aleatorizados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Out-of-pocket spend</source>
        <translation>Gasto de su bolsillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools themselves</source>
        <translation>Pagan herramientas de IA de su bolsillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Gasto anual estimado de su bolsillo, por participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Gasto anual estimado de su bolsillo, todos los participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence candidates</source>
        <translation>Candidatas a licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Gasto anual de su bolsillo (estimación)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What employees pay themselves</source>
        <translation>Lo que pagan los empleados de su bolsillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly spend bands</source>
        <translation>Tramos de gasto mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Candidatas a licencia: herramientas que los empleados pagan de su bolsillo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Senior leaders&apos; own answers</source>
        <translation>Respuestas de la propia dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy&apos;s benchmark</source>
        <translation>Referencia de la política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perception gap</source>
        <translation>Brecha de percepción</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Employees agreeing</source>
        <translation>Empleados de acuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not set in the policy</source>
        <translation>no definida en la política</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leadership agreeing</source>
        <translation>Dirección de acuerdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leadership from</source>
        <translation>Origen de la dirección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers to the same statements; employees are everyone else.</source>
        <translation>La visión de la dirección procede de las propias respuestas de la alta dirección a las mismas afirmaciones; los empleados son todos los demás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from senior leaders&apos; own answers where both groups are large enough to show, and otherwise from the policy&apos;s benchmark, set against all respondents.</source>
        <translation>La visión de la dirección procede de las propias respuestas de la alta dirección donde ambos grupos son lo bastante grandes para mostrarse y, si no, de la referencia de la política, frente a todas las personas que respondieron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leadership&apos;s view comes from the policy&apos;s benchmark, set against all respondents. Senior leaders&apos; own answers are shown only for the whole campaign, and only when enough of them and of everyone else answered to show both without pointing at anyone.</source>
        <translation>La visión de la dirección procede de la referencia de la política, frente a todas las personas que respondieron. Las propias respuestas de la alta dirección solo se muestran para toda la campaña, y solo cuando han respondido suficientes personas de la dirección y del resto para mostrar ambas sin señalar a nadie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How employees see AI at work</source>
        <translation>Cómo ven los empleados la IA en el trabajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>La visión de la dirección y la de los empleados</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 points</source>
        <comment>a difference in percentage points; %1 has its sign</comment>
        <translation>
            <numerusform>%1 punto</numerusform>
            <numerusform>%1 puntos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of respondents for each answer.</source>
        <translation>Porcentaje de participantes para cada respuesta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/figure_words.py" line="-30"/>
        <source>%1 to %2</source>
        <comment>a band of amounts: from, to</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/turnout_view.py" line="+21"/>
        <source>Summaries against participation codes issued: %1 of %2.</source>
        <translation>Resúmenes frente a los códigos de participación emitidos: %1 de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than participation codes issued. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Advertencia: esta campaña tiene más resúmenes que códigos de participación emitidos. Algunos pueden estar falsificados o enviados dos veces; exija códigos de participación (submission.require_code) y compruebe cómo se repartieron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summaries against people invited: %1 of %2.</source>
        <translation>Resúmenes frente a las personas invitadas: %1 de %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: this campaign has more summaries than people invited. Some may be forged or sent twice; require participation codes (submission.require_code) and check how they were handed out.</source>
        <translation>Advertencia: esta campaña tiene más resúmenes que personas invitadas. Algunos pueden estar falsificados o enviados dos veces; exija códigos de participación (submission.require_code) y compruebe cómo se repartieron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="+205"/>
        <source>Policy updated</source>
        <translation>Política actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organization&apos;s policy was updated (%1). Your results now follow it; your answers are unchanged.</source>
        <translation>Se ha actualizado la política de su organización (%1). Sus resultados ya la siguen; sus respuestas no han cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>built-in defaults</source>
        <translation>valores predeterminados integrados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy problem</source>
        <translation>Problema con la política</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed and cannot be used, so Candor keeps the policy it read before. Your answers are not affected. Please tell your IT team.</source>
        <translation>%1 ha cambiado y no se puede usar, así que Candor mantiene la política que leyó antes. Sus respuestas no se ven afectadas. Avise a su equipo de TI.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="+43"/>
        <source>yes</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <comment>an answer shown in the summary preview</comment>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <comment>no monthly spend, in the summary preview</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tool you added yourself (%1)</source>
        <comment>%1 is the kind of tool, such as Chat assistant</comment>
        <translation>Una herramienta que agregó usted (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data: %1</source>
        <comment>%1 lists kinds of data put into a tool</comment>
        <translation>datos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend: %1</source>
        <comment>%1 is a monthly spending band</comment>
        <translation>gasto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why: %1</source>
        <comment>%1 lists the reasons given for using one tool rather than a company one</comment>
        <translation>motivos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the same for every export in this campaign, so a new one replaces the old; it does not identify you)</source>
        <comment>%1 is a random submission number</comment>
        <translation>%1 (es el mismo en todas las exportaciones de esta campaña, así que una nueva sustituye a la anterior; no le identifica)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included: the code you entered, ending in %1. It shows that one invited person sent this, not which one</source>
        <comment>%1 is the last four characters of the participation code</comment>
        <translation>incluido: el código que introdujo, que termina en %1. Muestra que una persona invitada envió esto, no cuál</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, questionnaire %2</source>
        <comment>%1 is Candor&apos;s version, %2 the questionnaire&apos;s version</comment>
        <translation>%1, cuestionario %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered</source>
        <comment>an answer in the summary preview</comment>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Randomized: each yes/no here was sent as you answered with a chance of %1 and flipped otherwise, so it may differ from your answer.</source>
        <comment>%1 is a percentage such as 75%</comment>
        <translation>Aleatorizado: cada sí/no de aquí se envió tal como respondió con una probabilidad del %1 y se invirtió en caso contrario, así que puede diferir de su respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Randomized: sent as you answered with a chance of %1, otherwise as one of the %2 other answers picked at random, so it may differ from your answer.</source>
        <comment>%1 is a percentage, %2 a number of answers</comment>
        <translation>Aleatorizado: se envió tal como respondió con una probabilidad del %1 y, si no, como una de las otras %2 respuestas elegida al azar, así que puede diferir de su respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every randomized answer is sent as given at most %1 times as often as any other answer (epsilon %2 per answer), so none of them proves anything about you on its own. This summary carries %3 randomized answers; answers that go together say more than one alone.</source>
        <comment>%1 a number such as 3, %2 the privacy parameter epsilon, %3 a number of answers</comment>
        <translation>Cada respuesta aleatorizada se envía tal cual como mucho %1 veces más a menudo que cualquier otra respuesta (épsilon %2 por respuesta), así que ninguna demuestra nada sobre usted por sí sola. Este resumen contiene %3 respuestas aleatorizadas; las respuestas relacionadas dicen más juntas que una sola.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Randomized response is off in this campaign: your answers are sent exactly as given.</source>
        <translation>La respuesta aleatorizada está desactivada en esta campaña: sus respuestas se envían exactamente como las dio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (randomized)</source>
        <comment>a value in the summary preview that was randomized and may differ from the answer given; %1 is the value</comment>
        <translation>%1 (aleatorizado)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview and export your summary</source>
        <translation>Revisar y exportar su resumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is everything that would be sent</source>
        <translation>Esto es todo lo que se enviaría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Nada más sale de este equipo: ni su nombre, ni notas u otros textos que haya escrito, ni nombres de herramientas que haya agregado usted, ni fechas. Solo va adonde usted lo ponga, cifrado para que únicamente el equipo de cumplimiento de su organización pueda abrirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. Your organization&apos;s policy allows summaries without encryption, so anyone who gets the file can read it.</source>
        <translation>Nada más sale de este equipo: ni su nombre, ni notas u otros textos que haya escrito, ni nombres de herramientas que haya agregado usted, ni fechas. La política de su organización permite resúmenes sin cifrar, así que cualquiera que obtenga el archivo podrá leerlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every answer below is randomized on purpose, except the groups you choose to include: each may have been changed by chance, so it can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Todas las respuestas de abajo se aleatorizan a propósito, salvo los grupos que decida incluir: cada una puede haberse cambiado al azar, así que puede diferir de lo que respondió, y ningún resumen demuestra nada sobre usted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include my part of the organization</source>
        <translation>Incluir mi área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my role level</source>
        <translation>Incluir mi nivel jerárquico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include how I see AI at work</source>
        <translation>Incluir cómo veo la IA en el trabajo</translation>
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
        <translation> (sin responder)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The summary in plain words</source>
        <translation>El resumen en palabras sencillas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>El resumen tal como se envía (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In plain words</source>
        <translation>En palabras sencillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Tal como se envía (JSON)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Put in %1</source>
        <translation>&amp;Dejar en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your organization&apos;s policy names no compliance key to encrypt summaries for, so Candor will not export one. Ask your IT team to add the compliance recipient to the policy.</source>
        <translation>La política de su organización no indica ninguna clave del equipo de cumplimiento con la que cifrar los resúmenes, así que Candor no exportará ninguno. Pida a su equipo de TI que agregue el destinatario de cumplimiento a la política.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>About this summary</source>
        <translation>Sobre este resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About you (you chose to include this)</source>
        <translation>Sobre usted (eligió incluirlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use (randomized answers)</source>
        <translation>Su uso de la IA (respuestas aleatorizadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your AI use</source>
        <translation>Su uso de la IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Training</source>
        <comment>courses for employees, not a model learning</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>How you see AI at work (you chose to include this)</source>
        <translation>Cómo ve la IA en el trabajo (eligió incluirlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you see AI at work (randomized; not answered unless you include it)</source>
        <translation>Cómo ve la IA en el trabajo (aleatorizado; «sin respuesta» salvo que lo incluya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How AI is run at your work</source>
        <translation>Cómo se gestiona la IA en su trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How your answers are protected</source>
        <translation>Cómo se protegen sus respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used any AI tool that is not approved</source>
        <translation>Usó alguna herramienta de IA no aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into a tool that is not approved or a personal account</source>
        <translation>Introdujo datos sensibles en una herramienta no aprobada o en una cuenta personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission number</source>
        <translation>Número de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation code</source>
        <translation>Código de participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor and questionnaire version</source>
        <translation>Versión de Candor y del cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your part of the organization</source>
        <translation>Su área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role level</source>
        <translation>Su nivel jerárquico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools used without approval</source>
        <translation>Herramientas usadas sin aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into tools that are not approved</source>
        <translation>Datos introducidos en herramientas no aprobadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data put into personal accounts</source>
        <translation>Datos introducidos en cuentas personales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays for AI tools personally</source>
        <translation>Pago de herramientas de IA de su bolsillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you use tools the company did not provide</source>
        <translation>Por qué usa herramientas que la empresa no proporciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly personal spend</source>
        <translation>Gasto personal mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the participation code from your card to export: this campaign counts only summaries with a code.</source>
        <translation>Introduzca el código de participación de su tarjeta para exportar: esta campaña solo cuenta resúmenes con código.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Copiado. Péguelo donde le haya indicado su organización; es texto cifrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put in the folder as %1.</source>
        <translation>Dejado en la carpeta como %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>No se ha exportado: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save your summary</source>
        <translation>Guardar su resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Resúmenes de Candor (*.age *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/code_entry.py" line="+12"/>
        <source>Your summary goes to the trustee&apos;s folder, not straight to compliance. The trustee passes summaries on only in batches of at least %1, with new file names, one time for all and in a shuffled order, so compliance cannot see who saved which file, or when.</source>
        <translation>Su resumen va a la carpeta de la persona de confianza, no directamente a cumplimiento. Esta pasa los resúmenes solo en lotes de al menos %1, con nombres de archivo nuevos, una misma hora y en orden mezclado, así que cumplimiento no puede ver quién guardó cada archivo ni cuándo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your summary goes into the compliance drop folder. The folder shows who saved a file and when; the encryption hides what it says.</source>
        <translation>Su resumen va a la carpeta de entrega de cumplimiento. La carpeta muestra quién guardó un archivo y cuándo; el cifrado oculta lo que dice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save or copy your summary and send it the way your organization asked. Whoever receives it (an e-mail, a share) can see who sent it and when; the encryption hides what it says.</source>
        <translation>Guarde o copie su resumen y envíelo como pidió su organización. Quien lo reciba (un correo, una carpeta compartida) puede ver quién lo envió y cuándo; el cifrado oculta lo que dice.</translation>
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
        <translation>Se queda en este equipo. Nunca se incluye en ningún resumen.</translation>
    </message>
</context>
<context>
    <name>Headlines</name>
    <message>
        <location filename="../../desktop/collector/headlines.py" line="+24"/>
        <source>Used at least one AI tool that is not approved</source>
        <extracomment>What each headline figure is, in one table: the trends and the reports print the English, the window shows it translated (context &quot;Headlines&quot;). &quot;%1&quot; is the headline&apos;s subject (a tool, a data class, a candidate).</extracomment>
        <translation>Usó al menos una herramienta de IA no aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put sensitive data into an unapproved tool or a personal account</source>
        <translation>Introdujo datos sensibles en una herramienta no aprobada o una cuenta personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used %1 without approval (the highest share of any tool)</source>
        <translation>Usaron %1 sin aprobación (la mayor proporción de todas las herramientas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this data into an AI tool that is not approved: %1</source>
        <translation>Introdujeron estos datos en una herramienta de IA no aprobada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for AI tools out of their own pocket</source>
        <translation>Pagan herramientas de IA de su bolsillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly out-of-pocket spend, all respondents (estimated from spend bands)</source>
        <translation>Gasto propio anual, todos los encuestados (estimado a partir de los tramos de gasto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand for %1, the leading licence candidate</source>
        <translation>Demanda de %1, el principal candidato a licencia</translation>
    </message>
</context>
<context>
    <name>HeldBackWords</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/collector/held_back.py" line="+27"/>
        <source>Only %n new summary has come in since figures were last released. Showing new figures now would let anyone who compares them with the earlier ones work out that person&apos;s answers.</source>
        <translation>
            <numerusform>Solo ha llegado %n resumen nuevo desde la última vez que se publicaron cifras. Mostrar cifras nuevas ahora permitiría a cualquiera que las compare con las anteriores deducir las respuestas de esa persona.</numerusform>
            <numerusform>Solo %n resúmenes difieren de los que hay detrás de las últimas cifras publicadas (nuevos; uno reenviado con otras respuestas cuenta dos veces, como versión antigua y nueva). Mostrar cifras nuevas ahora permitiría a cualquiera que las compare con las anteriores deducir las respuestas de esas personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Only the summaries of %n people differ from those behind the figures released last (new ones, or sent again with other answers). Showing new figures now would let anyone who compares them with the earlier ones work out those people&apos;s answers.</source>
        <translation>
            <numerusform>Solo el resumen de %n persona difiere de los que hay detrás de las últimas cifras publicadas (nuevo, o enviado de nuevo con otras respuestas). Mostrar cifras nuevas ahora permitiría a cualquiera que las compare con las anteriores deducir las respuestas de esa persona.</numerusform>
            <numerusform>Solo los resúmenes de %n personas difieren de los que hay detrás de las últimas cifras publicadas (nuevos, o enviados de nuevo con otras respuestas). Mostrar cifras nuevas ahora permitiría a cualquiera que las compare con las anteriores deducir las respuestas de esas personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more summary must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Hay que importar %n resumen más antes de poder mostrar cifras nuevas.</numerusform>
            <numerusform>Hay que importar %n resúmenes más antes de poder mostrar cifras nuevas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more summaries must be imported before new figures can be shown.</source>
        <translation>
            <numerusform>Hay que importar %n resumen más antes de poder mostrar cifras nuevas.</numerusform>
            <numerusform>Hay que importar %n resúmenes más antes de poder mostrar cifras nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last released figures were shown on this dashboard on %1.</source>
        <translation>Las últimas cifras publicadas se mostraron en este panel el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last released figures are in the %1 report saved as %2 on %3; use that report until then.</source>
        <comment>%1: HTML, PDF, CSV or JSON; %2: its file; %3: date and time</comment>
        <translation>Las últimas cifras publicadas están en el informe %1 guardado como %2 el %3; use ese informe hasta entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New figures are held back to protect a few people</source>
        <translation>Las cifras nuevas se retienen para proteger a unas pocas personas</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="+18"/>
        <location line="+1"/>
        <source>How Candor protects you</source>
        <translation>Cómo le protege Candor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers, notes and results stay on this computer, encrypted. Nobody else can open them.</source>
        <translation>Sus respuestas, notas y resultados se quedan en este equipo, cifrados. Nadie más puede abrirlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing leaves by itself. Only when you export, a summary leaves: no name, no free text, no notes, no dates, and you see every field first.</source>
        <translation>Nada sale por sí solo. Solo cuando usted exporta sale un resumen: sin nombre, sin texto libre, sin notas, sin fechas, y usted ve cada campo antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some answers in the summary are randomized on purpose, so no single summary proves what you answered.</source>
        <translation>Algunas respuestas del resumen se aleatorizan a propósito, para que ningún resumen por sí solo demuestre lo que respondió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary is encrypted for your organization&apos;s compliance team; they see only figures combined from at least %1 people.</source>
        <translation>El resumen se cifra para el equipo de cumplimiento de su organización; solo ve cifras que agrupan al menos a %1 personas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings, Delete all my data, removes everything Candor keeps here, including its key.</source>
        <translation>En Ajustes, «Borrar todos mis datos» elimina todo lo que Candor guarda aquí, incluida su clave.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions?</source>
        <translation>¿Preguntas?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ask %1: %2</source>
        <translation>Pregunte a %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not named a contact in its policy; ask your IT or compliance team.</source>
        <translation>%1 no ha indicado un contacto en su política; pregunte a su equipo de TI o de cumplimiento.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="+51"/>
        <location line="+1"/>
        <source>Your history</source>
        <translation>Su historial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Todavía no hay autoevaluaciones completadas. Cuando termine una, aparecerá aquí; las siguientes mostrarán cómo cambian su riesgo y su gasto con el tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Past assessments</source>
        <translation>Autoevaluaciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+42"/>
        <location line="+10"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+40"/>
        <location line="+2"/>
        <source>Overall risk</source>
        <translation>Riesgo global</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+51"/>
        <source>Yearly out-of-pocket</source>
        <translation>Gasto anual de su bolsillo</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Abrir resultados (solo lectura)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overall risk over time</source>
        <translation>Evolución del riesgo global</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels: %1.</source>
        <translation>Niveles: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <comment>a risk level&apos;s number and name</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yearly out-of-pocket spend over time (%1)</source>
        <translation>Evolución del gasto anual de su bolsillo (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly spend</source>
        <translation>Gasto anual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Estimado a partir de los tramos de gasto que eligió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Después de su próxima autoevaluación, esta página mostrará cómo han cambiado las cosas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Summaries you exported</source>
        <translation>Resúmenes que exportó</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Ninguno todavía. Nada ha salido de este equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The exported summary, exactly as sent</source>
        <translation>El resumen exportado, tal como se envió</translation>
    </message>
</context>
<context>
    <name>IntervalChart</name>
    <message>
        <location filename="../../desktop/ui/interval_chart.py" line="+52"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too uncertain to act on</source>
        <translation>Demasiado incierto para actuar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: 95% interval</source>
        <comment>%1 names the bar</comment>
        <translation>%1: intervalo del 95 %</translation>
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
        <translation>Problema con la política</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>No se pudo usar %1, así que Candor funciona sin esa política. Sus respuestas no se ven afectadas. Avise a su equipo de TI.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 cannot be used, so exporting a summary is turned off until it is fixed. Candor still works and your answers are not affected. Please tell your IT team.</source>
        <translation>No se puede usar %1, así que la exportación de un resumen está desactivada hasta que se corrija. Candor sigue funcionando y sus respuestas no se ven afectadas. Avise a su equipo de TI.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your organization&apos;s policy locks some settings, so these changes were not used: %1. If you did not make them, please tell your IT team.</source>
        <translation>La política de su organización bloquea algunos ajustes, así que estos cambios no se aplicaron: %1. Si no los hizo usted, avise a su equipo de TI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy settings kept</source>
        <translation>Ajustes de la política conservados</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Candor &amp;protects you…</source>
        <translation>Cómo le &amp;protege Candor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
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
        <translation>%1: detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="+45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Agregar una herramienta no incluida en la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Su nombre se queda en este equipo; solo el tipo de herramienta puede formar parte de un resumen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tool name</source>
        <translation>Nombre de la herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of a tool that is not listed</source>
        <translation>Nombre de una herramienta no incluida en la lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of tool</source>
        <translation>Tipo de herramienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of tool…</source>
        <translation>Tipo de herramienta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add this tool</source>
        <translation>Agregar esta herramienta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the tool&apos;s name first.</source>
        <extracomment>The name last carried over from the picker&apos;s filter (replaced as the filter changes).</extracomment>
        <translation>Escriba primero el nombre de la herramienta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Elija qué tipo de herramienta es y pulse Agregar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+35"/>
        <source>Choose a passphrase</source>
        <extracomment>ask(creating, explanation, error): the passphrase typed, or None when the person cancelled. The unlock gates (the employee&apos;s store, the collector database) ask through one; tests hand in a scripted one.</extracomment>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock your answers</source>
        <translation>Desbloquear sus respuestas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>At least %n characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>
            <numerusform>Al menos %n carácter. Candor no puede recuperarla: si la olvida, sus respuestas guardadas solo se podrán eliminar.</numerusform>
            <numerusform>Al menos %n caracteres. Candor no puede recuperarla: si la olvida, sus respuestas guardadas solo se podrán eliminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use al menos %n carácter.</numerusform>
            <numerusform>Use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>PolicyWords</name>
    <message>
        <location filename="../../desktop/ui/policy_words.py" line="-20"/>
        <source>Your organization</source>
        <comment>stands in for the organization&apos;s name when its policy gives none</comment>
        <translation>Su organización</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>has errors</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>contiene errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a folder, not a file</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could be changed without administrator rights</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>podría modificarse sin permisos de administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was changed after Candor was built</source>
        <comment>the organization&apos;s policy file ...</comment>
        <translation>se modificó después de compilar esta versión de Candor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your organization&apos;s policy %1 %2, so Candor will not export a summary until it is fixed. Please tell your IT team.</source>
        <translation>La política de su organización %1 %2, así que Candor no exportará ningún resumen hasta que se corrija. Avise a su equipo de TI.</translation>
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
        <translation>Progreso de la autoevaluación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Less than a minute left</source>
        <translation>Queda menos de un minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About a minute left</source>
        <translation>Queda alrededor de un minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Queda alrededor de %n minuto</numerusform>
            <numerusform>Quedan alrededor de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%p% done</source>
        <translation>%p % hecho</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="+27"/>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Please answer this question.</source>
        <translation>Responda a esta pregunta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/collector/vocabulary.py" line="+32"/>
        <source>Approved</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>Tolerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prohibited</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>No permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not listed</source>
        <comment>a tool&apos;s status under the policy</comment>
        <translation>No incluida en la lista</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Other units</source>
        <comment>small org units merged into one</comment>
        <translation>Otras áreas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other roles</source>
        <comment>small role levels merged into one</comment>
        <translation>Otros niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <comment>respondents who gave no answer</comment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <comment>no personal spend on AI tools</comment>
        <translation>Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <comment>respondents who left it out</comment>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other tools (%1)</source>
        <comment>%1 is a kind of tool</comment>
        <translation>Otras herramientas (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+63"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 and %2</source>
        <comment>two values of epsilon</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <comment>a range of epsilon values</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+22"/>
        <source>Every figure is withheld: this org unit has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <extracomment>(text, translator comment or None) per note code.</extracomment>
        <translation>Se omiten todas las cifras: esta área tiene menos de %1 participantes (el tamaño mínimo de grupo de la política), así que no se podría mostrar ninguna cifra sin señalar a personas concretas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: this campaign has fewer than %1 respondents (the policy&apos;s minimum group size), so no figure could be shown without pointing at individuals.</source>
        <translation>Se omiten todas las cifras: esta campaña tiene menos de %1 participantes (el tamaño mínimo de grupo de la política), así que no se podría mostrar ninguna cifra sin señalar a personas concretas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: fewer than %1 respondents are outside this org unit, so subtracting this report from the whole-campaign report would reveal their answers.</source>
        <translation>Se omiten todas las cifras: hay menos de %1 participantes fuera de esta área, así que restar este informe del informe de toda la campaña revelaría sus respuestas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every figure is withheld: the whole-campaign report hides how many respondents this org unit has, so that a unit with fewer than %1 cannot be worked out by subtraction; a report of this unit would reveal it.</source>
        <translation>Se omiten todas las cifras: el informe de toda la campaña oculta cuántos participantes tiene esta área, para que no pueda deducirse por resta un área con menos de %1; un informe de esta área lo revelaría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No figure comes from fewer than %1 respondents (the policy&apos;s minimum group size). A share counted exactly is also withheld when fewer than %1 people lack the answer. Where a breakdown shows its total, further cells are withheld until someone who knows this rule and sees every figure still cannot narrow a withheld cell down: one withheld as fewer than %1 could be any of 1 to %2, any other has at least %1 possible values. A breakdown for which that is not possible shows nothing.</source>
        <translation>Ninguna cifra se basa en menos de %1 participantes (el tamaño mínimo de grupo de la política). Un porcentaje contado con exactitud también se omite cuando menos de %1 personas no tienen esa respuesta. Cuando un desglose muestra su total, se omiten más celdas hasta que ni siquiera alguien que conoce esta regla y ve todas las cifras pueda acotar una celda omitida: una de menos de %1 podría valer de 1 a %2, cualquier otra tiene al menos %1 valores posibles. Un desglose para el que eso no es posible no muestra nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every answer but the org unit and role level was randomized on each employee&apos;s laptop before it was sent (randomized response), so no single summary proves anything about its author. The collector removes the bias from many summaries; the result is an estimate with a 95% confidence interval.</source>
        <translation>Todas las respuestas salvo la unidad organizativa y el nivel de puesto se aleatorizaron en el portátil de cada empleado antes de enviarse (respuesta aleatorizada), así que ningún resumen demuestra nada sobre su autor. El recopilador corrige el sesgo a partir de muchos resúmenes; el resultado es una estimación con un intervalo de confianza del 95 %.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/report_words.py" line="+19"/>
        <source>several</source>
        <translation>varias</translation>
    </message>
    <message>
        <location filename="../../desktop/collector/report_notes.py" line="+5"/>
        <source>The privacy guarantee is per item: each randomized answer on its own is epsilon-differentially private with epsilon = %1, so the true answer is sent at most %3 times as often as any other. One summary carries %4 such answers; the bound for everything in one summary together is epsilon = %2 (their sum), and answers that go together say more than any one alone.</source>
        <comment>%1: epsilon per answer; %2: epsilon of one whole summary; %3: a number such as 3; %4: a count</comment>
        <translation>La garantía de privacidad es por elemento: cada respuesta aleatorizada es, por sí sola, épsilon-diferencialmente privada con épsilon = %1, así que la respuesta verdadera se envía como mucho %3 veces más a menudo que cualquier otra. Un resumen contiene %4 respuestas así; el límite para todo un resumen es épsilon = %2 (su suma), y las respuestas relacionadas dicen más juntas que una sola.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stored summaries were left out of every figure: they were made with other privacy settings than the campaign&apos;s, or by an older Candor whose answers were not all protected. Ask their senders to export again with the current Candor.</source>
        <comment>%1 is a number of summaries</comment>
        <translation>%1 resúmenes guardados se han dejado fuera de todas las cifras: se crearon con otra configuración de privacidad distinta de la de la campaña, o con una versión anterior de Candor cuyas respuestas no estaban todas protegidas. Pida a quienes los enviaron que los exporten de nuevo con el Candor actual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimates whose 95% interval reaches more than 15 percentage points either side are flagged as too wide to act on.</source>
        <translation>Las estimaciones cuyo intervalo del 95&#xa0;% se extiende más de 15 puntos porcentuales a cada lado se marcan como demasiado amplias para actuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With randomized response, each tool is randomized on its own, so the share using any tool of a category cannot be recovered. A category&apos;s figure is the highest estimate among its tools, read as &quot;at least&quot;: the share using some tool of the category is at least that tool&apos;s share. Being the highest of several noisy estimates, it may sit above that tool&apos;s true share; its interval shows by how much it can be off.</source>
        <translation>Con la respuesta aleatorizada, cada herramienta se aleatoriza por separado, así que no puede recuperarse el porcentaje que usa alguna herramienta de una categoría. La cifra de una categoría es la estimación más alta entre sus herramientas, leída como «al menos»: el porcentaje que usa alguna herramienta de la categoría es al menos el de esa herramienta. Al ser la más alta de varias estimaciones con ruido, puede quedar por encima del porcentaje real de esa herramienta; su intervalo muestra cuánto puede desviarse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With randomized response, what people pay per tool cannot be derived (paying and using a tool are randomized separately), so license candidates are the tools with a business tier that does not train on inputs, ranked by their unapproved-use estimate and risk.</source>
        <translation>Con la respuesta aleatorizada no puede deducirse lo que paga la gente por herramienta (pagar y usar una herramienta se aleatorizan por separado), así que las candidatas a licencia son las herramientas con un plan para empresas sin entrenamiento con lo que se escribe, ordenadas por su estimación de uso no aprobado y su riesgo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spend figures are estimates: each monthly band counts at its midpoint (an open-ended band at 1.5 times its lower bound), times twelve months. The total extrapolates the mean to all respondents; it is not a sum of reported amounts.</source>
        <translation>Las cifras de gasto son estimaciones: cada tramo mensual cuenta por su punto medio (un tramo sin límite superior, por 1,5 veces su límite inferior), multiplicado por doce meses. El total extrapola la media a todos los participantes; no es una suma de importes declarados.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>License candidates are ranked by demand, raised by %1% for each risk: the tool trains on inputs by default, or the policy prohibits it.</source>
        <comment>%1 is a number of percent</comment>
        <translation>Las candidatas a licencia se ordenan por demanda, aumentada un %1&#xa0;% por cada riesgo: que la herramienta entrene con lo que se escribe de forma predeterminada o que la política no la permita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A figure counted exactly is also withheld here when the whole-campaign report minus this one, and minus the reports of any other org units, would show fewer than %1 people for it.</source>
        <translation>Una cifra contada exactamente también se oculta aquí cuando el informe de toda la campaña, menos este y menos los informes de cualquier otra unidad organizativa, mostraría menos de %1 personas para ella.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Each tool&apos;s yearly out-of-pocket spend is shown only as a band at least twice as wide as the most one person can add to it in a year, so that it cannot be decoded into the spend bands of the people who pay.</source>
        <translation>El gasto anual de bolsillo por herramienta solo se muestra como un intervalo al menos el doble de amplio que lo que una persona puede aportar en un año, para que no pueda deducirse de él el tramo de gasto de cada persona que paga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org-unit reports show who pays for each tool but not how much: set beside the whole-campaign report&apos;s band, the unit&apos;s would narrow both.</source>
        <translation>Los informes por área muestran quién paga cada herramienta, pero no cuánto: junto al intervalo del informe de toda la campaña, el del área acotaría ambos.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="+67"/>
        <source>Approved by your organization</source>
        <extracomment>Builds the page on screen again (after the policy changed); None when none is shown.</extracomment>
        <translation>Aprobada por su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerated by your organization</source>
        <translation>Tolerada por su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>No permitida por su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>No está en la lista de herramientas aprobadas de su organización</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your results from %1</source>
        <translation>Sus resultados del %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your results</source>
        <translation>Sus resultados</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved as a file</source>
        <translation>Guardado como archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied as text</source>
        <translation>Copiado como texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the drop folder</source>
        <translation>Dejado en la carpeta de entrega</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>your answers to the workplace questions</source>
        <translation>sus respuestas a las preguntas sobre el trabajo</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="+146"/>
        <source>Overall: %1</source>
        <translation>Global: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your action plan</source>
        <translation>Su plan de acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>No hay nada que cambiar por ahora. Siga así.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Las marcas de entonces, como referencia. Su plan actual está en sus últimos resultados.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your tools</source>
        <translation>Sus herramientas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Nos dijo que no ha usado herramientas de IA para el trabajo en los últimos 30 días.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What AI tools cost you</source>
        <translation>Lo que le cuestan las herramientas de IA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 a month (estimate)</source>
        <comment>a tool and what it costs</comment>
        <translation>%1: %2 al mes (estimación)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Learning that may help</source>
        <translation>Formación que puede ayudarle</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>&amp;Exportar un resumen para el equipo de cumplimiento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Revise un resumen anonimizado de estos resultados y después guárdelo o cópielo. No se envía nada automáticamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Do this first</source>
        <translation>Haga esto primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For all your tools</source>
        <translation>Para todas sus herramientas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <comment>a tool&apos;s name: the actions about that tool</comment>
        <translation>Para %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>No paga de su bolsillo herramientas de IA para el trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Las herramientas de IA que paga usted cuestan unos %1 al mes, unos %2 al año.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk per tool</source>
        <translation>Riesgo por herramienta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Niveles de riesgo del 1 (bajo) al 4 (crítico). %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kinds of non-public data</source>
        <translation>Tipos de datos no públicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data you put into each tool</source>
        <translation>Datos que introduce en cada herramienta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <location filename="../../desktop/ui/save_guard.py" line="+85"/>
        <source>Not saved</source>
        <extracomment>How often an unsaved state is tried again by itself.</extracomment>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your latest answers are still on screen but could not be saved. Candor keeps trying; if you close it now, they are lost.</source>
        <translation>Sus últimas respuestas siguen en pantalla, pero no se pudieron guardar. Candor sigue intentándolo; si lo cierra ahora, se perderán.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try saving again</source>
        <translation>Volver a intentar guardar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candor can save again: all your answers are saved now.</source>
        <translation>Candor ya puede guardar de nuevo: todas sus respuestas están guardadas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your latest answers are not saved</source>
        <translation>Sus últimas respuestas no están guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

If you leave now, the answers you gave since then are lost.</source>
        <translation>%1

Si sale ahora, se perderán las respuestas que haya dado desde entonces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stay here</source>
        <translation>Quedarme aquí</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../desktop/ui/settings_flow.py" line="+73"/>
        <source>Delete all your Candor data?</source>
        <translation>¿Eliminar todos sus datos de Candor?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Se eliminarán todas las respuestas, los resultados y la configuración que Candor guarda en este equipo, así como la clave que los cifra. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Se han eliminado de este equipo todos sus datos de Candor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>No se pudo quitar la clave de su administrador de contraseñas: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="+37"/>
        <location line="+66"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candor now speaks this language. Your answers are kept: an assessment in progress continues where you left off.</source>
        <translation>Candor ya usa este idioma. Sus respuestas se conservan: una autoevaluación en curso continúa donde la dejó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answers and results are kept only in this folder, encrypted. Two files there are plain text: preferences.ini (theme and language) and the support log in logs (events such as &quot;started&quot;, never answers). The folder:</source>
        <translation>Sus respuestas y resultados se guardan solo en esta carpeta, cifrados. Dos archivos allí son texto sin cifrar: preferences.ini (tema e idioma) y el registro de soporte en logs (eventos como «iniciado», nunca respuestas). La carpeta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Elimine todas las respuestas, los resultados y la configuración que Candor guarda en este equipo, así como la clave que los cifra. Los resúmenes que ya envió no se ven afectados. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Eliminar todos mis datos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>Atrá&amp;s</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="+51"/>
        <source>Your saved answers could not be read</source>
        <translation>No se pudieron leer sus respuestas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor ha guardado el archivo dañado como %1 en su carpeta de datos y ha empezado de cero junto a él. Nada de lo que responda a partir de ahora se ve afectado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Candor cannot open your data</source>
        <translation>Candor no puede abrir sus datos</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Sus respuestas están protegidas con una frase de contraseña. Escríbala para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Sus respuestas están bloqueadas. Para desbloquearlas, vuelva a empezar o a continuar la autoevaluación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor necesita una clave para cifrar sus respuestas. Para configurarla, vuelva a empezar la autoevaluación.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor guarda la clave de sus respuestas en el administrador de contraseñas del sistema, pero ahora mismo no se puede usar: %1

Elija su frase de contraseña a continuación; la escribirá cada vez que abra Candor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your answers cannot be unlocked</source>
        <translation>No se pueden desbloquear sus respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Si se quitó la clave de su administrador de contraseñas, ya nadie podrá leer las respuestas guardadas. Puede volver a intentarlo (por ejemplo, después de restaurar la clave) o eliminarlas y empezar de cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Delete my saved answers</source>
        <translation>Eliminar mis respuestas guardadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete your saved answers?</source>
        <translation>¿Eliminar sus respuestas guardadas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Se eliminarán todas las respuestas guardadas en Candor en este equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password manager is not available</source>
        <translation>Su administrador de contraseñas no está disponible</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../desktop/ui/store_messages.py" line="+23"/>
        <source>That passphrase does not unlock Candor&apos;s data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Esa frase de contraseña no desbloquea los datos de Candor. Compruebe Bloq Mayús y la distribución del teclado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase needs at least %1 characters; this one has %2. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres; esta tiene %2. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keyring is locked. Unlock it (log in again or open your keyring app), then retry.</source>
        <translation>El llavero del sistema está bloqueado. Desbloquéelo (vuelva a iniciar sesión o abra su aplicación de llavero) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no system keyring Candor can use to keep its key.</source>
        <translation>Este equipo no tiene ningún llavero del sistema que Candor pueda usar para guardar su clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candor&apos;s data exists, but the key that opens it is gone from the system keyring (or is not this data&apos;s key), so the data cannot be decrypted. Restore the keyring entry from a backup, or delete Candor&apos;s data and start again.</source>
        <translation>Los datos de Candor existen, pero la clave que los abre ya no está en el llavero del sistema (o no es la de estos datos), así que no se pueden descifrar. Restaure la entrada del llavero desde una copia de seguridad, o elimine los datos de Candor y empiece de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not work (%1). Retry, or protect your answers with a passphrase instead.</source>
        <translation>El llavero del sistema no ha funcionado (%1). Vuelva a intentarlo o proteja sus respuestas con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk holding Candor&apos;s data folder %1 is full. Free some space on it and start Candor again, or choose another folder with --data-dir or %2.</source>
        <translation>El disco que contiene la carpeta de datos de Candor %1 está lleno. Libere espacio en él y vuelva a abrir Candor, o elija otra carpeta con --data-dir o %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor cannot write in its data folder %1: it is read-only or you lack permission. Make the folder writable for your user, or choose another folder with --data-dir or %2.</source>
        <translation>Candor no puede escribir en su carpeta de datos %1: es de solo lectura o no tiene permiso. Haga que su usuario pueda escribir en la carpeta, o elija otra carpeta con --data-dir o %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor cannot write in its data folder %1: %3. Check the disk and the folder&apos;s permissions, or choose another folder with --data-dir or %2.</source>
        <translation>Candor no puede escribir en su carpeta de datos %1: %3. Compruebe el disco y los permisos de la carpeta, o elija otra carpeta con --data-dir o %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor could not save to %1: the disk is full. Free some space on that disk; your earlier answers are safe.</source>
        <translation>Candor no ha podido guardar en %1: el disco está lleno. Libere espacio en ese disco; sus respuestas anteriores están a salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: the folder is read-only or you lack permission. Make it writable for your user again; your earlier answers are safe.</source>
        <translation>Candor no ha podido guardar en %1: la carpeta es de solo lectura o no tiene permiso. Haga que su usuario pueda volver a escribir en ella; sus respuestas anteriores están a salvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candor could not save to %1: %2. Check the disk and the folder&apos;s permissions; your earlier answers are safe.</source>
        <translation>Candor no ha podido guardar en %1: %2. Compruebe el disco y los permisos de la carpeta; sus respuestas anteriores están a salvo.</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="-135"/>
        <source>Your organization&apos;s note: %1</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Nota de su organización: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="+66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Filtrar herramientas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter tools</source>
        <translation>Filtrar herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Escriba parte del nombre de una herramienta o de un proveedor para acortar la lista.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>No he usado ninguna herramienta de IA para el trabajo en los últimos 30 días</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved by your organization</source>
        <translation>Aprobada por su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with care by your organization</source>
        <translation>Permitida con precaución por su organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed by your organization</source>
        <translation>No permitida por su organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your organization&apos;s policy</source>
        <translation>No figura en la política de su organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Ninguna herramienta de la lista coincide con «%1». Puede agregarla abajo como herramienta no incluida en la lista.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n selected</source>
        <comment>how many tools are ticked</comment>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <location filename="../../desktop/ui/collector/trend_view.py" line="+27"/>
        <source>not compared (asked in only one campaign)</source>
        <translation>no comparado (preguntado en una sola campaña)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not compared (withheld in %1)</source>
        <translation>no comparado (retenido en %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 points (%2 to %3)</source>
        <comment>a change and its 95% interval</comment>
        <translation>%1 puntos (%2 a %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — too uncertain to act on</source>
        <translation>%1 — demasiado incierto para actuar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (not compared)</source>
        <translation>%1 (no comparado)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change in percentage points</source>
        <translation>Cambio en puntos porcentuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (95% interval)</source>
        <translation>Cambio (intervalo del 95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each bar is the change in a share; the line across it is the 95% interval of the change. Hatched bars are too uncertain to act on.</source>
        <translation>Cada barra es el cambio de una proporción; la línea que la cruza es el intervalo del 95 % del cambio. Las barras rayadas son demasiado inciertas para actuar.</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../../desktop/ui/unexpected_notice.py" line="+14"/>
        <source>Candor ran into an unexpected error (%1). What was saved is kept, and nothing was sent. If Candor does not work as it should now, close it and start it again. Its log names the error and where it happened, without anything you entered; your IT team may ask for it.</source>
        <comment>%1 is the kind of error, e.g. ValueError</comment>
        <translation>Candor ha encontrado un error inesperado (%1). Lo guardado se conserva y no se ha enviado nada. Si Candor no funciona como debería, ciérrelo y vuelva a abrirlo. Su registro indica el error y dónde ocurrió, sin nada de lo que usted escribió; su equipo de TI puede pedírselo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../desktop/ui/collector/units_view.py" line="+26"/>
        <source>%1 (together; each has fewer than %2 respondents)</source>
        <translation>%1 (juntas; cada una tiene menos de %2 participantes)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Org units side by side</source>
        <translation>Unidades lado a lado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each org unit&apos;s figures are those of its own report, under the same rules. Units with fewer than %1 respondents are merged into “Other units”; that group and the respondents who stated no unit show no figures of their own, since with the whole campaign&apos;s figure and every unit shown they would give a withheld unit&apos;s figure away by subtraction.</source>
        <translation>Las cifras de cada unidad son las de su propio informe, con las mismas reglas. Las unidades con menos de %1 participantes se agrupan en «Otras unidades»; ese grupo y quienes no indicaron unidad no muestran cifras propias, pues con la cifra de toda la campaña y cada unidad mostrada revelarían por resta la cifra de una unidad retenida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, by org unit</source>
        <translation>%1, por unidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of respondents (%)</source>
        <translation>Proporción de participantes (%)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+14"/>
        <source>Org unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Share of respondents</source>
        <translation>Proporción de participantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respondents (n)</source>
        <translation>Participantes (n)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each bar is a unit&apos;s share; the line across it is its 95% interval. Hatched bars are too uncertain to act on.</source>
        <translation>Cada barra es la proporción de una unidad; la línea que la cruza es su intervalo del 95 %. Las barras rayadas son demasiado inciertas para actuar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every group, with the whole campaign</source>
        <translation>Cada grupo, con toda la campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline figures by org unit</source>
        <translation>Cifras principales por unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondents</source>
        <translation>Participantes</translation>
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
        <translation>Logotipo de Candor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private look at how you use AI at work</source>
        <translation>Una mirada privada a cómo usa la IA en el trabajo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>En unos diez minutos, Candor le ayuda a ver qué herramientas de IA usa para el trabajo, qué introduce en ellas y cuánto le cuestan, y le da un plan breve para mantener a salvo su trabajo y sus datos. No hay respuestas correctas ni incorrectas, y nadie le está vigilando.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %n people.</source>
        <translation>
            <numerusform>Solo el equipo de cumplimiento de %1 puede abrir un resumen que envíe. Solo lo ve combinado con otros y nunca ve ninguna cifra basada en menos de %n persona.</numerusform>
            <numerusform>Solo el equipo de cumplimiento de %1 puede abrir un resumen que envíe. Solo lo ve combinado con otros y nunca ve ninguna cifra basada en menos de %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 todavía no ha configurado la recogida de resúmenes, así que no se puede enviar nada desde Candor. Sus resultados son solo para usted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stays on this computer</source>
        <translation>Se queda en este equipo</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+12"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Sus respuestas se guardan solo aquí, cifradas, y la clave se guarda en el administrador de contraseñas del sistema. Ni su responsable, ni TI, ni los creadores de Candor pueden leerlas.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your answers are saved only here, encrypted with a key that only your passphrase opens; Candor never stores the passphrase. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Sus respuestas se guardan solo aquí, cifradas con una clave que solo abre su frase de contraseña; Candor nunca guarda la frase. Ni su responsable, ni TI, ni los creadores de Candor pueden leerlas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Solo sale un resumen, si usted quiere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>Al final puede enviar un resumen anonimizado: sin nombre, sin texto libre, sin fechas. Ve cada campo antes de que salga y puede retener las partes opcionales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who can read it</source>
        <translation>Quién puede leerlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor nunca se conecta a internet y no envía nada por sí solo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+66"/>
        <source>Start the assessment</source>
        <translation>Empezar la autoevaluación</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View my &amp;results</source>
        <translation>Ver mis &amp;resultados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Past a&amp;ssessments</source>
        <comment>button: opens the history of earlier assessments</comment>
        <translation>Evaluaciones a&amp;nteriores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Welcome to Candor</source>
        <translation>Le damos la bienvenida a Candor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="+121"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Sus respuestas ya están guardadas. Vuelva a la página de inicio y continúe más tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Empezar de nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Borre todas las respuestas de esta autoevaluación y vuelva a empezar. Candor se lo pregunta antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Tool</source>
        <comment>caption above the name of the AI tool a page asks about</comment>
        <translation>Herramienta</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n question still needs an answer.</source>
        <translation>
            <numerusform>Todavía falta por responder %n pregunta.</numerusform>
            <numerusform>Todavía faltan por responder %n preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n questions still need an answer.</source>
        <translation>
            <numerusform>Todavía falta por responder %n pregunta.</numerusform>
            <numerusform>Todavía faltan por responder %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Tool %1 of %2</source>
        <translation>Herramienta %1 de %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
</TS>
