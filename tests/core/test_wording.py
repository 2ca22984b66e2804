"""One voice and one word per thing in every translated text: the interface (.ts) and the content YAML.

Spanish speaks to the employee formally (usted): Candor is a workplace tool, and the questions touch on what
someone may have done wrong; "tú" would sound like a colleague, or like a manager talking down. The markers
below are forms only "tú" uses (pronouns, second-person verb endings, imperatives of the tú form).

Each language uses one term for each thing, the variant beside it never (:data:`GLOSSARY`), and German does
not state as a fact what the reader may do ("Sie geben dort Passwörter ein"), nor counts in a stiff
"X: {count}" form.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from desktop.core.resources import resource

ROOT = Path(__file__).resolve().parents[2]
CONTENT_FILES = ("questionnaire/assessment.yaml", "catalog/tools.yaml", "risk/texts.yaml")
POLICY_FILES = ("policy/default.toml", "policy/example.toml")


def content_texts(lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every ``lang`` text of the content YAML and the shipped policies."""
    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                where = f"{path}.{key}" if path else str(key)
                if key == lang and isinstance(value, str):
                    yield where, value
                else:
                    yield from walk(value, where)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{path}[{index}]")

    import tomllib

    for relative in CONTENT_FILES:
        yield from walk(yaml.safe_load(resource(*relative.split("/")).read_text(encoding="utf-8")), relative)
    for relative in POLICY_FILES:
        yield from walk(tomllib.loads(resource(*relative.split("/")).read_text(encoding="utf-8")), relative)


def interface_texts(lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every translation in the interface's ``lang`` file (plural forms included)."""
    tree = ET.parse(ROOT / "resources" / "i18n" / f"candor_{lang}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = (message.findtext("source") or "")[:50]
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            for text in ([form.text or "" for form in forms] if forms else [translation.text or ""]):
                yield f"candor_{lang}.ts {name}: {source!r}", text


def all_texts(lang: str) -> list[tuple[str, str]]:
    return [*content_texts(lang), *interface_texts(lang)]


# --- Spanish: usted ------------------------------------------------------------------------------

#: Forms only "tú" uses: pronouns and possessives, second-person verb forms, tú imperatives with a pronoun (a
#: usted text says "su", "puede", "tiene", "sáltese").
INFORMAL_SPANISH = [
    r"tú", r"tu", r"tus", r"te", r"contigo", r"tuyos?", r"tuyas?", r"haz", r"puedes", r"tienes", r"quieres",
    r"usas", r"sabes", r"debes", r"has", r"estás", r"eres", r"necesitas", r"prefieres", r"escribes", r"compartes",
    r"pagas", r"introduces", r"decides", r"vives", r"sales", r"escribirás", r"quitas", r"verás", r"podrás",
    r"tendrás", r"volverás", r"decidas", r"quieras",
    r"prefieras", r"hayas", r"puedas", r"elijas", r"sepas", r"tengas", r"uses", r"mires", r"desactives",
    r"introduzcas", r"pegues", r"pongas", r"dejes", r"excluyas", r"envíes", r"cierres", r"conectes", r"gastas",
    r"des", r"probaste", r"elegiste", r"usaste", r"indicaste", r"agregaste", r"enviaste", r"respondiste",
    r"asegúrate", r"sáltate", r"cámbiate", r"excluirte", r"fiarte", r"protegerte", r"reembolsarte",
    r"añádela", r"añádelo", r"desactívalo", r"desactívala", r"actívala", r"actívalo", r"elimínala", r"úsalo",
    r"úsala", r"pégalo", r"desbloquéalo", r"mantenlo", r"dilo", r"pruébalas", r"describirías", r"exclúyete",
    r"repítela",
]
#: Tú imperatives that read as usted indicative ("elige" is also "usted elige"): flagged where a sentence or
#: clause starts with them, as instructions do.
INFORMAL_IMPERATIVES = [
    r"elige", r"revisa", r"añade", r"pulsa", r"escribe", r"comprueba", r"responde", r"piensa", r"divide",
    r"evita", r"elimina", r"quita", r"sigue", r"usa", r"cambia", r"desactiva", r"activa", r"abre", r"guarda",
    r"busca", r"pide", r"pregunta", r"incluye", r"selecciona", r"borra", r"configura", r"consulta", r"lee",
    r"mira", r"deja", r"avisa", r"vuelve", r"inicia", r"instala", r"comparte", r"intenta", r"indica",
    r"sustituye", r"utiliza", r"empieza", r"descarga", r"pega", r"recuerda", r"protege", r"libera", r"restaura",
    r"aparta", r"impide", r"pasa", r"desmarca", r"da", r"di", r"continúa", r"mantén", r"conserva", r"envía",
    r"exporta", r"copia", r"marca", r"sube", r"cierra", r"reinicia", r"solicita", r"confirma", r"ajusta",
    r"limita", r"reemplaza", r"anota", r"informa", r"omite", r"acepta", r"ignora", r"escoge", r"contesta",
    r"habla", r"comunica", r"introduce", r"empieza", r"termina", r"prueba", r"crea", r"espera", r"sustituye",
    r"cuenta solo",
]
_INFORMAL = re.compile(r"(?<![\w-])(" + "|".join(INFORMAL_SPANISH) + r")(?![\w-])", re.IGNORECASE)
_TI = re.compile(r"(?<![\w-])ti(?![\w-])")  # lower case: "TI" is the IT department
_IMPERATIVE = re.compile(r"(?:^|[.!:;,(«]\s*|\?\s+|\b(?:y|o|así que|pero)\s+)(" + "|".join(INFORMAL_IMPERATIVES)
                         + r")(?![\w-])", re.IGNORECASE)
#: Texts where a marker is not the tú form (where, the words that are fine there).
INFORMAL_ALLOWED: dict[str, tuple[str, ...]] = {}


def informal_spanish(text: str) -> list[str]:
    found = {match.group(0).lower() for match in _INFORMAL.finditer(text)}
    found |= {match.group(0) for match in _TI.finditer(text)}
    found |= {match.group(1).lower() for match in _IMPERATIVE.finditer(text)}
    return sorted(found)


def test_the_marker_list_catches_the_tu_forms_and_not_the_usted_ones():
    assert informal_spanish("Elige todas las opciones. Si tú lo decides, tus respuestas se quedan en tu equipo.") \
        == ["decides", "elige", "tu", "tus", "tú"]
    assert informal_spanish("Haz una copia; puedes revisarlo si tienes tiempo. Sáltate esta, y revisa a ti.") \
        == ["haz", "puedes", "revisa", "sáltate", "ti", "tienes"]
    assert informal_spanish("Elija todas las opciones. Si usted lo decide, sus respuestas se quedan en su equipo; "
                            "puede revisarlo si tiene tiempo. Sáltese esta. Lo que escribe se elimina. ¿Revisa "
                            "los resultados? Pregunte al departamento de TI. Automáticamente, el cliente.") == []


def test_spanish_speaks_formally_everywhere():
    found = []
    for where, text in all_texts("es"):
        words = [word for word in informal_spanish(text) if word not in INFORMAL_ALLOWED.get(where, ())]
        if words:
            found.append(f"{where}: {', '.join(words)}: {text[:90]!r}")
    assert not found, f"{len(found)} Spanish texts use tú forms:\n" + "\n".join(found[:60])


# --- one term per thing ----------------------------------------------------------------------------

#: language -> (the term used, the variant that must not appear). Patterns are regular expressions, matched
#: case-insensitively on whole words.
GLOSSARY: dict[str, list[tuple[str, str]]] = {
    "de": [("Tool für Besprechungsnotizen / Notiz-Tool", r"Meeting-Assistent\w*"),
           ("Besprechung", r"Meetings?")],
    "fr": [("importé / importer", r"téléversée?s?|téléverser|téléversement"),
           ("clé API", r"clés? d'API")],
    "es": [("equipo", r"ordenador(es)?")],
}


@pytest.mark.parametrize("lang", sorted(GLOSSARY))
def test_one_term_per_thing(lang):
    found = []
    for where, text in all_texts(lang):
        for term, banned in GLOSSARY[lang]:
            match = re.search(rf"(?<![\w-]){banned}(?![\w-])", text, re.IGNORECASE)
            if match:
                found.append(f"{where}: {match.group(0)!r} (use {term}): {text[:90]!r}")
    assert not found, "\n".join(found[:60])


# --- German: no accusing present tense, no stiff counts -------------------------------------------

#: "Sie geben dort Passwörter ein" states as a fact what the reader may do; say what happens if they do.
ACCUSING_GERMAN = re.compile(r"\bSie (geben|fügen|laden|kopieren|tippen) (dort|hier|darin|in \w+) ")
#: "Tools mit hohem oder höherem Risiko: {count}": a count tacked on after a colon.
STIFF_COUNT = re.compile(r":\s*(\{count\}|%L?n)\s*\.?$")


def test_german_states_no_accusing_facts_and_no_stiff_counts():
    found = [f"{where}: {text[:100]!r}" for where, text in all_texts("de")
             if ACCUSING_GERMAN.search(text) or STIFF_COUNT.search(text.strip())]
    assert not found, "\n".join(found[:40])
