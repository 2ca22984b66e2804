"""Interface languages: which are installed, which to use, and loading their translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.core.resources import resource

_installed: list[QTranslator] = []


def available_languages() -> list[str]:
    """English, plus every compiled translation shipped in resources/i18n."""
    folder = resource("i18n")
    found = sorted(p.stem.removeprefix("candor_") for p in folder.glob("candor_*.qm")) if folder.is_dir() else []
    return ["en", *[code for code in found if code != "en"]]


def choose_language(flag: str | None, preference: str | None, system: str | None = None) -> str:
    """The ``--lang`` flag, else the saved choice, else the system's language if shipped, else English."""
    available = available_languages()
    for candidate in (flag, preference, system or QLocale.system().name()):
        if not candidate:
            continue
        for code in (candidate, candidate.split("_")[0].split("-")[0]):
            if code in available:
                return code
    return "en"


def translation_files(lang: str) -> list[tuple[str, str]]:
    """(file name, folder) of Candor's own translation for ``lang``, then Qt's."""
    return [("candor_" + lang, str(resource("i18n"))),
            ("qtbase_" + lang, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install_translators(app: QApplication, lang: str) -> None:
    """Candor's own strings and Qt's (standard buttons and dialogs) in ``lang``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Numbers, amounts and dates follow the interface language, so a German screen says "1.234,50 €".
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return
    for name, folder in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def check_translations() -> str:
    """For ``candor self-test``: every shipped language loads, with Qt's own strings; raises if one does not."""
    problems, found = [], []
    for lang in available_languages()[1:]:
        (ours, ours_folder), (qts, qts_folder) = translation_files(lang)
        if not QTranslator().load(ours, ours_folder):
            problems.append(f"{ours}.qm does not load")
        if not QTranslator().load(qts, qts_folder):
            problems.append(f"Qt's {qts}.qm is missing")
        found.append(lang)
    if problems:
        raise RuntimeError("; ".join(problems) + ". Reinstall Candor (developers: ./dev setup).")
    if not found:
        raise RuntimeError(f"no compiled translations in {resource('i18n')}; only English would be offered.")
    return "English, " + ", ".join(found) + " (with Qt's own dialogs and buttons)"
