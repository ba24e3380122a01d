"""A job's present-tense verbs must match a resume's past-tense ones, regular or not."""

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


def test_built_matches_build_as_maintained_matches_maintain() -> None:
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(JOB)))
    words = {k.name: k for k in report.keywords if k.category == "word"}
    assert words["maintain"].matched and words["maintain"].resume_forms == ["maintained"]
    assert words["build"].matched, "the resume says 'Built' twice"
    assert words["build"].resume_forms == ["built"]
    assert words["build"].resume_count == 2
    assert not words["build"].exact  # a variant, as 'maintained' is


@pytest.mark.parametrize(
    ("past", "present"),
    [("Built", "build"), ("led", "lead"), ("wrote", "write"), ("ran", "run"), ("grew", "grow")],
)
def test_irregular_past_forms_share_the_present_key(past: str, present: str) -> None:
    assert token_key(past) == token_key(present) == token_key(present + "ing")
