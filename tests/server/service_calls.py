"""How to call each feature service's public function as a learner, for the service
isolation test (`test_service_isolation.py`).

Most functions are called generically: those taking a session and nothing else that is
required, or a session and one row id (every seeded schema has row 1 of each kind). The
rest are listed here, reviewed one by one, with arguments that reach the learner's own
rows: `CALLS` maps "feature.function" to a call on a `Learner` (a session bound to their
schema, that schema's engine, their mark and a scratch folder). `NO_USER_DATA` lists the
functions that take no session, engine or learner file: they compute from their arguments
or read content packs, so they cannot return a learner's rows. A new exported function
must be callable generically or appear in one of the two, or the test fails.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pivotprep.applications import service as applications
from pivotprep.backup import service as backup
from pivotprep.design import service as design
from pivotprep.mock import service as mock
from pivotprep.plan import service as plan
from pivotprep.portfolio import service as portfolio
from pivotprep.practice import service as practice
from pivotprep.profile import service as profile
from pivotprep.readiness import service as readiness
from pivotprep.resume import service as resume
from pivotprep.sql import service as sql
from pivotprep.stories import service as stories
from pivotprep.tasks import service as tasks
from tests.server import learner_rows as rows

# Features whose service holds no learner's data.
NOT_LEARNER_DATA = {
    "server": "the deployment's accounts store (pivotprep_server), shared by design and "
    "tested in tests/server/test_accounts.py, test_sharing.py and (review requests, "
    "comments, the cohort view) test_mentoring.py",
}


@dataclass
class Learner:
    mark: str
    schema: str
    engine: Engine  # bound to the learner's schema
    session: Session
    scratch: Path


def _stopped() -> threading.Event:
    stop = threading.Event()
    stop.set()
    return stop


def _company(c: Learner) -> Any:
    return applications.find_company(c.session, 1)


def _export(c: Learner) -> Path:
    path = c.scratch / "export.json"
    backup.export_to(c.engine, path)
    return path


def _resume(c: Learner) -> dict[str, Any]:
    return {"resume_data": rows.resume_text(c.mark), "resume_filename": f"{c.mark}.txt"}


def _linkedin(c: Learner) -> io.BytesIO:
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    return io.BytesIO(f"{header}New,Person,,,{c.mark} Analytics,Engineer,01 Feb 2026\n".encode())


def _project(c: Learner) -> Path:
    folder = c.scratch / "project"
    folder.mkdir(exist_ok=True)
    (folder / "README.md").write_text(f"# {c.mark} orders\n", encoding="utf-8")
    return folder


def _story(c: Learner) -> stories.StoryInput:
    return stories.StoryInput(title=f"{c.mark} again", text=rows.story_text(c.mark))


def _profile_input(c: Learner) -> Any:
    return profile.validate_profile(
        target_role="data-engineer", company_sizes="mid", hours_per_week=15,
        timeline_months=4, start_date="2026-02-23", name=f"Learner {c.mark}",
    )  # fmt: skip


PEER = {"technical": "3", "problem_solving": "2", "communication": "4"}
TASK = {"title": "Read about dbt", "step": "projects", "hours": 1.0, "source": "resume"}
Call = Callable[[Learner], object]
CALLS: dict[str, Call] = {
    "applications.add_application": lambda c: applications.add_application(
        c.session, company=f"{c.mark} Analytics", role="analyst"
    ),
    "applications.add_company": lambda c: applications.add_company(
        c.session, applications.CompanyInput(name=f"{c.mark} Two", size="mid")
    ),
    "applications.add_contact": lambda c: applications.add_contact(
        c.session, {"first_name": "New", "last_name": "Person", "company": f"{c.mark} Analytics"}
    ),
    "applications.company_size": lambda c: applications.company_size(
        c.session, f"{c.mark} Analytics"
    ),
    "applications.export_csv": lambda c: [
        applications.export_csv(c.session, kind, out := io.StringIO()) and out.getvalue()
        for kind in applications.CSV_KINDS
    ],
    "applications.export_csv_bytes": lambda c: [
        applications.export_csv_bytes(c.session, kind) for kind in applications.CSV_KINDS
    ],
    "applications.import_contacts": lambda c: applications.import_contacts(c.session, _linkedin(c)),
    "applications.import_file": lambda c: applications.import_file(
        c.session,
        "companies",
        io.BytesIO(applications.export_csv_bytes(c.session, "companies")),
    ),
    "applications.log_outreach": lambda c: applications.log_outreach(c.session, 1, "replied"),
    "applications.move_stage": lambda c: applications.move_stage(
        c.session, 1, "screen", override=True
    ),
    "applications.remove_company": lambda c: applications.remove_company(c.session, _company(c)),
    "applications.scan_company": lambda c: applications.scan_company(c.session, 1, **_resume(c)),
    "applications.search_applications": lambda c: applications.search_applications(
        c.session, "Analytics"
    ),
    "applications.set_posting": lambda c: applications.set_posting(
        c.session, _company(c), rows.JOB
    ),
    "applications.set_research": lambda c: applications.set_research(c.session, _company(c), {}),
    "applications.set_research_markdown": lambda c: applications.set_research_markdown(
        c.session, _company(c), "Notes"
    ),
    "applications.update_application": lambda c: applications.update_application(
        c.session, 1, {"notes": "updated"}
    ),
    "applications.update_company": lambda c: applications.update_company(
        c.session, _company(c), applications.CompanyInput(name=f"{c.mark} Analytics", size="mid")
    ),
    "backup.export_data": lambda c: backup.export_data(c.engine),
    "backup.export_to": lambda c: _export(c).read_text(encoding="utf-8"),
    "backup.import_data": lambda c: backup.import_data(c.engine, backup.export_data(c.engine)),
    "backup.import_from": lambda c: backup.import_from(c.engine, _export(c)),
    "backup.import_upload": lambda c: backup.import_upload(
        c.engine, "export.json", _export(c).read_bytes()
    ),
    "design.answer_card": lambda c: design.answer_card(c.session, "cache-aside", "cache aside"),
    "design.answer_drill": lambda c: design.answer_drill(c.session, "chat-message-rate", "25k"),
    "design.card_reviews": lambda c: design.card_reviews(
        c.session, datetime(2000, 1, 1, tzinfo=UTC)
    ),
    "design.run_lab": lambda c: design.run_lab(
        c.session, "last_year", design.default_choices(), "We check data quality first."
    ),
    "design.save_session": lambda c: design.save_session(c.session, 1, {}),
    "design.save_worksheet_text": lambda c: design.save_worksheet_text(c.session, 1, "Notes"),
    "design.start_session": lambda c: design.start_session(c.session, rows.DESIGN_PROMPT),
    "mock.answer": lambda c: mock.answer(c.session, "I would sort first."),
    "mock.ask": lambda c: mock.ask(c.session, "How large is the input?"),
    "mock.note": lambda c: mock.note(c.session, "a note"),
    "mock.plan_loop": lambda c: mock.plan_loop(c.session, "<50"),
    "mock.record_peer": lambda c: mock.record_peer(
        c.session, kind="coding", title="With Sam", scores=PEER, advance="no"
    ),
    "mock.reply": lambda c: mock.reply(c.session, "It fits in memory."),
    "mock.run": lambda c: mock.run(c.session, "def solve():\n    return 1\n"),
    "mock.start_loop": lambda c: mock.start_loop(c.session, "<50"),
    "mock.start_single": lambda c: mock.start_single(c.session, "coding", rows.MOCK_ITEM),
    "mock.submit": lambda c: mock.submit(c.session, run=False),
    "mock.voice_note": lambda c: mock.voice_note(c.session, b""),
    "plan.add_custom_task": lambda c: plan.add_custom_task(c.session, **TASK),
    "plan.close_added_tasks": lambda c: plan.close_added_tasks(
        c.session, source="resume", titles=[f"{c.mark} dbt basics"]
    ),
    "plan.closed_added_tasks": lambda c: plan.closed_added_tasks(
        c.session, range(1, 200), source="resume"
    ),
    "plan.export_plan": lambda c: [plan.export_plan(c.session, f) for f in ("md", "csv", "ics")],
    "plan.log_hours": lambda c: plan.log_hours(c.session, 1, "1"),
    "plan.open_tasks_for_items": lambda c: plan.open_tasks_for_items(
        c.session, "projects", ["orders-etl"]
    ),
    "plan.place_custom_task": lambda c: plan.place_custom_task(c.session, **TASK),
    "plan.tasks_for_items": lambda c: plan.tasks_for_items(c.session, "projects", ["orders-etl"]),
    "plan.tick_earliest_open": lambda c: plan.tick_earliest_open(
        c.session, {"projects": ["orders-etl"]}
    ),
    "plan.tick_first_open": lambda c: plan.tick_first_open(c.session, "projects", ["orders-etl"]),
    "plan.week_view": lambda c: plan.week_view(c.session, 1),
    "portfolio.check_project": lambda c: portfolio.check_project(c.session, _project(c), run=False),
    "portfolio.check_upload": lambda c: portfolio.check_upload(
        c.session, "p.zip", rows.project_zip(c.mark), run=False
    ),
    "portfolio.queue_takehome": lambda c: portfolio.queue_takehome(
        c.session, 1, "p.zip", rows.project_zip(c.mark), run=False
    ),
    "portfolio.queue_upload": lambda c: portfolio.queue_upload(
        c.session, "p.zip", rows.project_zip(c.mark), run=False
    ),
    "portfolio.start_takehome": lambda c: portfolio.start_takehome(c.session, rows.BRIEF, 4),
    "portfolio.submit_takehome": lambda c: portfolio.submit_takehome(
        c.session, 1, upload=("p.zip", rows.project_zip(c.mark)), run=False
    ),
    "profile.save_profile": lambda c: profile.save_profile(c.session, _profile_input(c)),
    "profile.update_profile": lambda c: profile.update_profile(
        c.session, target_role="data-engineer", hours_per_week=16
    ),
    "readiness.accept_proposal": lambda c: readiness.accept_proposal(c.session, "boost-ats"),
    "readiness.add_fix_to_plan": lambda c: readiness.add_fix_to_plan(c.session, "boost-ats"),
    "readiness.decline_proposal": lambda c: readiness.decline_proposal(c.session, "boost-ats"),
    "resume.add_gap_to_plan": lambda c: resume.add_gap_to_plan(c.session, "Airflow"),
    "resume.add_gaps_to_plan": lambda c: resume.add_gaps_to_plan(
        c.session,
        resume.scan_documents(c.session, **_resume(c), job=rows.JOB, semantic="off", store=False),
    ),
    "resume.latest_scan_for_job": lambda c: resume.latest_scan_for_job(c.session, rows.JOB),
    "resume.latest_scans": lambda c: resume.latest_scans(
        c.session, {str(resume.job_hash(rows.JOB)): None}
    ),
    "resume.scan_documents": lambda c: resume.scan_documents(
        c.session, **_resume(c), job=rows.JOB, semantic="off"
    ),
    "resume.scan_upload": lambda c: resume.scan_upload(
        c.session,
        resume=resume.Upload("r.txt", io.BytesIO(rows.resume_text(c.mark))),
        job_text=rows.JOB,
        semantic="off",
    ),
    "stories.analyze_draft": lambda c: stories.analyze_draft(c.session, rows.story_text(c.mark)),
    "stories.analyze_story": lambda c: stories.analyze_story(
        c.session, stories.get_story(c.session, 1)
    ),
    "stories.close_gap_tasks": lambda c: stories.close_gap_tasks(c.session, ["proactivity"]),
    "stories.closed_gap_tasks": lambda c: stories.closed_gap_tasks(c.session, range(1, 200)),
    "stories.closed_tasks": lambda c: stories.closed_tasks(c.session, range(1, 200)),
    "stories.create_story": lambda c: stories.create_story(c.session, _story(c)),
    "stories.save_story": lambda c: stories.save_story(c.session, _story(c)),
    "stories.stories_by_ids": lambda c: stories.stories_by_ids(c.session, [1, 2]),
    "stories.submit_explain": lambda c: stories.submit_explain(
        c.session, rows.CONCEPT, "We keep copies close by so pages load faster."
    ),
    "stories.submit_practice": lambda c: stories.submit_practice(
        c.session, question_id=rows.QUESTION, answer=rows.story_text(c.mark)
    ),
    "stories.update_story": lambda c: stories.update_story(c.session, 1, _story(c)),
}
CALLS |= {
    "practice.check": lambda c: practice.check(
        c.session, rows.PRACTICE_PROBLEM, "def max_profit(prices):\n    return 0\n"
    ),
    "practice.record_run": lambda c: practice.record_run(
        c.session, rows.PRACTICE_PROBLEM, passed=False, summary={}
    ),
    "practice.run_code": lambda c: practice.run_code(
        c.session, rows.PRACTICE_PROBLEM, "def max_profit(prices):\n    return 0\n"
    ),
    "practice.workspace_file": lambda c: practice.workspace_file(rows.PRACTICE_PROBLEM),
    "sql.judge_query": lambda c: sql.judge_query(
        c.session, rows.SQL_PROBLEM, "SELECT 1", size="small", repeats=1
    ),
    "sql.read_submission": lambda c: sql.read_submission(rows.SQL_PROBLEM),
    "sql.run_editor": lambda c: sql.run_editor(c.session, rows.SQL_PROBLEM, "SELECT 1"),
    # files are not rolled back with the session: write back what is there
    "sql.save_query": lambda c: sql.save_query(rows.SQL_PROBLEM, sql.saved_query(rows.SQL_PROBLEM)),
    "sql.saved_query": lambda c: sql.saved_query(rows.SQL_PROBLEM),
    "sql.submit": lambda c: sql.submit(c.session, rows.SQL_PROBLEM, "SELECT 1"),
    "sql.submit_drill": lambda c: sql.submit_drill(
        c.session, rows.SQL_PROBLEM, "SELECT 1", size="small", repeats=1
    ),
    "sql.workspace_path": lambda c: sql.workspace_path(rows.SQL_PROBLEM),
    # files are not rolled back with the session: the workspace is put back afterwards
    "practice.save_code": lambda c: practice.save_code(
        rows.PRACTICE_PROBLEM, "def max_profit(prices):\n    return 0\n"
    ),
    "portfolio.abandon_job": lambda c: portfolio.abandon_job(c.session, 1, "stopped"),
    # its own transactions commit: a job that does not exist, so nothing is written
    "portfolio.run_queued_job": lambda c: portfolio.run_queued_job(c.engine, 987654, "p.zip", b""),
    "tasks.get_job": lambda c: tasks.get_job(c.session, "0" * 32),
    "tasks.run_in": lambda c: tasks.run_in(c.engine, "0" * 32),
    "tasks.run_job": lambda c: tasks.run_job(c.engine, 0, "0" * 32),
    # an unknown kind is refused before anything is stored or sent
    "tasks.submit": lambda c: tasks.submit(c.engine, None, 0, "no.such.kind", {}),  # type: ignore[arg-type]
    # the consumer loop, told to stop before it starts, on a broker that does not answer
    "tasks.run_worker": lambda c: tasks.run_worker(
        c.engine, tasks.QueueConfig("amqp://127.0.0.1:1/%2F", "isolation-check", 1), stop=_stopped()
    ),
}
# The problem a feature's `problem_id` parameter is given in a generic call (each seeded
# learner has started it, so both schemas hold an attempt at it).
PROBLEM_IDS = {"practice": rows.PRACTICE_PROBLEM, "sql": rows.SQL_PROBLEM}
# Reviewed: each computes from its arguments (values, or rows the caller already read)
# or reads content packs and shared datasets; none takes a session, an engine or a
# learner's files.
NO_USER_DATA: dict[str, str] = {  # feature -> its functions, by name
    "applications": "check_company outreach_steps parse_mapping research_items templates",
    "backup": "export_file_name parse_export read_file validate",
    "design": (
        "check_minutes clock content_counts default_choices diagram_problem evaluate "
        "get_card get_drill get_prompt lab_config render_diagram review_markdown "
        "review_text scenario_chart statistic_names track_for worksheet_template"
    ),
    "mock": (
        "clock_text kit llm_endpoint phrase_followup plan_ticks rubric transcribe_bytes "
        "voice_available"
    ),
    "plan": (
        "parse_hours parse_task_ids parse_weeks plan_request profile_key task_label "
        "task_page week_number"
    ),
    "portfolio": "get_brief list_briefs markdown",
    "practice": (
        "catalogue complexity_meter complexity_svg count_in_child count_reference "
        "get_problem isolation judge_levels "
        "judge_prepared lock_remaining plan_ticks prepare_judge run_validators warm_judge "
        "wasm_facts"
    ),
    "profile": (
        "field_problem get_role profile_form snapshot start_window summarize "
        "validate_profile years_from"
    ),
    "readiness": "compute",
    "resume": (
        "find_jargon gaps_summary job_hash job_input loads_semantic_model match_rate_line "
        "replaced_hours resume_input scan_texts semantic_available"
    ),
    "sql": (
        "build_datasets build_seconds check_query dataset_file explain get_dataset "
        "get_problem large_data list_datasets list_problems prestart run_free_query "
        "schema show_row"
    ),
    "tasks": "queue_config",
    "stories": (
        "analyze_text check_seconds find_questions finding_name gap_task_title "
        "get_concept jargon_finder signal_table signals_at story_text validate_story"
    ),
}
