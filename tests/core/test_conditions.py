import pytest

from desktop.core.conditions import ConditionError, parse_condition


@pytest.mark.parametrize(
    ("source", "answers", "expected"),
    [
        ('kind == "personal_paid"', {"kind": "personal_paid"}, True),
        ('kind != "personal_paid"', {"kind": "personal_paid"}, False),
        ('"chatgpt" in tools', {"tools": ["chatgpt", "claude"]}, True),
        ('"chatgpt" not in tools', {"tools": ["claude"]}, True),
        ('"chatgpt" in tools', {}, False),
        ("count(tools) > 1", {"tools": ["a", "b"]}, True),
        ("count(tools) > 1", {}, False),
        ('any_of(data, ["credentials", "health"])', {"data": ["public", "health"]}, True),
        ('any_of(data, ["credentials", "health"])', {"data": ["public"]}, False),
        ('any_of(kind, ["a", "b"])', {"kind": "b"}, True),
        ("answered(note)", {"note": "x"}, True),
        ("answered(note)", {"note": ""}, False),
        ("not answered(note)", {}, True),
        ('a == "x" and (b == "y" or c == "z")', {"a": "x", "c": "z"}, True),
        ('a == "x" and (b == "y" or c == "z")', {"a": "x"}, False),
        ("score >= 3", {"score": 4}, True),
        ("score >= 3", {}, False),
        ('score >= 3', {"score": "text"}, False),
        ("1 < score <= 3", {"score": 3}, True),
    ],
)
def test_evaluates(source, answers, expected):
    assert parse_condition(source).evaluate(answers) is expected


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("__import__('os').system('true')", "only these functions may be called"),
        ("tools.pop()", "only these functions may be called"),
        ("kind.__class__", "Attribute is not allowed"),
        ("[x for x in tools]", "ListComp is not allowed"),
        ("lambda: 1", "Lambda is not allowed"),
        ("a + b", "BinOp is not allowed"),
        ("tools[0]", "Subscript is not allowed"),
        ("kind ==", "not a valid condition"),
        ("count(a, b)", "count() takes 1 argument"),
        ("any_of(a, [b])", "lists may only hold plain values"),
        ("a is None", "the operator Is is not allowed"),
        ("", "non-empty"),
    ],
)
def test_rejects_anything_outside_the_language(source, fragment):
    with pytest.raises(ConditionError) as caught:
        parse_condition(source)
    assert fragment in str(caught.value)


def test_reports_the_names_it_reads():
    condition = parse_condition('any_of(data, ["x"]) and kind == "y" or answered(note)')
    assert condition.names == {"data", "kind", "note"}
