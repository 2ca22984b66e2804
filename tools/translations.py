"""Qt Linguist workflow for Candor's interface strings.

    python tools/translations.py update    # pyside6-lupdate: desktop/ui/**/*.py -> resources/i18n/candor_<lang>.ts
    python tools/translations.py release   # pyside6-lrelease: every .ts -> resources/i18n/candor_<lang>.qm
    python tools/translations.py status    # per language: messages, finished, unfinished

`./dev setup` runs `release` whenever a .ts is newer than its .qm, build.spec runs it before bundling,
and the test suite builds the .qm files it needs the same way. The .qm files are build output, not
kept in git. Content (questions, tool notes, risk texts) is translated in the content files
themselves; see docs/translating.md. Besides desktop/ui, ``update`` reads the report notes
(desktop/collector/report_notes.py) and the words of the report's codes (desktop/collector/vocabulary.py),
which the collector writes in English and the dashboard translates.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "desktop" / "ui"
#: Qt-free texts the interface translates, marked with QT_TRANSLATE_NOOP (the report's notes and code words).
MARKED = (ROOT / "desktop" / "collector" / "report_notes.py", ROOT / "desktop" / "collector" / "vocabulary.py")
#: The interface languages besides English (the source language).
LANGUAGES = ("de", "fr", "es")


def qt_tool(name: str) -> str:
    """The path of ``lupdate`` or ``lrelease`` as shipped inside the PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")  # located, not imported: this script needs no Qt
    if spec is None or not spec.origin:
        raise SystemExit("PySide6 is not installed; run ./dev setup first.")
    folder = Path(spec.origin).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} was not found in {folder}; reinstall PySide6-Essentials (./dev setup).")


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (*SOURCES.rglob("*.py"), *MARKED))


def ts_path(lang: str) -> Path:
    return I18N / f"candor_{lang}.ts"


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Extract every tr() string into the .ts files; finished translations are kept, dropped strings removed."""
    I18N.mkdir(parents=True, exist_ok=True)
    for lang in languages:
        subprocess.run(
            [qt_tool("lupdate"), "-no-obsolete", "-locations", "relative", *source_files(),
             "-ts", str(ts_path(lang).relative_to(ROOT)), "-target-language", lang],
            cwd=ROOT, check=True,
        )


def stale(out_dir: Path = I18N) -> list[Path]:
    """The .ts files whose .qm in ``out_dir`` is missing or older."""
    result = []
    for ts in sorted(I18N.glob("candor_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            result.append(ts)
    return result


def release(out_dir: Path = I18N, only_stale: bool = False) -> list[Path]:
    """Compile the .ts files to .qm in ``out_dir``; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in stale(out_dir) if only_stale else sorted(I18N.glob("candor_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def status(ts: Path) -> tuple[int, int]:
    """(messages, unfinished) in one .ts file."""
    messages = ET.parse(ts).getroot().iter("message")
    total = unfinished = 0
    for message in messages:
        total += 1
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            unfinished += 1
    return total, unfinished


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "release":
        for qm in release(only_stale="--stale" in argv):
            print(f"wrote {qm.relative_to(ROOT)}")
    elif command == "status":
        worst = 0
        for lang in LANGUAGES:
            total, unfinished = status(ts_path(lang))
            worst = max(worst, unfinished)
            print(f"{lang}: {total} messages, {total - unfinished} finished, {unfinished} unfinished")
        return 1 if worst else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
