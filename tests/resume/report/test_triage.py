"""The triage's rules run in order and the first that finds evidence decides.

Semantic closeness is injected as a plain similarity function (rows of cosine values),
so the order of the rules is checked without the model.
"""

from __future__ import annotations

from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from pivotprep.resume.report.triage import GAP, WORDED, triage
from pivotprep.resume.report.triage_rules import RULES

RESUME = """Jo Park
Analyst
- Management of a project budget for the regional office
- Answered 40 support tickets a day
"""
JOB = """Analyst
Requirements
- Strong project management skills.
- Experience with Tableau.
"""


def close_to_tickets(queries: list[str], lines: list[str]) -> list[list[float]]:
    """Every query is very close (0.9) to the support-tickets line, far from the others."""
    return [[0.9 if "tickets" in line else 0.1 for line in lines] for _ in queries]


def items(similarity=None) -> dict:  # type: ignore[no-untyped-def]
    resume = ResumeText.from_text(RESUME)
    report = scan(resume, JobText.from_text(JOB))
    return {i.keyword: i for i in triage(report, resume, similarity=similarity).items}


def test_the_rules_are_a_table_in_honesty_order() -> None:
    names = [rule.__name__ for rule in RULES]
    assert names == [
        "_related",
        "_own_words",
        "_semantic_close",
        "_translation",
        "_adjacent",
        "_sibling",
        "_semantic_adjacent",
    ]


def test_the_skills_own_words_on_a_line_are_found_without_semantic_mode() -> None:
    item = items()["project management"]
    assert item.verdict == WORDED and item.source == "words"
    assert item.evidence[0]["number"] == 3


def test_a_close_line_in_meaning_does_not_overwrite_the_own_words_verdict() -> None:
    """Rule 3 (semantic closeness) used to run even after rule 2 had found the skill's own
    words, and replaced its verdict with a line merely close in meaning."""
    item = items(close_to_tickets)["project management"]
    assert item.source == "words" and item.verdict == WORDED
    assert item.evidence == [
        {
            "number": 3,
            "text": "- Management of a project budget for the regional office",
            "via": "words",
        }
    ]
    assert item.reason.startswith("Line 3 has the words") and "similarity" not in item.reason


def test_a_named_tool_gets_no_credit_for_a_line_close_in_meaning() -> None:
    tableau = items(close_to_tickets)["Tableau"]
    assert tableau.verdict == GAP and tableau.source == "none" and not tableau.evidence
    assert tableau.plan_step == "foundations"


def test_a_heading_or_a_lone_word_is_never_the_line_close_in_meaning() -> None:
    """A model finds "Skills" close to "critical thinking" (0.43 in a real scan), but a
    heading shows no work to describe: only lines of three words or more are compared."""

    def close_to_short_lines(queries: list[str], lines: list[str]) -> list[list[float]]:
        return [[0.95 if len(line.split()) < 3 else 0.1 for line in lines] for _ in queries]

    resume = ResumeText.from_text(RESUME.replace("Analyst\n", "Analyst\nSkills\nOutlook\n"))
    report = scan(resume, JobText.from_text(JOB + "- Critical thinking.\n"))
    found = {i.keyword: i for i in triage(report, resume, similarity=close_to_short_lines).items}
    seen = [e["text"] for i in found.values() for e in i.evidence]
    assert found and not any(len(text.split()) < 3 for text in seen)
