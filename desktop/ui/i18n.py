"""Which interface languages are installed: English, plus every compiled translation shipped."""

from __future__ import annotations

from desktop.core.resources import resource


def available_languages() -> list[str]:
    folder = resource("i18n")
    found = sorted(p.stem.removeprefix("candor_") for p in folder.glob("candor_*.qm")) if folder.is_dir() else []
    return ["en", *[code for code in found if code != "en"]]
