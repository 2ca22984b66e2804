from desktop.ui import i18n


def test_language_choice_order(monkeypatch):
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "de"])
    assert i18n.choose_language("de", "en", "fr_FR") == "de"          # the flag wins
    assert i18n.choose_language(None, "de", "fr_FR") == "de"          # then the saved choice
    assert i18n.choose_language(None, None, "de_AT") == "de"          # then the system, by base language
    assert i18n.choose_language(None, None, "fr_FR") == "en"          # nothing shipped for it: English
    assert i18n.choose_language("xx", None, "pt_BR") == "en"


def test_english_is_always_available():
    assert i18n.available_languages()[0] == "en"
