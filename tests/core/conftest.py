import textwrap

import pytest

from desktop.core.questionnaire_loader import parse_questionnaire

MINI = textwrap.dedent(
    """
    id: mini
    version: 2
    scales:
      agree:
        - {code: disagree, label: {en: Disagree}}
        - {code: agree, label: {en: Agree}}
    sections:
      - id: tools
        title: {en: Tools}
        pages:
          - id: pick
            questions:
              - id: tools_used
                type: tool_picker
                text: {en: "Which tools?"}
                required: true
                feeds: tools
      - id: details
        title: {en: Details}
        pages:
          - id: use
            loop: tools_used
            questions:
              - id: account_kind
                type: single_choice
                text: {en: "Which account?"}
                required: true
                feeds: tool.account_kind
                options:
                  - {code: company_provided, label: {en: Company}}
                  - {code: personal_paid, label: {en: Personal paid}}
          - id: spend
            loop: tools_used
            show_if: 'account_kind == "personal_paid"'
            questions:
              - id: spend
                type: amount_band
                text: {en: "How much?"}
                feeds: tool.spend
                options:
                  - {code: under_10, label: {en: Under 10}, monthly: [0, 10]}
                  - {code: over_10, label: {en: Over 10}, monthly: [10, null]}
      - id: why
        title: {en: Why}
        pages:
          - id: reasons
            show_if: 'any_of(account_kind, ["personal_paid"])'
            questions:
              - id: reasons
                type: multi_choice
                text: {en: "Why?"}
                feeds: connected
                exclusive: [none]
                options:
                  - {code: slow, label: {en: Too slow}}
                  - {code: none, label: {en: None of these}}
              - id: reasons_note
                type: free_text
                private: true
                text: {en: Notes}
                feeds: none
          - id: feel
            questions:
              - id: strategy_clear
                type: scale
                scale: agree
                text: {en: "Clear?"}
                feeds: strategy_clear
              - id: org_unit
                type: org_unit
                text: {en: Unit}
                feeds: org_unit
    """
)


@pytest.fixture
def mini_text() -> str:
    return MINI


@pytest.fixture
def mini():
    return parse_questionnaire(MINI, "mini.yaml")
