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
