"""The headline is found when the title shares its line with contact details or an arrow,
and the title row and the headline check never contradict each other."""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job, read_resume
from pivotprep.resume.report.formatting import check_formatting
from pivotprep.resume.service import job_input, resume_input, scan_texts

BODY = (
    "Experience\nAnalyst, Acme, 2020 - 2024\n"
    "- Built ETL pipelines in Python and SQL for the finance team every day\n"
    "- Wrote dbt models and Airflow DAGs for reporting across many departments\n"
    "Skills\nPython, SQL\n"
)
JOB = (
    "Data Engineer\nRequirements\n- Experience with Python, SQL and dbt for analytics work\n"
    "- You will build and run pipelines for the finance and operations teams\n"
    "- You will review data quality reports with the analysts every single week\n"
)


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("Data Engineer | maria@example.com | 555-010-0100", "Data Engineer"),
        (
            "Senior Financial Analyst -> Data Engineer | maria@example.com | linkedin.com/in/m",
            "Senior Financial Analyst -> Data Engineer",
        ),
    ],
)
def test_a_title_beside_contact_details_is_the_headline(top: str, headline: str) -> None:
    doc = read_resume(f"Maria Lopez\n{top}\n{BODY}".encode(), "maria.txt")
    assert doc.headline == headline
    report, _ = scan_texts(resume_input(doc), job_input(read_job(JOB)))
    assert report.title["found"] and report.title["in_headline"]
    finding = next(f for f in check_formatting(doc, "Data Engineer") if f.id == "headline_title")
    assert finding.severity == "ok"


def test_a_contact_only_line_is_no_headline() -> None:
    doc = read_resume(f"Maria Lopez\nmaria@example.com | 555-010-0100\n{BODY}".encode(), "m.txt")
    assert doc.headline is None


@pytest.mark.parametrize(
    ("top", "name", "headline"),
    [
        ("Maria Lopez \u2014 Data Engineer", "Maria Lopez", "Data Engineer"),
        (
            "Maria Lopez | Senior Financial Analyst -> Data Engineer",
            "Maria Lopez",
            "Senior Financial Analyst -> Data Engineer",
        ),
        ("Resume - updated 2024", "Resume - updated 2024", None),  # no name before the dash
        # what the document is, not a title the resume is aimed at
        ("Maria Lopez \u2014 Resume", "Maria Lopez", None),
        ("Maria Lopez | CV", "Maria Lopez", None),
        ("Maria Lopez - Curriculum Vitae", "Maria Lopez", None),
    ],
)
def test_a_title_after_the_name_on_its_line_is_the_headline(
    top: str, name: str, headline: str | None
) -> None:
    doc = read_resume(f"{top}\nmaria@example.com | 555-010-0100\n{BODY}".encode(), "m.txt")
    assert (doc.contact.name, doc.headline) == (name, headline)


def test_a_missing_headline_is_one_fix_not_two() -> None:
    """ "There is no headline under your name. Add one with the exact job title" already
    says to put the title there: the title fix is not listed beside it."""
    from pivotprep.resume.report.presentation import top_fixes

    no_headline = {"id": "headline_title", "severity": "problem", "message": "No headline."}
    data = {"keywords": [], "triage": [], "title": {"title": "Data Engineer"}}
    assert top_fixes({**data, "formatting": [no_headline]}) == ("No headline.",)
    title_fix = "Put the job title 'Data Engineer' in the headline under your name."
    assert top_fixes({**data, "formatting": []}) == (title_fix,)
