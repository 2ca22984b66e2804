from desktop.core.navigation import Navigator
from desktop.core.session import AssessmentSession


def test_every_answer_and_move_is_saved_and_restores(mini):
    saved = []
    session = AssessmentSession.restore(Navigator(mini), None, saved.append)
    assert session.ref.key == "pick" and session.is_first()
    picker = mini.question("tools_used")
    assert session.next() is False  # required answer missing: no move
    assert [q.id for q in session.missing()] == ["tools_used"]
    session.answer(picker, ["chatgpt"])
    assert saved[-1]["answers"]["values"]["tools_used"] == ["chatgpt"]
    assert session.next() is True
    assert session.ref.key == "use@chatgpt"
    session.answer(mini.question("account_kind"), "personal_paid")
    assert saved[-1]["answers"]["values"]["account_kind@chatgpt"] == "personal_paid"
    assert saved[-1]["page"] == "use@chatgpt"

    reopened = AssessmentSession.restore(Navigator(mini), saved[-1], saved.append)
    assert reopened.ref.key == "use@chatgpt"
    assert reopened.value(mini.question("account_kind")) == "personal_paid"
    assert reopened.back() and reopened.ref.key == "pick"
    assert reopened.back() is False


def test_finishing_marks_the_session(mini):
    saved = []
    session = AssessmentSession.restore(Navigator(mini), {"answers": {"values": {"tools_used": ["none"]}}},
                                        saved.append)
    assert session.next() and session.ref.key == "feel"
    assert session.is_last()
    assert session.next() and session.finished
    assert saved[-1]["questionnaire"] == {"id": "mini", "version": 2}
