"""Issue 15, section 3: every catalog entry says where its facts come from and how sure it is.

Checks on the shipped catalog that a schema cannot make: a source on the vendor's own site (or
a stated reason why there is none), a confidence mark, opt-out steps in every language with the
same menu names, an explicit answer for every tier that may train, and a business plan only
where one exists.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlparse

import pytest

from desktop.core.catalog import CONFIDENCE, Catalog, Tool, Trains, load_catalog, parse_catalog

LANGUAGES = ("en", "de", "fr", "es")
#: The entries added for issue 15 (section 3); each must load and carry the new marks.
NEW_TOOLS = {
    "slack-ai": "chat",
    "google-ai-studio": "coding",
    "qwen": "chat",
    "apple-intelligence": "chat",
    "notebooklm": "chat",
    "chatgpt-atlas": "browser_extension",
    "perplexity-comet": "browser_extension",
    "edge-copilot-mode": "browser_extension",
    "gemini-in-chrome": "browser_extension",
    "claude-for-chrome": "browser_extension",
    "kimi": "chat",
    "character-ai": "chat",
    "poe": "chat",
    "huggingchat": "chat",
    "quillbot": "writing",
    "gamma": "writing",
    "jasper": "writing",
    "openrouter": "coding",
    "lovable": "coding",
    "replit": "coding",
    "v0": "coding",
}
#: A menu or setting name quoted in the steps ('Improve the model for everyone').
QUOTED = re.compile(r"(?<![A-Za-z])'([^']+)'(?![A-Za-z])")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(today=datetime.date.today())


def vendor_sources(tool: Tool) -> list[str]:
    """The sources whose host is one of the vendor's own sites (or a subdomain of one)."""
    found = []
    for source in tool.sources:
        host = urlparse(source).hostname or ""
        if any(host == site or host.endswith("." + site) for site in tool.vendor_sites):
            found.append(source)
    return found


def test_every_entry_says_how_sure_it_is(catalog: Catalog):
    unmarked = [tool.id for tool in catalog if tool.confidence not in CONFIDENCE]
    assert unmarked == []


def test_every_entry_has_a_vendor_source_or_says_why_not(catalog: Catalog):
    for tool in catalog:
        assert tool.vendor_sites, f"{tool.id}: name the vendor's own sites (vendor_sites)"
        assert isinstance(tool.last_verified, datetime.date), tool.id
        if tool.no_vendor_source is None:
            assert vendor_sources(tool), f"{tool.id}: no source is on {tool.vendor_sites}; add one or say why not"
        else:
            assert all(tool.no_vendor_source.get(lang, "").strip() for lang in LANGUAGES), tool.id
            assert tool.confidence == "third_party", f"{tool.id}: without a vendor page it rests on others"


def test_an_entry_resting_on_others_says_so_in_its_notes(catalog: Catalog):
    for tool in catalog:
        if tool.confidence == "third_party":
            assert tool.no_vendor_source or "third-party" in tool.notes["en"] or "others" in tool.notes["en"], tool.id


def test_every_opt_out_has_steps_in_all_four_languages_with_the_same_menu_names(catalog: Catalog):
    for tool in catalog:
        for tier in tool.tiers:
            if tier.opt_out is None:
                continue
            where = f"{tool.id} / {tier.name}"
            assert all(tier.opt_out.get(lang, "").strip() for lang in LANGUAGES), where
            for name in QUOTED.findall(tier.opt_out["en"]):
                for lang in LANGUAGES[1:]:
                    assert f"'{name}'" in tier.opt_out[lang], f"{where}: '{name}' missing in {lang}"


def test_every_tier_that_may_train_says_whether_a_switch_exists(catalog: Catalog):
    silent = [
        f"{tool.id} / {tier.name}"
        for tool in catalog
        for tier in tool.tiers
        if tier.kind != "local"
        and tier.trains_on_inputs is not Trains.NO
        and not (tier.opt_out or tier.no_opt_out or tier.opt_out_unknown)
    ]
    assert silent == [], "write the steps, opt_out: none or opt_out: unknown"


def test_a_business_plan_is_promised_only_where_the_catalog_shows_one(catalog: Catalog):
    # no_training_business_tier: true makes the results say "a business plan would also protect
    # company data"; it must rest on a non-consumer tier that does not train or can be switched off.
    for tool in catalog:
        if tool.no_training_business_tier is Trains.YES:
            assert any(
                tier.kind != "consumer" and (tier.trains_on_inputs is Trains.NO or tier.opt_out)
                for tier in tool.tiers
            ), tool.id


@pytest.mark.parametrize(("tool_id", "category"), sorted(NEW_TOOLS.items()))
def test_new_entries_load_with_sources_dates_and_a_confidence(catalog: Catalog, tool_id, category):
    tool = catalog.get(tool_id)
    assert tool is not None, tool_id
    assert tool.category == category
    assert tool.confidence in CONFIDENCE
    assert tool.last_verified == datetime.date(2026, 12, 2)
    assert all(tool.notes[lang].strip() for lang in LANGUAGES)
    assert tool in dict(catalog.by_category())[catalog.category(category)]


def test_character_ai_names_its_switch_and_promises_no_business_plan(catalog: Catalog):
    tool = catalog.get("character-ai")
    assert "'Improve the Model for Everyone'" in tool.tiers[0].opt_out["en"]
    assert tool.no_training_business_tier is Trains.UNKNOWN  # none found, which is not proof of none


def test_lovable_business_opt_out_is_the_workspace_switch(catalog: Catalog):
    tool = catalog.get("lovable")
    business = next(tier for tier in tool.tiers if tier.kind == "business")
    assert "'Data collection opt out'" in business.opt_out["en"]
    assert tool.paid_plan_trains is Trains.YES


def test_apple_intelligence_is_not_read_as_a_local_model(catalog: Catalog):
    # A first tier of kind local would make "my own free account" count as on-device.
    assert catalog.get("apple-intelligence").tiers[0].kind != "local"


def test_opt_out_unknown_is_read_as_no_known_setting():
    text = """\
version: 1
categories: [{code: chat, label: {en: Chat}}]
tools:
  - id: t
    name: T
    vendor: V
    category: chat
    tiers: [{name: Free, kind: consumer, trains_on_inputs: unknown, retention: unknown, opt_out: unknown}]
    no_training_business_tier: unknown
    notes: {en: Ask IT.}
    sources: [https://v.example/terms]
    last_verified: 2026-11-20
    confidence: third_party
    vendor_sites: [v.example]
"""
    tool = parse_catalog(text).get("t")
    tier = tool.tiers[0]
    assert (tier.opt_out, tier.no_opt_out, tier.opt_out_unknown) == (None, False, True)
    assert (tool.confidence, tool.vendor_sites, tool.no_vendor_source) == ("third_party", ("v.example",), None)
