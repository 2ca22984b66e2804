"""The validation of one policy file: every problem names the file, the line, the field and what to do,
all problems are reported at once, and a secret put in the wrong place is never echoed.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from pyrage import x25519

from desktop.core.errors import ContentError
from desktop.core.policy_file import parse_policy_text, toml_lines
from tests.core.policy_cases import messages, new_recipient, parse

# --- problems: the examples from the brief -------------------------------------------------------


def test_misspelt_status_names_file_line_field_and_choices():
    text = "\n" * 10 + '[[tools]]\nstatus = "aproved"\nid = "chatgpt"\n'
    assert text.splitlines()[11] == 'status = "aproved"'  # line 12
    assert messages(text) == [
        "policy.toml, line 12, tools[0].status: 'aproved' is not allowed; use one of: approved, tolerated, prohibited"
    ]


def test_malformed_toml_keeps_line_and_column():
    [message] = messages('[organization]\nname = "Acme\n')
    assert message.startswith("policy.toml, line 2: not valid TOML: ")
    assert "(column" in message


def test_backslash_in_double_quotes_gets_a_hint():
    [message] = messages('[submission]\ndrop_folder = "C:\\Users\\candor"\n')
    assert "line 2" in message
    assert "single quotes" in message


def test_a_tab_smuggled_in_by_a_backslash_is_caught():
    [message] = messages('[submission]\ndrop_folder = "C:\\temp"\n')
    assert message.startswith("policy.toml, line 2, submission.drop_folder: contains a tab or line break")


def test_byte_order_mark_is_accepted():
    assert parse('\ufeff[organization]\nname = "Acme"\n').organization.name == "Acme"


def test_unknown_field_suggests_the_known_one_on_its_own_line():
    assert messages('[organization]\nname = "Acme"\ncontcat = "it@example.com"\n') == [
        "policy.toml, line 3, organization: unknown field 'contcat' (did you mean 'contact'?)"
    ]


def test_unknown_table_lists_known_ones():
    [message] = messages("[privcy]\nmin_group_size = 5\n")
    assert "unknown field 'privcy' (did you mean 'privacy'?)" in message


def test_wrong_type():
    assert messages('[privacy]\nrandomized_response = "yes"\n') == [
        "policy.toml, line 2, privacy.randomized_response: 'yes' has the wrong type; expected boolean"
    ]


def test_single_brackets_for_tools_get_explained():
    [message] = messages('[tools]\nid = "chatgpt"\nstatus = "approved"\n')
    assert "tools: write [[tools]] with double brackets" in message


def test_group_size_below_three_is_refused_with_the_reason():
    [message] = messages("[privacy]\nmin_group_size = 2\n")
    assert message.startswith("policy.toml, line 2, privacy.min_group_size: 2 is too small; use 3 or more")
    assert "single out one person" in message
    assert parse("[privacy]\nmin_group_size = 3\n").privacy.min_group_size == 3
    whole_float = parse("[privacy]\nmin_group_size = 5.0\n").privacy.min_group_size
    assert whole_float == 5 and isinstance(whole_float, int)
    assert "expected integer" in messages("[privacy]\nmin_group_size = 4.5\n")[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0.01", "0.01 is too small"), ("0.4", "0.4 is too small"), ("7.5", "7.5 is too large"),
     ("3.5", "sent 33.1 times as often"), ("5", "5 is too large"), ("nan", "not a usable number"), ("inf", "")],
)
def test_epsilon_outside_its_range(value, expected):
    [message] = messages(f"[privacy]\nepsilon = {value}\n")
    assert "privacy.epsilon" in message
    assert expected in message
    assert "0.5 to 3" in message


def test_epsilon_bounds_are_allowed():
    assert parse("[privacy]\nepsilon = 0.5\n").privacy.epsilon == 0.5
    assert parse("[privacy]\nepsilon = 3\n").privacy.epsilon == 3.0


def test_a_valid_recipient_passes():
    recipient = new_recipient()
    assert parse(f'[submission]\nrecipient = "{recipient}"\n').submission.recipient == recipient


def test_a_damaged_recipient_is_refused():
    recipient = new_recipient()
    damaged = recipient[:-1] + ("x" if recipient[-1] != "x" else "y")  # a changed checksum character
    [message] = messages(f'[submission]\nrecipient = "{damaged}"\n')
    expected = f"policy.toml, line 2, submission.recipient: '{damaged}' is not a valid age recipient"
    assert message.startswith(expected)
    assert "candor keys new" in message


def test_a_private_key_in_place_of_the_recipient_is_refused_without_echoing_it():
    secret = str(x25519.Identity.generate())
    assert secret.startswith("AGE-SECRET-KEY-")
    [message] = messages(f'[submission]\nrecipient = "{secret}"\n')
    assert "private age key" in message
    assert secret not in message
    assert secret[15:] not in message


def test_unknown_tool_id_suggests_a_catalog_id():
    assert messages('[[tools]]\nid = "chatgtp"\nstatus = "prohibited"\n') == [
        "policy.toml, line 2, tools[0].id: 'chatgtp' is not in Candor's tool catalog"
        " (did you mean 'chatgpt'?); for an in-house tool also set name and category"
    ]


def test_in_house_tool_needs_name_and_category():
    ok = '[[tools]]\nid = "acme-gpt"\nstatus = "approved"\nname = "Acme GPT"\ncategory = "chat"\n'
    assert messages(ok) == []
    [message] = messages('[[tools]]\nid = "acme-gpt"\nstatus = "approved"\nname = "Acme GPT"\n')
    assert "needs both name and category; add category (one of: chat, coding" in message
    found = messages('[[tools]]\nid = "acme-gpt"\nstatus = "approved"\ncategory = "cooking"\n')
    assert len(found) == 2
    assert "tools[0].category: 'cooking' is not allowed; use one of: chat, coding" in found[1]
    assert "needs both name and category; add name" in found[0]


def test_catalog_tool_may_be_renamed():
    policy = parse('[[tools]]\nid = "chatgpt"\nstatus = "approved"\nname = "ChatGPT Enterprise"\n')
    assert policy.rule_for("chatgpt").name == "ChatGPT Enterprise"


def test_without_a_catalog_ids_are_not_checked():
    assert messages('[[tools]]\nid = "whatever"\nstatus = "approved"\n', known=None) == []


def test_duplicate_tool_ids():
    text = '[[tools]]\nid = "chatgpt"\nstatus = "approved"\n' * 2
    assert messages(text) == [
        "policy.toml, line 5, tools[1].id: 'chatgpt' is already listed at tools[0]; keep one entry per tool"
    ]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ('status = "tolerated"', "'claude' is tolerated in this policy, not approved"),
        (None, "'claude' is not listed in this policy"),
    ],
)
def test_alternative_must_be_an_approved_tool(target, expected):
    text = '[[tools]]\nid = "chatgpt"\nstatus = "prohibited"\nalternative = "claude"\n'
    if target:
        text += f'[[tools]]\nid = "claude"\n{target}\n'
    [message] = messages(text)
    assert message.startswith("policy.toml, line 4, tools[0].alternative: ")
    assert expected in message


def test_alternative_must_not_be_the_tool_itself():
    [message] = messages('[[tools]]\nid = "chatgpt"\nstatus = "approved"\nalternative = "chatgpt"\n')
    assert "names the tool itself" in message


def test_duplicate_org_unit_codes():
    text = '[[org_units]]\ncode = "sales"\nlabel = "Sales"\n' * 2
    assert messages(text) == [
        "policy.toml, line 5, org_units[1].code: 'sales' is already used at org_units[0];"
        " give each org unit its own code"
    ]


def test_org_unit_label_table_needs_english():
    [message] = messages('[[org_units]]\ncode = "sales"\nlabel = { de = "Vertrieb" }\n')
    assert "org_units[0].label: required field 'en' is missing" in message


def test_campaign_id_and_closing_date():
    assert messages('[campaign]\nid = "Q4 2026"\n')[0].startswith(
        "policy.toml, line 2, campaign.id: 'Q4 2026' is not in the expected form: use 1 to 40 lower-case"
    )
    assert "use a date without a time" in messages("[campaign]\ncloses = 2026-12-31T17:00:00\n")[0]
    assert "is not a calendar date" in messages('[campaign]\ncloses = "2026-02-30"\n')[0]
    assert parse('[campaign]\ncloses = "2026-02-28"\n').campaign.closes == dt.date(2026, 2, 28)


def test_contact_and_currency_forms():
    assert "e-mail address" in messages('[organization]\ncontact = "ask Bob"\n')[0]
    assert "ISO 4217" in messages('[organization]\ncurrency = "euro"\n')[0]
    assert parse('[organization]\ncontact = "ai@example.com"\n').organization.contact == "ai@example.com"


def test_relative_drop_folder():
    assert "is a relative path" in messages('[submission]\ndrop_folder = "drop"\n')[0]
    for folder in ["/srv/drop", "~/drop", "C:\\\\drop", "\\\\\\\\server\\\\share", "%USERPROFILE%\\\\drop"]:
        assert messages(f'[submission]\ndrop_folder = "{folder}"\n') == [], folder


def test_benchmark_given_in_percent_gets_a_hint():
    [message] = messages("[leadership_benchmark]\nstrategy_clear = 72\n")
    assert message == (
        "policy.toml, line 2, leadership_benchmark.strategy_clear: 72 is not a share;"
        " use a number from 0 to 1 (for 72% write 0.72)"
    )


def test_every_problem_is_reported_at_once():
    found = messages(
        """
        [organization]
        nmae = "Acme"

        [[tools]]
        id = "chatgpt"
        status = "aproved"

        [privacy]
        min_group_size = 1
        epsilon = 9

        [submission]
        recipient = "age1nope"
        """
    )
    assert [m.split(":")[0] for m in found] == [
        "policy.toml, line 3, organization",
        "policy.toml, line 7, tools[0].status",
        "policy.toml, line 10, privacy.min_group_size",
        "policy.toml, line 11, privacy.epsilon",
        "policy.toml, line 14, submission.recipient",
    ]


def test_parse_raises_content_error_with_all_problems():
    with pytest.raises(ContentError) as caught:
        parse_policy_text("[privacy]\nmin_group_size = 1\nepsilon = 0\n", "p.toml")
    assert len(caught.value.problems) == 2


def test_toml_lines_places_keys_of_tables_and_arrays_of_tables():
    text = textwrap.dedent(
        '''
        [organization]  # comment
        name = "A"
        note = """
        status = "not a key"
        """
        [[tools]]
        id = "a"
        [[tools]]
        "id" = "b"
        status = "approved"
        '''
    )
    lines = toml_lines(text)
    assert lines["organization"] == 2
    assert lines["organization.name"] == 3
    assert "organization.status" not in lines
    assert lines["tools[0].id"] == 8
    assert lines["tools[1].id"] == 10
    assert lines["tools[1].status"] == 11
