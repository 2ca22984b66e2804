"""The AI tool catalog: the shipped file, the model, and the messages for broken files."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest

from desktop.core.catalog import Catalog, Trains, load_catalog, parse_catalog
from desktop.core.errors import ContentError
from desktop.core.resources import resource

TODAY = datetime.date(2026, 11, 24)
CATEGORY_CODES = {
    "chat",
    "coding",
    "meetings",
    "writing",
    "image",
    "search",
    "browser_extension",
    "local_model",
}

# Line numbers below matter: the tests assert on them.
GOOD = textwrap.dedent(
    """\
    version: 1
    categories:
      - {code: chat, label: {en: Chat assistants}}
      - {code: coding, label: {en: Coding assistants}}
    tools:
      - id: zeta-chat
        name: Zeta Chat
        vendor: Zeta
        category: chat
        tiers:
          - name: Free
            kind: consumer
            trains_on_inputs: true
            retention: unknown
            opt_out: {en: Switch off training in Settings.}
          - name: Business
            kind: business
            trains_on_inputs: false
            retention: {en: 30 days., de: 30 Tage.}
        no_training_business_tier: true
        notes: {en: Do not paste customer data.}
        sources: [https://zeta.example/privacy]
        last_verified: 2026-11-20
      - id: alpha-code
        name: alpha Code
        vendor: Alpha
        category: coding
        tiers:
          - name: Enterprise
            kind: business
            trains_on_inputs: unknown
            retention: unknown
        no_training_business_tier: unknown
        notes: {en: Ask IT first.}
        sources: [https://alpha.example/security]
        last_verified: 2026-10-01
      - id: beta-chat
        name: Beta Chat
        vendor: Beta
        category: chat
        tiers:
          - name: Local
            kind: local
            trains_on_inputs: false
            retention: unknown
        no_training_business_tier: true
        notes: {en: Runs on your computer.}
        sources: [https://beta.example/docs]
        last_verified: 2026-11-24
    """
)


def parse(text: str, file: str = "tools.yaml") -> Catalog:
    return parse_catalog(text, file, today=TODAY)


def error_for(text: str, file: str = "tools.yaml") -> str:
    with pytest.raises(ContentError) as caught:
        parse(text, file)
    return str(caught.value)


def edit(old: str, new: str) -> str:
    assert GOOD.count(old) == 1, old
    return GOOD.replace(old, new)


# --- the shipped catalog ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return load_catalog()


def test_shipped_catalog_has_at_least_30_tools_in_all_eight_categories(shipped: Catalog):
    assert len(shipped) >= 30
    assert {category.code for category in shipped.categories} == CATEGORY_CODES
    assert {category.code for category, _ in shipped.by_category()} == CATEGORY_CODES
    assert all(category.label.get("en") for category in shipped.categories)


def test_every_shipped_tool_has_an_https_source_and_a_checked_date(shipped: Catalog):
    for tool in shipped:
        assert tool.sources, tool.id
        assert all(source.startswith("https://") for source in tool.sources), tool.id
        assert isinstance(tool.last_verified, datetime.date), tool.id
        assert (
            datetime.date(2026, 1, 1) <= tool.last_verified <= datetime.date.today() + datetime.timedelta(1)
        )


def test_every_shipped_tool_is_complete_and_actionable(shipped: Catalog):
    assert len(set(shipped.ids())) == len(shipped)
    for tool in shipped:
        assert tool.tiers, tool.id
        assert tool.notes["en"].strip(), tool.id
        assert tool.name and tool.vendor, tool.id
        assert isinstance(tool.trains_on_inputs_by_default, Trains)


def test_shipped_catalog_holds_the_researched_facts(shipped: Catalog):
    # From the reference research: consumer tiers that train by default, local tools that do not.
    for tool_id in ("chatgpt", "claude", "github-copilot", "grammarly", "perplexity", "deepseek"):
        assert shipped.get(tool_id).trains_on_inputs_by_default is Trains.YES, tool_id
    for tool_id in ("ollama", "lm-studio", "adobe-firefly", "zoom-ai-companion"):
        assert shipped.get(tool_id).trains_on_inputs_by_default is Trains.NO, tool_id
    chatgpt = shipped.get("chatgpt")
    assert chatgpt.no_training_business_tier is Trains.YES
    assert [tier.kind for tier in chatgpt.tiers][0] == "consumer"
    assert shipped.get("deepseek").no_training_business_tier is Trains.NO


def test_shipped_catalog_follows_the_schema_file():
    assert resource("schema", "catalog.schema.json").is_file()
    assert resource("catalog", "tools.yaml").read_text(encoding="utf-8").startswith("#")


# --- the model -------------------------------------------------------------------------------


def test_good_file_builds_the_model():
    catalog = parse(GOOD)
    assert catalog.ids() == ["zeta-chat", "alpha-code", "beta-chat"]
    zeta = catalog.get("zeta-chat")
    assert zeta.vendor == "Zeta"
    assert zeta.last_verified == datetime.date(2026, 11, 20)
    assert zeta.sources == ("https://zeta.example/privacy",)
    free, business = zeta.tiers
    assert (free.kind, free.trains_on_inputs, free.retention) == ("consumer", Trains.YES, None)
    assert free.opt_out["en"] == "Switch off training in Settings."
    assert business.retention == {"en": "30 days.", "de": "30 Tage."}
    assert business.opt_out is None
    assert zeta.no_training_business_tier is Trains.YES
    assert catalog.get("alpha-code").no_training_business_tier is Trains.UNKNOWN


def test_lookup_and_membership():
    catalog = parse(GOOD)
    assert "beta-chat" in catalog
    assert "gamma" not in catalog
    assert catalog.get("gamma") is None
    assert catalog.category("coding").label["en"] == "Coding assistants"
    assert catalog.category("image") is None


def test_by_category_keeps_category_order_and_sorts_by_name():
    groups = parse(GOOD).by_category()
    assert [(category.code, [tool.id for tool in tools]) for category, tools in groups] == [
        ("chat", ["beta-chat", "zeta-chat"]),
        ("coding", ["alpha-code"]),
    ]


def test_default_training_comes_from_the_consumer_tier_else_the_first():
    catalog = parse(GOOD)
    assert catalog.get("zeta-chat").trains_on_inputs_by_default is Trains.YES
    assert catalog.get("alpha-code").trains_on_inputs_by_default is Trains.UNKNOWN
    assert catalog.get("beta-chat").trains_on_inputs_by_default is Trains.NO


def test_model_objects_are_frozen_and_hashable():
    tool = parse(GOOD).get("zeta-chat")
    with pytest.raises(AttributeError):
        tool.name = "Other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        tool.notes["en"] = "changed"  # type: ignore[index]
    assert len({tool, tool}) == 1


def test_trains_from_catalog_values():
    assert Trains.from_value(True) is Trains.YES
    assert Trains.from_value(False) is Trains.NO
    assert Trains.from_value("unknown") is Trains.UNKNOWN
    with pytest.raises(ValueError):
        Trains.from_value("maybe")


def test_load_catalog_reads_a_given_file(tmp_path: Path):
    path = tmp_path / "tools.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_catalog(path, today=TODAY).ids() == ["zeta-chat", "alpha-code", "beta-chat"]


# --- broken files ----------------------------------------------------------------------------


def test_missing_file_names_the_path(tmp_path: Path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ContentError) as caught:
        load_catalog(missing)
    assert str(missing) in str(caught.value)
    assert "not found" in str(caught.value)


def test_malformed_yaml_names_file_and_line(tmp_path: Path):
    path = tmp_path / "tools.yaml"
    path.write_text(edit("    vendor: Zeta\n", "    vendor: [Zeta\n"), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path, today=TODAY)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert "not valid YAML" in message
    assert "line " in message


#: One change to the good catalog (old text, new text), the file name it is read as, and what the message
#: about it must say.
ONE_PROBLEM = {
    "unknown_field_suggests_the_right_name": (
        "    vendor: Zeta\n", "    vendr: Zeta\n", "my-tools.yaml",
        ["my-tools.yaml, line 8, tools[0]: unknown field 'vendr' (did you mean 'vendor'?)",
         "required field 'vendor' is missing"]),
    "wrong_type_names_field_and_expected_type": (
        "    sources: [https://zeta.example/privacy]\n", "    sources: none\n", "tools.yaml",
        ["tools.yaml, line 22, tools[0].sources: 'none' has the wrong type; expected array"]),
    "unknown_category_lists_the_allowed_ones": (
        "    category: coding\n", "    category: video\n", "tools.yaml",
        ["line 27, tools[1].category: 'video' is not allowed; use one of: chat, coding"]),
    "category_not_defined_in_the_file_is_reported": (
        "  - {code: coding, label: {en: Coding assistants}}\n", "", "tools.yaml",
        ["tools[1].category: the category 'coding' is not defined under 'categories'", "line 26"]),
    "duplicate_tool_id_points_at_both_places": (
        "  - id: beta-chat\n", "  - id: zeta-chat\n", "tools.yaml",
        ["tools.yaml, line 37, tools[2].id: the tool id 'zeta-chat' is already used at tools[0] (line 6)"]),
    "duplicate_category_code_is_reported": (
        "  - {code: coding, label: {en: Coding assistants}}\n",
        "  - {code: coding, label: {en: Coding assistants}}\n  - {code: chat, label: {en: Again}}\n", "tools.yaml",
        ["line 5, categories[2].code: the category 'chat' is already defined at categories[0]"]),
    "bad_retention_is_reported": (
        "        retention: {en: 30 days., de: 30 Tage.}\n", "        retention: forever\n", "tools.yaml",
        ["line 19, tools[0].tiers[1].retention: 'forever' is not allowed; it must be 'unknown'"]),
    "bad_retention_language_keys_are_reported": (
        "        retention: {en: 30 days., de: 30 Tage.}\n", "        retention: {english: 30 days.}\n", "tools.yaml",
        ["tools[0].tiers[1].retention", "required field 'en' is missing", "unknown field 'english'"]),
    "source_must_be_an_https_address": (
        "[https://alpha.example/security]", "[http://alpha.example/security]", "tools.yaml",
        ["tools[1].sources[0]: 'http://alpha.example/security' is not in the expected form", "https://"]),
    "future_last_verified_is_refused": (
        "last_verified: 2026-10-01", "last_verified: 2062-10-01", "tools.yaml",
        ["line 36, tools[1].last_verified: 2062-10-01 is in the future (today is 2026-11-24"]),
    "impossible_day_is_reported_not_crashed_on": (
        "last_verified: 2026-10-01", "last_verified: 2026-02-30", "tools.yaml",
        ["tools.yaml, line 36: a date cannot be read"]),
    "impossible_month_is_reported_not_crashed_on": (
        "last_verified: 2026-10-01", 'last_verified: "2026-13-01"', "tools.yaml",
        ["line 36, tools[1].last_verified: '2026-13-01' is not a real calendar date"]),
    "a_time_of_day_is_refused": (
        "last_verified: 2026-10-01", "last_verified: 2026-10-01 12:00:00", "tools.yaml",
        ["tools[1].last_verified: '2026-10-01T12:00:00' is not in the expected form: write the date"]),
    "a_tool_needs_a_tier": (
        "    tiers:\n      - name: Local\n        kind: local\n"
        "        trains_on_inputs: false\n        retention: unknown\n",
        "    tiers: []\n", "tools.yaml",
        ["tools[2].tiers: needs at least 1 item(s)"]),
}


@pytest.mark.parametrize(("old", "new", "file", "expected"), ONE_PROBLEM.values(), ids=ONE_PROBLEM.keys())
def test_one_problem_is_named(old, new, file, expected):
    message = error_for(edit(old, new), file)
    for text in expected:
        assert text in message


def test_bad_trains_on_inputs_value_lists_the_allowed_values():
    message = error_for(edit("        trains_on_inputs: unknown\n", "        trains_on_inputs: maybe\n"))
    assert "line 31, tools[1].tiers[0].trains_on_inputs: 'maybe' is not allowed; use one of:" in message
    assert "unknown" in message.split("use one of:")[1]


def test_every_problem_is_reported_at_once():
    text = edit("    vendor: Zeta\n", "    vendr: Zeta\n").replace("kind: local", "kind: desktop")
    with pytest.raises(ContentError) as caught:
        parse(text)
    locations = [problem.location for problem in caught.value.problems]
    assert "tools[0]" in locations
    assert "tools[2].tiers[0].kind" in locations


def test_last_verified_a_day_ahead_is_accepted_for_other_time_zones():
    catalog = parse(edit("last_verified: 2026-10-01", "last_verified: 2026-11-25"))
    assert catalog.get("alpha-code").last_verified == datetime.date(2026, 11, 25)


# --- issue 15: a catalog that is current ---------------------------------------------------------


@pytest.mark.parametrize("tool_id", ["deepl", "midjourney", "otter", "google-ai-studio"])
def test_tools_without_a_switch_say_so(tool_id):
    consumer = next(tier for tier in load_catalog().get(tool_id).tiers if tier.kind == "consumer")
    assert consumer.no_opt_out and consumer.opt_out is None


def test_deepseek_has_a_hosted_api_tier_and_is_stored_in_china():
    deepseek = load_catalog().get("deepseek")
    api = [tier for tier in deepseek.tiers if tier.kind == "api"]
    assert api and api[0].trains_on_inputs is Trains.UNKNOWN
    assert deepseek.data_location == "CN"
    assert "Improve the model for everyone" in deepseek.tiers[0].opt_out["en"]


def test_ollama_cloud_models_are_an_api_tier():
    ollama = load_catalog().get("ollama")
    assert ollama.tiers[0].kind == "local"
    assert any(tier.kind == "api" and ":cloud" in tier.name for tier in ollama.tiers)


def test_copilot_names_its_real_switches():
    opt_out = load_catalog().get("microsoft-copilot").tiers[0].opt_out
    for lang in ("en", "de", "fr", "es"):
        assert "'Model training on text'" in opt_out[lang] and "'Model training on voice'" in opt_out[lang]


def test_opt_out_none_is_accepted_and_anything_else_that_is_not_a_table_is_not():
    import jsonschema

    from desktop.core.schema_check import load_schema

    tier_schema = {**load_schema("catalog")["$defs"]["tier"], "$defs": load_schema("catalog")["$defs"]}
    base = {"name": "x", "kind": "consumer", "trains_on_inputs": True, "retention": "unknown"}
    jsonschema.validate({**base, "opt_out": "none"}, tier_schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**base, "opt_out": "nothing"}, tier_schema)
