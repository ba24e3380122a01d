"""The rate follows hard skills: soft skills and other keywords can move it only a little,
so a resume with none of the job's hard skills stays far below the 80% line."""

from __future__ import annotations

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.report.scoring import KIND_WEIGHTS, ResumeText, scan
from pivotprep.resume.service import job_input

JOB = """Data Engineer

Requirements
- Build ETL pipelines in Python and SQL on Snowflake with Airflow.
- Excellent communication, teamwork and stakeholder management.
- Experience in finance and documentation of data sources.
"""
SOFT_ONLY = """Jo Example
Operations lead
- Led teamwork across three sites; communication with stakeholders every week.
- Stakeholder management for a finance team; wrote the documentation of every process.
"""
HARD_ONLY = """Jo Example
Data engineer
- Built ETL pipelines in Python and SQL on Snowflake, scheduled with Airflow.
"""


def test_hard_skills_weigh_ten_times_a_soft_skill_and_twenty_times_another_keyword() -> None:
    assert KIND_WEIGHTS["hard_skills"] == 10 * KIND_WEIGHTS["soft_skills"]
    assert KIND_WEIGHTS["hard_skills"] == 20 * KIND_WEIGHTS["other_keywords"]


def test_soft_skills_and_context_alone_keep_the_rate_low() -> None:
    report = scan(ResumeText.from_text(SOFT_ONLY), job_input(read_job(JOB)))
    assert any(k.matched and k.kind == "soft_skills" for k in report.keywords)
    assert not any(k.matched and k.kind == "hard_skills" for k in report.keywords)
    assert report.rate < 15


def test_every_hard_skill_without_the_soft_ones_is_most_of_the_rate() -> None:
    report = scan(ResumeText.from_text(HARD_ONLY), job_input(read_job(JOB)))
    assert all(k.matched for k in report.keywords if k.kind == "hard_skills")
    assert report.rate > 80


def test_a_skill_a_duty_names_weighs_as_much_as_a_required_one() -> None:
    """The labelled coverage counts a duty's skill as required: "You will build pipelines in
    Airflow" asks for Airflow as much as "Requirements: Python" asks for Python."""
    job = (
        "Data Engineer\n\nResponsibilities\n- Build and run the nightly batch pipelines of our "
        "public data portal in Airflow.\n\nRequirements\n- Strong Python for data work and "
        "automation.\n\nNice to have\n- Terraform for the infrastructure we run.\n"
    )
    report = scan(ResumeText.from_text("Jo\nEngineer\n- Python\n"), job_input(read_job(job)))
    weight = {k.name: k.weight for k in report.keywords if k.kind == "hard_skills"}
    assert weight["Apache Airflow"] == weight["Python"] == 3 * weight["Terraform"]
