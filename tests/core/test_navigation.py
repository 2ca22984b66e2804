from desktop.core.answers import Answers
from desktop.core.navigation import Navigator, PageRef
from desktop.core.questionnaire_loader import load_questionnaire


def keys(navigator: Navigator, answers: Answers) -> list[str]:
    return [view.ref.key for view in navigator.walk(answers).pages]


def walk_forward(navigator: Navigator, answers: Answers) -> list[str]:
    """Press Next from the first page to the end, as the wizard would."""
    seen = []
    view = navigator.first(answers)
    while view is not None:
        seen.append(view.ref.key)
        view = navigator.next(view.ref, answers)
    return seen


def test_no_tools_skips_every_tool_page(mini):
    nav = Navigator(mini)
    answers = Answers()
    assert walk_forward(nav, answers) == ["pick", "feel"]


def test_explicit_no_tools_answers_the_picker_but_picks_nothing(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["none"]})
    assert nav.missing_required(PageRef("pick"), answers) == []
    assert walk_forward(nav, answers) == ["pick", "feel"]
    assert "tools_used" not in nav.effective_answers(answers)


def test_loop_pages_are_grouped_per_tool_in_pick_order(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["claude", "chatgpt"]})
    answers.set("account_kind", "personal_paid", tool="claude")
    answers.set("account_kind", "company_provided", tool="chatgpt")
    assert walk_forward(nav, answers) == ["pick", "use@claude", "spend@claude", "use@chatgpt", "reasons", "feel"]


def test_backwards_mirrors_forwards(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["a", "b"], "account_kind@a": "personal_paid", "account_kind@b": "personal_paid"})
    forward = walk_forward(nav, answers)
    backward = []
    view = nav.walk(answers).pages[-1]
    while view is not None:
        backward.append(view.ref.key)
        view = nav.previous(view.ref, answers)
    assert backward == list(reversed(forward))
    assert nav.previous(PageRef("pick"), answers) is None


def test_changing_an_answer_reroutes_and_hidden_answers_stop_counting(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["a"], "account_kind@a": "personal_paid", "spend@a": "over_10",
                       "reasons": ["slow"]})
    assert "spend@a" in nav.effective_answers(answers)
    assert "reasons" in nav.effective_answers(answers)
    answers.set("account_kind", "company_provided", tool="a")
    assert keys(nav, answers) == ["pick", "use@a", "feel"]
    effective = nav.effective_answers(answers)
    assert "spend@a" not in effective and "reasons" not in effective
    # Nothing typed is thrown away: switching back brings the answers back.
    assert answers.get("spend", tool="a") == "over_10"
    answers.set("account_kind", "personal_paid", tool="a")
    assert nav.effective_answers(answers)["spend@a"] == "over_10"


def test_next_from_a_page_that_just_became_hidden(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["a", "b"], "account_kind@a": "personal_paid"})
    # The employee is on spend@a, goes back, changes the account kind: spend@a disappears.
    answers.set("account_kind", "company_provided", tool="a")
    assert nav.next(PageRef("spend", "a"), answers).ref.key == "use@b"
    assert nav.previous(PageRef("spend", "a"), answers).ref.key == "use@a"


def test_deselected_tool_page_resumes_nearby(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["a"]})
    assert nav.resume("use@zzz", answers).ref.key == "use@a"
    assert nav.resume("use@a", answers).ref.key == "use@a"
    assert nav.resume("no-such-page", answers).ref.key == "pick"
    assert nav.resume(None, answers).ref.key == "pick"


def test_org_unit_question_only_when_the_policy_offers_units(mini):
    answers = Answers()
    assert [q.id for q in Navigator(mini).first(answers).questions] == ["tools_used"]
    feel_without = Navigator(mini).view(PageRef("feel"), answers)
    feel_with = Navigator(mini, org_units_offered=True).view(PageRef("feel"), answers)
    assert [q.id for q in feel_without.questions] == ["strategy_clear"]
    assert [q.id for q in feel_with.questions] == ["strategy_clear", "org_unit"]


def test_missing_required_names_the_unanswered_questions(mini):
    nav = Navigator(mini)
    answers = Answers()
    assert [q.id for q in nav.missing_required(PageRef("pick"), answers)] == ["tools_used"]
    answers.set("tools_used", ["a"])
    assert nav.missing_required(PageRef("pick"), answers) == []
    assert [q.id for q in nav.missing_required(PageRef("use", "a"), answers)] == ["account_kind"]


def test_progress_counts_sections_and_pages(mini):
    nav = Navigator(mini)
    answers = Answers({"tools_used": ["a", "b"], "account_kind@a": "personal_paid"})
    progress = nav.progress(PageRef("spend", "a"), answers)
    assert (progress.section_number, progress.section_count) == (2, 3)
    assert (progress.page_in_section, progress.pages_in_section) == (2, 3)
    assert (progress.page_number, progress.page_count) == (3, 6)
    assert 0 < progress.fraction < 1


def test_answers_round_trip_through_plain_data(mini):
    answers = Answers({"tools_used": ["chatgpt"]})
    key = answers.add_other_tool("  Acme   Writer ", "writing")
    assert answers.add_other_tool("acme writer", "writing") == key
    answers.set("tools_used", ["chatgpt", key])
    restored = Answers.from_dict(answers.to_dict())
    assert restored == answers
    assert restored.other_tools[key].name == "Acme Writer"
    assert "Acme" not in repr(restored)


def test_whole_flow_through_the_shipped_questionnaire():
    questionnaire = load_questionnaire()
    nav = Navigator(questionnaire, org_units_offered=True)
    answers = Answers()
    view = nav.first(answers)
    visited = []
    while view is not None:
        visited.append(view.ref.key)
        for question in view.questions:
            if question.type.value == "tool_picker":
                answers.set(question.id, ["chatgpt", "github-copilot"])
            elif question.type.value == "single_choice" and question.feeds == "tool.account_kind":
                answers.set(question.id, "personal_paid", tool=view.ref.tool)
            elif question.type.value == "multi_choice" and question.feeds == "tool.data_classes":
                answers.set(question.id, ["source_code", "credentials"], tool=view.ref.tool)
            elif question.options and question.required:
                answers.set(question.id, question.options[0].code, tool=view.ref.tool)
        assert nav.missing_required(view.ref, answers) == []
        view = nav.next(view.ref, answers)
    for tool in ("chatgpt", "github-copilot"):
        assert any(key.endswith(f"@{tool}") for key in visited), tool
    # Paying personally reaches the spend questions for both tools.
    spend_page = questionnaire.page_of(
        next(q.id for q in questionnaire.questions() if q.feeds == "tool.spend")
    ).id
    assert f"{spend_page}@chatgpt" in visited and f"{spend_page}@github-copilot" in visited
    assert len(visited) <= 20
