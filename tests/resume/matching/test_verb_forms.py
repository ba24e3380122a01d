"""A job's present-tense verbs must match a resume's past-tense ones, regular or not; the
words a job repeats are not keywords of their own (only skills and meaningful phrases are)."""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.matching.normalize import token_key
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input

JOB = """Data Analyst
Requirements
- 2+ years of experience writing SQL.
Responsibilities
- Build dashboards in Tableau for the product teams.
- Build and maintain the reporting models.
- Maintain data quality checks and build weekly readouts.
"""

RESUME = """Jane Doe
Data Analyst
Experience
- Built weekly Tableau dashboards for 40 warehouse managers.
- Maintained the shipment tracking spreadsheet.
- Built SQL queries to reconcile late deliveries.
"""


def test_repeated_job_words_are_not_keywords_but_skills_still_match_across_verb_forms() -> None:
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(JOB)))
    assert not [k.name for k in report.keywords if k.category == "word"]
    by_name = {k.name: k for k in report.keywords}
    assert by_name["SQL"].matched and by_name["Tableau"].matched
    assert token_key("Maintained") == token_key("maintain")


@pytest.mark.parametrize(
    ("past", "present"),
    [("Built", "build"), ("led", "lead"), ("wrote", "write"), ("ran", "run"), ("grew", "grow")],
)
def test_irregular_past_forms_share_the_present_key(past: str, present: str) -> None:
    assert token_key(past) == token_key(present) == token_key(present + "ing")
