"""Rows of one learner in every feature, each carrying the learner's own mark, written
through the features' services on a session bound to that learner's schema (and files in
that learner's workspace folder). Used to prove that no service hands one learner's rows
to another."""

from __future__ import annotations

import io
import zipfile

from sqlalchemy.orm import Session

from pivotprep.applications import service as applications
from pivotprep.design import service as design
from pivotprep.mock import service as mock
from pivotprep.plan import service as plan
from pivotprep.portfolio import service as portfolio
from pivotprep.practice import service as practice
from pivotprep.profile import service as profile
from pivotprep.resume import service as resume
from pivotprep.sql import service as sql
from pivotprep.stories import service as stories

PRACTICE_PROBLEM = "best-trading-window"
SQL_PROBLEM = "sql-average-tip-with-zeros"
DESIGN_PROMPT = "rate-limiter"
MOCK_ITEM = "merge-room-bookings"
BRIEF = "orders-etl"
QUESTION = "q016"
CONCEPT = "caching"


def story_text(mark: str) -> str:
    return (
        f"At {mark} school attendance kept falling. I was asked to find out why. "
        "I built a spreadsheet of absences and met each family. Attendance rose 12%."
    )


def resume_text(mark: str) -> bytes:
    return (
        f"{mark} Rivera\nData analyst\n\nExperience\nTeacher at {mark} School, 2018-2024\n"
        "- Built Python and SQL reports on attendance for 900 students\n"
        "- Automated grading with pandas; cut turnaround from 3 weeks to 4 days\n\n"
        "Skills\nPython, SQL, pandas, Airflow, dbt, data modeling\n"
    ).encode()


JOB = (
    "Data Engineer\nWe are looking for a data engineer to build batch pipelines with Python, "
    "SQL and Airflow.\nRequirements: 2+ years of Python, strong SQL, experience with Airflow "
    "or dbt, data modeling.\nNice to have: Spark, Kafka, AWS.\n"
)


def project_zip(mark: str) -> bytes:
    """A small project: a README and a module, both naming `mark`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(f"{mark}/README.md", f"# {mark} orders\n\nRun `python -m orders`.\n")
        archive.writestr(f"{mark}/orders.py", f'"""{mark} orders."""\n\nTOTAL = 1\n')
    return out.getvalue()


def _profile(session: Session, mark: str) -> None:
    data = profile.validate_profile(
        target_role="data-engineer",
        company_sizes="mid",
        hours_per_week=15,
        timeline_months=4,
        start_date="2026-02-23",
        past_roles=f"Teacher|teaching|3; {mark} tutor|teaching|1",
        domain="teaching",
        name=f"Learner {mark}",
    )
    profile.save_profile(session, data)
    plan.ensure_plan(session)
    plan.add_custom_task(
        session, title=f"{mark} dbt basics", step="projects", hours=2, source="resume"
    )


def _applications(session: Session, mark: str) -> None:
    company = f"{mark} Analytics"
    applications.add_company(
        session, applications.CompanyInput(name=company, size="mid", role="DE", notes=mark)
    )
    applications.add_application(session, company=company, role="de", notes=f"{mark} note")
    contact = applications.add_contact(
        session, {"first_name": mark, "last_name": "Oak", "company": company}
    )
    applications.log_outreach(session, contact.id, "asked-chat", note=f"{mark} asked")
    applications.set_background(session, employers=[f"{mark} School"], project=f"{mark} app")


def _stories(session: Session, mark: str) -> None:
    stories.create_story(session, stories.StoryInput(title=f"{mark} story", text=story_text(mark)))
    stories.submit_practice(
        session, question_id=QUESTION, answer=story_text(mark), seconds_taken=100
    )
    stories.submit_explain(
        session, CONCEPT, f"{mark}: we keep copies of common answers close by, so pages load "
        "faster for customers and our server costs drop, which matters for the budget.",
    )  # fmt: skip


def _practice(session: Session, mark: str) -> None:
    practice.start(session, PRACTICE_PROBLEM)
    solution = practice.workspace_file(PRACTICE_PROBLEM)
    solution.parent.mkdir(parents=True, exist_ok=True)
    solution.write_text(f"# {mark}\n", encoding="utf-8")
    practice.record_run(session, PRACTICE_PROBLEM, passed=True, summary={}, complexity_ok=True)
    sql.start(session, SQL_PROBLEM)
    sql.save_query(SQL_PROBLEM, f"-- {mark}\nSELECT 1")


def _design_and_mock(session: Session, mark: str) -> None:
    row = design.start_session(session, DESIGN_PROMPT)
    design.save_worksheet_text(session, row.id, f"## Requirements\n{mark} limits per user\n")
    design.answer_card(session, "cache-aside", f"cache aside, said {mark}", seconds=5)
    design.answer_drill(session, "chat-message-rate", "about 25k per second")
    mock.start_loop(session, "<50")
    mock.start_single(session, "coding", MOCK_ITEM)
    mock.note(session, f"{mark} thinks aloud")


def _resume_and_portfolio(session: Session, mark: str) -> None:
    resume.scan_documents(
        session,
        resume_data=resume_text(mark),
        resume_filename=f"{mark}.txt",
        job=JOB,
        semantic="off",
    )
    portfolio.start_takehome(session, BRIEF, 4)
    portfolio.check_upload(session, f"{mark}.zip", project_zip(mark), run=False)


def seed(session: Session, mark: str) -> None:
    """One learner's rows in every feature (their profile, plan, stories, applications,
    practice, SQL, design, mock, resume scan and take-home), each carrying `mark`."""
    for part in (_profile, _applications, _stories, _practice, _design_and_mock):
        part(session, mark)
        session.flush()
    _resume_and_portfolio(session, mark)
