<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="17"/>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="18"/>
        <source>Candor %1</source>
        <translation>Candor %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="21"/>
        <source>A private self-assessment of AI use at work. Your answers stay on this computer, encrypted; only a summary you preview can leave.</source>
        <translation>Una autoevaluación privada de tu uso de la IA en el trabajo. Tus respuestas se quedan en este equipo, cifradas; solo puede salir un resumen que tú revisas antes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="30"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="31"/>
        <source>Organization policy:</source>
        <translation>Política de la organización:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="32"/>
        <source>Your data is kept in:</source>
        <translation>Tus datos se guardan en:</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts.py" line="117"/>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="128"/>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;table</source>
        <translation>Ver como &amp;tabla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="129"/>
        <source>Show %1 as a table</source>
        <translation>Ver %1 como tabla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts.py" line="144"/>
        <source>Show as &amp;chart</source>
        <translation>Ver como &amp;gráfico</translation>
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
        <translation>Borrar respuesta</translation>
    </message>
</context>
<context>
    <name>CollectorWindow</name>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="39"/>
        <source>Candor collector — %1</source>
        <translation>Recopilador de Candor — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="48"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="51"/>
        <source>&amp;Import summaries</source>
        <translation>&amp;Importar resúmenes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="53"/>
        <source>Import summaries</source>
        <translation>Importar resúmenes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="55"/>
        <source>A folder…</source>
        <translation>Una carpeta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="56"/>
        <source>Files or zip archives…</source>
        <translation>Archivos sueltos o ZIP…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="59"/>
        <source>Export &amp;report</source>
        <translation>&amp;Exportar informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="61"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="69"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="71"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="74"/>
        <source>Import the summary files employees sent you. They are decrypted with your key on this computer; reports only ever show groups of people.</source>
        <translation>Importa los archivos de resumen que te han enviado los empleados. Se descifran con tu clave en este equipo; los informes solo muestran grupos de personas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="80"/>
        <source>Files that were not imported</source>
        <translation>Archivos que no se importaron</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="81"/>
        <source>Why it was not imported</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="116"/>
        <source>Choose the folder with the summaries</source>
        <translation>Elige la carpeta con los resúmenes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="121"/>
        <source>Choose summary files or zip archives</source>
        <translation>Elige archivos de resumen o archivos ZIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="122"/>
        <source>Summaries (*.age *.txt *.asc *.zip);;All files (*)</source>
        <translation>Resúmenes (*.age *.txt *.asc *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="141"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="148"/>
        <source>Cancelling… nothing from this import will be kept.</source>
        <translation>Cancelando… No se conservará nada de esta importación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="153"/>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="158"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="160"/>
        <source>Imported %1, replaced %2, rejected %3.</source>
        <translation>Importados: %1; reemplazados: %2; rechazados: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="163"/>
        <source>%1 were already imported and unchanged.</source>
        <translation>%1 ya estaban importados y no han cambiado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/window.py" line="178"/>
        <source>The import could not run: %1</source>
        <translation>No se pudo realizar la importación: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="88"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="92"/>
        <source>Unapproved use per tool: the 15 most common</source>
        <translation>Uso no aprobado por herramienta: las 15 más frecuentes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="93"/>
        <source>Share of respondents who used each tool while it is not approved. The table below lists every tool.</source>
        <translation>Porcentaje de participantes que usaron cada herramienta sin que esté aprobada. La tabla de abajo incluye todas las herramientas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="95"/>
        <source>Unapproved use per tool</source>
        <translation>Uso no aprobado por herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <source>Policy status</source>
        <translation>Estado según la política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="96"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use</source>
        <translation>Uso no aprobado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="99"/>
        <source>By kind of tool</source>
        <translation>Por tipo de herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Unapproved use by kind of tool</source>
        <translation>Uso no aprobado por tipo de herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="100"/>
        <source>Kind of tool</source>
        <translation>Tipo de herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="103"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="104"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="171"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="105"/>
        <source>Spend and licences</source>
        <translation>Gasto y licencias</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="106"/>
        <source>Reasons for unapproved tools</source>
        <translation>Motivos para usar herramientas no aprobadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="107"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="109"/>
        <source>AI literacy (self-rated)</source>
        <translation>Conocimientos de IA (autoevaluados)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="110"/>
        <source>Knows the AI policy</source>
        <translation>Conoce la política de IA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="111"/>
        <source>Training wanted</source>
        <translation>Formación deseada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="112"/>
        <source>Training formats</source>
        <translation>Formatos de formación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="113"/>
        <source>Skills and training</source>
        <translation>Conocimientos y formación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="114"/>
        <source>Perception</source>
        <translation>Percepción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="136"/>
        <source>%1 respondents</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="142"/>
        <source>Respondents by part of the organization</source>
        <translation>Participantes por área</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="145"/>
        <source>How to read this: no figure is shown from fewer than %1 people, and where one group is hidden in a table with a total, another is hidden too so it cannot be worked out by subtraction. Ranges are 95% intervals around estimates that undo the deliberate randomization in each summary.</source>
        <translation>Cómo leer esto: no se muestra ninguna cifra basada en menos de %1 personas y, cuando en una tabla con total se oculta un grupo, también se oculta otro para que no pueda deducirse por resta. Los rangos son intervalos del 95 % en torno a estimaciones que deshacen la aleatorización intencionada de cada resumen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="160"/>
        <source>What data goes where</source>
        <translation>Qué datos van a dónde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="161"/>
        <source>Data classes</source>
        <translation>Tipos de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into unapproved tools</source>
        <translation>En herramientas no aprobadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="162"/>
        <source>Into personal accounts</source>
        <translation>En cuentas personales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="166"/>
        <source>By the tool&apos;s status under the policy</source>
        <translation>Según el estado de la herramienta en la política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="167"/>
        <source>By kind of account</source>
        <translation>Por tipo de cuenta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="175"/>
        <source>Breakdowns by tool status and account kind need summaries sent without randomized response; this campaign&apos;s summaries are randomized.</source>
        <translation>Los desgloses por estado de la herramienta y tipo de cuenta requieren resúmenes enviados sin respuesta aleatorizada; los resúmenes de esta campaña están aleatorizados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Out-of-pocket spend</source>
        <translation>Gasto de su bolsillo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="184"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="185"/>
        <source>Pay for AI tools themselves</source>
        <translation>Pagan herramientas de IA de su bolsillo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="186"/>
        <source>Estimated yearly out-of-pocket, per respondent</source>
        <translation>Gasto anual estimado de su bolsillo, por participante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="188"/>
        <source>Estimated yearly out-of-pocket, all respondents</source>
        <translation>Gasto anual estimado de su bolsillo, todos los participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Licence candidates</source>
        <translation>Candidatas a licencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="190"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="191"/>
        <source>Yearly out-of-pocket (estimate)</source>
        <translation>Gasto anual de su bolsillo (estimación)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="195"/>
        <source>What employees pay themselves</source>
        <translation>Lo que pagan los empleados de su bolsillo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="196"/>
        <source>Monthly spend bands</source>
        <translation>Tramos de gasto mensual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="197"/>
        <source>Licence candidates: tools employees pay for themselves</source>
        <translation>Candidatas a licencia: herramientas que los empleados pagan de su bolsillo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Perception gap</source>
        <translation>Brecha de percepción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="201"/>
        <source>Employees agreeing</source>
        <translation>Empleados de acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Leadership&apos;s figure</source>
        <translation>Cifra de la dirección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="202"/>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="204"/>
        <source>not set in the policy</source>
        <translation>no definida en la política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>How employees see AI at work</source>
        <translation>Cómo ven los empleados la IA en el trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="207"/>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="209"/>
        <source>Leadership&apos;s view and employees&apos; view</source>
        <translation>La visión de la dirección y la de los empleados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="216"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/collector/dashboard.py" line="222"/>
        <source>Share of respondents for each answer.</source>
        <translation>Porcentaje de participantes para cada respuesta.</translation>
    </message>
</context>
<context>
    <name>EmployeeApp</name>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="129"/>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="130"/>
        <source>This clears every answer in this assessment, including your notes, and takes you back to the first question. Your completed assessments are kept.</source>
        <translation>Se borrarán todas las respuestas de esta autoevaluación, incluidas tus notas, y volverás a la primera pregunta. Tus autoevaluaciones completadas se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="132"/>
        <source>Keep my answers</source>
        <translation>Conservar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="158"/>
        <source>• An answer to a question that is no longer asked</source>
        <translation>• Una respuesta a una pregunta que ya no se hace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="161"/>
        <source>• %1: a choice that is no longer offered</source>
        <translation>• %1: una opción que ya no se ofrece</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="163"/>
        <source>Questions updated</source>
        <translation>Preguntas actualizadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/employee_app.py" line="164"/>
        <source>Candor&apos;s questions changed since you last answered. Your answers were kept, except %n that no longer apply. Please check the pages they were on.</source>
        <translation>
            <numerusform>Las preguntas de Candor han cambiado desde la última vez que respondiste. Se han conservado tus respuestas, salvo %n que ya no corresponde. Revisa la página en la que estaba.</numerusform>
            <numerusform>Las preguntas de Candor han cambiado desde la última vez que respondiste. Se han conservado tus respuestas, salvo %n que ya no corresponden. Revisa las páginas en las que estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="173"/>
        <source>Your answers are saved. You can continue any time.</source>
        <translation>Tus respuestas están guardadas. Puedes continuar cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="210"/>
        <source>Delete all your Candor data?</source>
        <translation>¿Eliminar todos tus datos de Candor?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="211"/>
        <source>This removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. It cannot be undone.</source>
        <translation>Se eliminarán todas las respuestas, los resultados y la configuración que Candor guarda en este equipo, así como la clave que los cifra. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="213"/>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="231"/>
        <source>All your Candor data was deleted from this computer.</source>
        <translation>Se han eliminado de este equipo todos tus datos de Candor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/employee_app.py" line="233"/>
        <source>The key could not be removed from your password manager: %1</source>
        <translation>No se pudo quitar la clave de tu administrador de contraseñas: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="48"/>
        <source>Preview and export your summary</source>
        <extracomment>Optional part -&gt; label template; the value the employee gave is shown in brackets.</extracomment>
        <translation>Revisar y exportar tu resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="55"/>
        <source>This is everything that would be sent</source>
        <translation>Esto es todo lo que se enviaría</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="58"/>
        <source>Nothing else leaves this computer: no name, no notes or other text you typed, no tool names you added yourself, no dates. It goes only where you put it, encrypted so that only your organization&apos;s compliance team can open it.</source>
        <translation>Nada más sale de este equipo: ni tu nombre, ni notas u otros textos que hayas escrito, ni nombres de herramientas que hayas agregado tú, ni fechas. Solo va adonde tú lo pongas, cifrado para que únicamente el equipo de cumplimiento de tu organización pueda abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="71"/>
        <source>Some answers below are randomized on purpose: each may have been flipped by chance, so they can differ from what you answered, and no single summary proves anything about you.</source>
        <translation>Algunas de las respuestas de abajo se han aleatorizado a propósito: cada una puede haberse invertido al azar, así que pueden diferir de lo que respondiste, y ningún resumen por sí solo demuestra nada sobre ti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="79"/>
        <source> (not answered)</source>
        <translation> (sin responder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>The summary in plain words</source>
        <translation>El resumen en palabras sencillas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>The summary exactly as sent (JSON)</source>
        <translation>El resumen tal como se envía (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>In plain words</source>
        <translation>En palabras sencillas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="98"/>
        <source>Exactly as sent (JSON)</source>
        <translation>Tal como se envía (JSON)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="107"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="108"/>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="110"/>
        <source>&amp;Put in %1</source>
        <translation>&amp;Dejar en %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="170"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="176"/>
        <source>Copied. Paste it where your organization asked; it is encrypted text.</source>
        <translation>Copiado. Pégalo donde te haya indicado tu organización; es texto cifrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Put in the folder as %1.</source>
        <translation>Dejado en la carpeta como %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="187"/>
        <source>Not exported: %1</source>
        <translation>No se ha exportado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Save your summary</source>
        <translation>Guardar tu resumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="194"/>
        <source>Candor summaries (*.age *.json)</source>
        <translation>Resúmenes de Candor (*.age *.json)</translation>
    </message>
</context>
<context>
    <name>FreeTextWidget</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_widgets.py" line="217"/>
        <source>Stays on this computer. Never included in any summary.</source>
        <translation>Se queda en este equipo. Nunca se incluye en ningún resumen.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50"/>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="57"/>
        <source>No completed assessments yet. When you finish one, it appears here; later ones show how your risk and spending change over time.</source>
        <translation>Todavía no hay autoevaluaciones completadas. Cuando termines una, aparecerá aquí; las siguientes mostrarán cómo cambian tu riesgo y tu gasto con el tiempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="63"/>
        <source>Past assessments</source>
        <translation>Autoevaluaciones anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64"/>
        <location filename="../../desktop/ui/history_page.py" line="103"/>
        <location filename="../../desktop/ui/history_page.py" line="105"/>
        <source>Overall risk</source>
        <translation>Riesgo global</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="65"/>
        <location filename="../../desktop/ui/history_page.py" line="113"/>
        <source>Yearly out-of-pocket</source>
        <translation>Gasto anual de tu bolsillo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="73"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="85"/>
        <source>&amp;Open results (read-only)</source>
        <translation>&amp;Abrir resultados (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="88"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="102"/>
        <source>Overall risk over time</source>
        <translation>Evolución del riesgo global</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="106"/>
        <source>Levels: %1.</source>
        <translation>Niveles: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="110"/>
        <source>Yearly out-of-pocket spend over time (%1)</source>
        <translation>Evolución del gasto anual de tu bolsillo (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="111"/>
        <source>Yearly spend</source>
        <translation>Gasto anual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="114"/>
        <source>Estimated from the spending bands you chose.</source>
        <translation>Estimado a partir de los tramos de gasto que elegiste.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="120"/>
        <source>After your next assessment, this page shows how things changed.</source>
        <translation>Después de tu próxima autoevaluación, esta página mostrará cómo han cambiado las cosas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="130"/>
        <location filename="../../desktop/ui/history_page.py" line="139"/>
        <source>Summaries you exported</source>
        <translation>Resúmenes que exportaste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="135"/>
        <source>None yet. Nothing has left this computer.</source>
        <translation>Ninguno todavía. Nada ha salido de este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="140"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="150"/>
        <source>The exported summary, exactly as sent</source>
        <translation>El resumen exportado, tal como se envió</translation>
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
        <translation>Problema con la política</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58"/>
        <source>%1 could not be used, so Candor is running without it. Your answers are not affected. Please tell your IT team.</source>
        <translation>No se pudo usar %1, así que Candor funciona sin esa política. Tus respuestas no se ven afectadas. Avisa a tu equipo de TI.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="80"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90"/>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="34"/>
        <source>%1 details</source>
        <translation>%1: detalles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="38"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notice_bar.py" line="39"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
</context>
<context>
    <name>OtherToolsEditor</name>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="45"/>
        <source>Add a tool that is not listed</source>
        <extracomment>Longest name accepted for a typed-in tool.</extracomment>
        <translation>Agregar una herramienta no incluida en la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="50"/>
        <source>Its name stays on this computer; only the kind of tool can be part of a summary.</source>
        <translation>Su nombre se queda en este equipo; solo el tipo de herramienta puede formar parte de un resumen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="56"/>
        <source>Tool name</source>
        <translation>Nombre de la herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="57"/>
        <source>Name of a tool that is not listed</source>
        <translation>Nombre de una herramienta no incluida en la lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="62"/>
        <source>Kind of tool</source>
        <translation>Tipo de herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="63"/>
        <source>Kind of tool…</source>
        <translation>Tipo de herramienta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="71"/>
        <source>Add this tool</source>
        <translation>Agregar esta herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="97"/>
        <source>Type the tool&apos;s name first.</source>
        <translation>Escribe primero el nombre de la herramienta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="100"/>
        <source>Choose what kind of tool it is, then press Add.</source>
        <translation>Elige qué tipo de herramienta es y pulsa Agregar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="137"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/other_tools.py" line="140"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Unlock your answers</source>
        <translation>Desbloquear tus respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="32"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="35"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="44"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="46"/>
        <source>At least %1 characters. Candor cannot recover it: if you forget it, your saved answers can only be deleted.</source>
        <translation>Al menos %1 caracteres. Candor no puede recuperarla: si la olvidas, tus respuestas guardadas solo se podrán eliminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="56"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="77"/>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="81"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="86"/>
        <source>Type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>ProgressHeader</name>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="31"/>
        <source>Progress through the assessment</source>
        <translation>Progreso de la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="45"/>
        <source>Section %1 of %2</source>
        <translation>Sección %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/progress_header.py" line="50"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="27"/>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/question_block.py" line="51"/>
        <source>Please answer this question.</source>
        <translation>Responde a esta pregunta.</translation>
    </message>
</context>
<context>
    <name>ResultsFlow</name>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="53"/>
        <source>Approved by your organization</source>
        <translation>Aprobada por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="54"/>
        <source>Tolerated by your organization</source>
        <translation>Tolerada por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="55"/>
        <source>Not allowed by your organization</source>
        <translation>No permitida por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="56"/>
        <source>Not on your organization&apos;s list of approved tools</source>
        <translation>No está en la lista de herramientas aprobadas de tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results from %1</source>
        <translation>Tus resultados del %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="70"/>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Saved as a file</source>
        <translation>Guardado como archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="97"/>
        <source>Copied as text</source>
        <translation>Copiado como texto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="98"/>
        <source>Put in the drop folder</source>
        <translation>Dejado en la carpeta de entrega</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_flow.py" line="127"/>
        <source>your answers to the workplace questions</source>
        <translation>tus respuestas a las preguntas sobre el trabajo</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="139"/>
        <source>Overall: %1</source>
        <translation>Global: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="145"/>
        <source>Your action plan</source>
        <translation>Tu plan de acción</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="148"/>
        <source>Nothing to change right now. Keep it up.</source>
        <translation>No hay nada que cambiar por ahora. Sigue así.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="150"/>
        <source>Ticks from back then, for reference. Your current plan is on your latest results.</source>
        <translation>Las marcas de entonces, como referencia. Tu plan actual está en tus últimos resultados.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="159"/>
        <source>Your tools</source>
        <translation>Tus herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="162"/>
        <source>You told us you did not use AI tools for work in the last 30 days.</source>
        <translation>Nos dijiste que no has usado herramientas de IA para el trabajo en los últimos 30 días.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="169"/>
        <source>What AI tools cost you</source>
        <translation>Lo que te cuestan las herramientas de IA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="174"/>
        <source>a month (estimate)</source>
        <translation>al mes (estimación)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="179"/>
        <source>Learning that may help</source>
        <translation>Formación que puede ayudarte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="183"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="189"/>
        <source>&amp;Export a summary for compliance…</source>
        <translation>&amp;Exportar un resumen para el equipo de cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="192"/>
        <source>Preview an anonymized summary of these results, then save or copy it. Nothing is sent by itself.</source>
        <translation>Revisa un resumen anonimizado de estos resultados y después guárdalo o cópialo. No se envía nada automáticamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="195"/>
        <source>&amp;Back to start</source>
        <translation>&amp;Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="215"/>
        <source>You do not pay for AI tools for work out of your own pocket.</source>
        <translation>No pagas de tu bolsillo herramientas de IA para el trabajo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="216"/>
        <source>The AI tools you pay for yourself cost about %1 a month, about %2 a year.</source>
        <translation>Las herramientas de IA que pagas tú cuestan unos %1 al mes, unos %2 al año.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="221"/>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <source>Risk per tool</source>
        <translation>Riesgo por herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="225"/>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="226"/>
        <source>Risk levels from 1 (low) to 4 (critical). %1</source>
        <translation>Niveles de riesgo del 1 (bajo) al 4 (crítico). %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="232"/>
        <source>Kinds of non-public data</source>
        <translation>Tipos de datos no públicos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="234"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data you put into each tool</source>
        <translation>Datos que introduces en cada herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="237"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="36"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="40"/>
        <location filename="../../desktop/ui/settings_page.py" line="56"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="41"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="42"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53"/>
        <source>Candor will use this language the next time it starts.</source>
        <translation>Candor usará este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="58"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="62"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65"/>
        <source>Your answers, results and settings are kept only in this folder, encrypted:</source>
        <translation>Tus respuestas, resultados y configuración se guardan solo en esta carpeta, cifrados:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="70"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78"/>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="81"/>
        <source>Removes every answer, result and setting Candor keeps on this computer, and the key that encrypts them. Summaries you already sent are not affected. This cannot be undone.</source>
        <translation>Elimina todas las respuestas, los resultados y la configuración que Candor guarda en este equipo, así como la clave que los cifra. Los resúmenes que ya enviaste no se ven afectados. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="84"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Eliminar todos mis datos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90"/>
        <source>&amp;Back</source>
        <translation>Atrá&amp;s</translation>
    </message>
</context>
<context>
    <name>StoreGate</name>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="54"/>
        <source>Your saved answers could not be read</source>
        <translation>No se pudieron leer tus respuestas guardadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="56"/>
        <source>Candor kept the damaged file as %1 in its data folder and starts afresh beside it. Nothing you answer from now on is affected.</source>
        <translation>Candor ha guardado el archivo dañado como %1 en su carpeta de datos y empieza de cero junto a él. Nada de lo que respondas a partir de ahora se ve afectado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="63"/>
        <location filename="../../desktop/ui/store_gate.py" line="93"/>
        <source>Candor cannot open your data</source>
        <translation>Candor no puede abrir tus datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="72"/>
        <source>Your answers are protected with a passphrase. Type it to continue.</source>
        <translation>Tus respuestas están protegidas con una frase de contraseña. Escríbela para continuar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="74"/>
        <source>Your answers are locked. Press Start to unlock them.</source>
        <translation>Tus respuestas están bloqueadas. Para desbloquearlas, vuelve a empezar o continuar la autoevaluación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="82"/>
        <source>Candor needs a key to encrypt your answers. Press Start to set one up.</source>
        <translation>Candor necesita una clave para cifrar tus respuestas. Para configurarla, vuelve a empezar la autoevaluación.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="105"/>
        <source>No system keyring is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="107"/>
        <source>Candor keeps the key to your answers in your system&apos;s password manager, but it cannot be used right now: %1

Choose your passphrase below; you will type it each time you open Candor.</source>
        <translation>Candor guarda la clave de tus respuestas en el administrador de contraseñas del sistema, pero ahora mismo no se puede usar: %1

Elige tu frase de contraseña a continuación; la escribirás cada vez que abras Candor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="119"/>
        <source>Your answers cannot be unlocked</source>
        <translation>No se pueden desbloquear tus respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="121"/>
        <source>If the key was removed from your password manager, the saved answers cannot be read by anyone any more. You can try again (for example after restoring the key) or delete them and start fresh.</source>
        <translation>Si se quitó la clave de tu administrador de contraseñas, ya nadie podrá leer las respuestas guardadas. Puedes volver a intentarlo (por ejemplo, después de restaurar la clave) o eliminarlas y empezar de cero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <source>Delete my saved answers</source>
        <translation>Eliminar mis respuestas guardadas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="124"/>
        <location filename="../../desktop/ui/store_gate.py" line="139"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="127"/>
        <source>Delete your saved answers?</source>
        <translation>¿Eliminar tus respuestas guardadas?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="128"/>
        <source>This removes every answer saved in Candor on this computer. It cannot be undone.</source>
        <translation>Se eliminarán todas las respuestas guardadas en Candor en este equipo. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="129"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/store_gate.py" line="137"/>
        <source>Your password manager is not available</source>
        <translation>Tu administrador de contraseñas no está disponible</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="114"/>
        <source>Why</source>
        <extracomment>A shape per level, so the level reads without colour (and in a screen reader, as words).</extracomment>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_page.py" line="117"/>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="66"/>
        <source>Filter tools…</source>
        <extracomment>Tools per row in each category.</extracomment>
        <translation>Filtrar herramientas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="67"/>
        <source>Filter tools</source>
        <translation>Filtrar herramientas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="68"/>
        <source>Type part of a tool&apos;s or vendor&apos;s name to shorten the list.</source>
        <translation>Escribe parte del nombre de una herramienta o de un proveedor para acortar la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="112"/>
        <source>I have not used any AI tools for work in the last 30 days</source>
        <translation>No he usado ninguna herramienta de IA para el trabajo en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="123"/>
        <source>Approved by your organization</source>
        <translation>Aprobada por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="124"/>
        <source>Allowed with care by your organization</source>
        <translation>Permitida con precaución por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="125"/>
        <source>Not allowed by your organization</source>
        <translation>No permitida por tu organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="132"/>
        <source>by %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="198"/>
        <source>No listed tool matches “%1”. You can add it below as a tool that is not listed.</source>
        <translation>Ninguna herramienta de la lista coincide con «%1». Puedes agregarla abajo como herramienta no incluida en la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/tool_picker.py" line="261"/>
        <source>%1 selected</source>
        <translation>%1 seleccionadas</translation>
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
        <translation>Logotipo de Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="66"/>
        <source>A private look at how you use AI at work</source>
        <translation>Una mirada privada a cómo usas la IA en el trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="72"/>
        <source>In about ten minutes, Candor helps you see which AI tools you use for work, what you put into them and what they cost you, and gives you a short plan to keep your work and your data safe. There are no right or wrong answers, and nobody is watching.</source>
        <translation>En unos diez minutos, Candor te ayuda a ver qué herramientas de IA usas para el trabajo, qué introduces en ellas y cuánto te cuestan, y te da un plan breve para mantener a salvo tu trabajo y tus datos. No hay respuestas correctas ni incorrectas, y nadie te está vigilando.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="81"/>
        <source>Only the compliance team of %1 can open a summary you send. They see it only combined with others, and never any figure from fewer than %2 people.</source>
        <translation>Solo el equipo de cumplimiento de %1 puede abrir un resumen que envíes. Solo lo ve combinado con otros y nunca ve ninguna cifra basada en menos de %2 personas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="86"/>
        <source>%1 has not set up summary collection yet, so nothing can be sent from Candor at all. Your results are for you alone.</source>
        <translation>%1 todavía no ha configurado la recogida de resúmenes, así que no se puede enviar nada desde Candor. Tus resultados son solo para ti.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="91"/>
        <source>Stays on this computer</source>
        <translation>Se queda en este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="93"/>
        <source>Your answers are saved only here, encrypted, with the key kept in your system&apos;s password manager. Not your manager, not IT, not Candor&apos;s makers can read them.</source>
        <translation>Tus respuestas se guardan solo aquí, cifradas, y la clave se guarda en el administrador de contraseñas del sistema. Ni tu responsable, ni TI, ni los creadores de Candor pueden leerlas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="98"/>
        <source>Only a summary leaves, if you choose</source>
        <translation>Solo sale un resumen, si tú quieres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="100"/>
        <source>At the end you may send an anonymized summary: no name, no free text, no dates. You see every field before it goes and can hold back the optional parts.</source>
        <translation>Al final puedes enviar un resumen anonimizado: sin nombre, sin texto libre, sin fechas. Ves cada campo antes de que salga y puedes retener las partes opcionales.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="104"/>
        <source>Who can read it</source>
        <translation>Quién puede leerlo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="108"/>
        <source>Candor never connects to the internet and sends nothing by itself.</source>
        <translation>Candor nunca se conecta a internet y no envía nada por sí solo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="112"/>
        <location filename="../../desktop/ui/welcome_page.py" line="119"/>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Start the assessment</source>
        <translation>Empezar la autoevaluación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="121"/>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="126"/>
        <source>View my &amp;results</source>
        <translation>Ver mis &amp;resultados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="129"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="135"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome_page.py" line="180"/>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejaste</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="118"/>
        <source>&amp;Save and close</source>
        <extracomment>Width of the reading column, in em. How long after a page change the likely next page is prepared: after the new page is painted. Seconds each :meth:`render` took, most recent last (for the page-change budget).</extracomment>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="120"/>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="122"/>
        <source>Your answers are already saved. Return to the start page and continue later.</source>
        <translation>Tus respuestas ya están guardadas. Vuelve a la página de inicio y continúa más tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="125"/>
        <source>Start &amp;over…</source>
        <translation>&amp;Empezar de nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="127"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="129"/>
        <source>Clear every answer in this assessment and begin again. Candor asks first.</source>
        <translation>Borra todas las respuestas de esta autoevaluación y vuelve a empezar. Candor te lo pregunta antes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="134"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="136"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="138"/>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="214"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="216"/>
        <source>Tool %1 of %2</source>
        <translation>Herramienta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="289"/>
        <source>Fi&amp;nish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="290"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="333"/>
        <source>1 question still needs an answer.</source>
        <translation>Todavía falta por responder 1 pregunta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard/wizard_page.py" line="334"/>
        <source>%1 questions still need an answer.</source>
        <translation>Todavía faltan por responder %1 preguntas.</translation>
    </message>
</context>
</TS>
