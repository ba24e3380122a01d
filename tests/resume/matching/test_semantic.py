"""Semantic mode (the [semantic] extra): offline model, evidence lines, the mode reported."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching import semantic
from pivotprep.resume.report.scoring import JobText, ResumeText, scan
from pivotprep.resume.report.triage import GAP, TRANSFERABLE, triage
from tests.conftest import need

pytestmark = [pytest.mark.semantic, pytest.mark.slow]

RESUME = """Jo Park
Customer success lead
- Presented quarterly account reviews to senior client stakeholders
- Answered 40 support tickets a day
"""
JOB = """Product Analyst
Requirements
- Stakeholder management with senior leaders.
- Experience with Tableau.
"""


def test_without_similarity_the_mode_says_taxonomy_only() -> None:
    resume = ResumeText.from_text(RESUME)
    result = triage(scan(resume, JobText.from_text(JOB)), resume)
    assert result.mode == "taxonomy + translation map"


def test_semantic_mode_finds_close_lines_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    need(semantic.available(), "the [semantic] extra is not installed")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    rows = semantic.similarities(
        ["stakeholder management"],
        ["Presented account reviews to senior client stakeholders", "Cooked pasta for friends"],
    )
    assert rows[0][0] > rows[0][1]
    resume = ResumeText.from_text(RESUME.replace("stakeholders", "leaders"))
    report = scan(resume, JobText.from_text(JOB))
    result = triage(report, resume, similarity=semantic.similarities)
    assert "semantic" in result.mode
    verdicts = {i.keyword: i for i in result.items}
    # A named tool never gets semantic credit: Tableau stays a gap.
    assert verdicts["Tableau"].verdict == GAP
    stakeholder = verdicts["stakeholder management"]
    assert stakeholder.verdict == TRANSFERABLE and stakeholder.source == "semantic"
    assert "account reviews" in stakeholder.evidence[0]["text"]


def test_a_repeated_or_very_long_text_gets_the_similarity_of_its_first_copy() -> None:
    """Each distinct text is encoded once, and only its first characters (all the model
    reads): repeated queries give identical rows, and a long tail changes nothing."""
    need(semantic.available(), "the [semantic] extra is not installed")
    lines = ["Built ETL jobs in Python and SQL", "Taught maths to 30 students"]
    long = "Experience with SQL. " + "x " * 10_000
    rows = semantic.similarities(["SQL", long, "SQL", long + "more"], lines)
    assert rows[0] == rows[2] and rows[1] == rows[3]
    assert rows[0][0] > rows[0][1]
