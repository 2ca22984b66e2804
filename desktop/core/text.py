"""Per-language text as stored in content files: a mapping of language code to text."""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "en"

LocalText = Mapping[str, str]


def pick(text: LocalText | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text in ``lang``, else its base language, else English, else empty."""
    if not text:
        return ""
    if lang in text:
        return text[lang]
    base = lang.split("_")[0].split("-")[0]
    if base in text:
        return text[base]
    return text.get(DEFAULT_LANGUAGE, "")
