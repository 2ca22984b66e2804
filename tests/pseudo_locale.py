"""A generated pseudo-translation ("zz"): every letter accented and every text about 40% longer.

Built from the sources at test time, not from the .ts files, so a string someone forgot to run
`./dev i18n` for is covered too. The interface strings go through Qt Linguist (lupdate, a filled
.ts, lrelease); the content files get a ``zz`` entry beside every ``en`` text. A screen shown in
"zz" that still contains a run of plain ASCII letters shows text that bypassed translation.
"""

from __future__ import annotations

import re
import runpy
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PSEUDO = "zz"
OPEN, CLOSE = "⟦", "⟧"

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ"
_MAP = str.maketrans(_LETTERS, _ACCENTED)
#: What must survive untouched: Qt and Python placeholders, HTML tags and entities, URLs, accelerators.
_KEEP = re.compile(r"%L?\d|%n|\{\{|\}\}|\{[a-z_]+\}|<[^>]+>|&[a-z]+;|&&|https?://\S+|\b[\w.-]+\.(?:age|json|csv|html)\b")


def pseudo(text: str) -> str:
    """``Save as…`` -> ``⟦Šåṽé åš…·····⟧``: accented, 40% longer, bracketed to show where it is cut."""
    if not text.strip():
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last:match.start()].translate(_MAP))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_MAP))
    body = "".join(parts)
    padding = "·" * max(1, round(len(text) * 0.4) - 2)
    return f"{OPEN}{body}{padding}{CLOSE}"


def _fill_ts(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def _add_pseudo(node):
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            node[PSEUDO] = pseudo(node["en"])
        for value in node.values():
            _add_pseudo(value)
    elif isinstance(node, list):
        for value in node:
            _add_pseudo(value)


def build_pseudo_resources(target: Path) -> Path:
    """A copy of resources/ with ``zz`` texts in the content files and candor_zz.qm; returns its path."""
    resources = target / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("*.qm", "*.ts"))
    for relative in ("questionnaire/assessment.yaml", "catalog/tools.yaml", "risk/texts.yaml"):
        path = resources / relative
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _add_pseudo(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tool = runpy.run_path(str(ROOT / "tools" / "translations.py"))
    ts = target / f"candor_{PSEUDO}.ts"
    subprocess.run([tool["qt_tool"]("lupdate"), "-silent", *tool["source_files"](), "-ts", str(ts),
                    "-target-language", "de"], cwd=ROOT, check=True)
    _fill_ts(ts)
    subprocess.run([tool["qt_tool"]("lrelease"), "-silent", str(ts), "-qm",
                    str(resources / "i18n" / f"candor_{PSEUDO}.qm")], check=True)
    return resources
