"""Score, fixes in order of impact, history and the Markdown export."""

from __future__ import annotations

from pivotprep.portfolio.report import Check, Evidence, Report, changes, from_dict, markdown


def _report(status_a: str, status_b: str) -> Report:
    report = Report("churn", "zip", 3, 100)
    report.checks = [
        Check("secrets", "No secrets", "static", status_a, "s", 20, fix="Remove the key."),
        Check(
            "licence",
            "A licence",
            "static",
            status_b,
            "l",
            3,
            fix="Add a LICENSE.",
            evidence=[Evidence("app.py", 3, "x")],
            command="ruff",
            exit_code=1,
            tail=["boom"],
        ),
        Check("links", "Links", "intake", "skip", "none", 50),
    ]
    return report


def test_score_weights_impact_and_ignores_skips() -> None:
    assert _report("pass", "pass").score == 100
    assert _report("fail", "pass").score == round(100 * 3 / 23)
    assert _report("pass", "warn").score == round(100 * 21.5 / 23)


def test_fixes_by_impact_failures_first() -> None:
    assert [c.id for c in _report("warn", "fail").fixes()] == ["secrets", "licence"]
    assert [c.id for c in _report("pass", "fail").fixes()] == ["licence"]


def test_round_trip_and_changes() -> None:
    before = _report("fail", "pass")
    after = from_dict(_report("pass", "pass").to_dict())
    moved = changes(before, after)
    assert [(c.id, c.before, c.after, c.improved) for c in moved] == [
        ("secrets", "fail", "pass", True)
    ]


def test_markdown_has_score_fixes_evidence_and_output() -> None:
    text = markdown(_report("fail", "fail"))
    assert "Score: **0/100**" in text
    assert "1. Remove the key." in text
    assert "- `app.py:3` `x`" in text
    assert "Command: `ruff` (exit code 1)" in text and "boom" in text
