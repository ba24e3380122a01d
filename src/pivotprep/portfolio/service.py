"""Portfolio operations, called by the CLI and the web page: check a project the way a
reviewer would try it, store the report, compare it with the previous check.

- `intake` reads the project (folder, git repository, zip) into a private scratch copy,
  refusing what is not a project, too large, a zip bomb or escaping the copy;
- `static` runs the checks that need no install (README, dependencies, secrets ...);
- `report` holds the verdicts, the score, the fixes and the Markdown export;
- `background` runs the checks started from the web on a worker thread: `queue_upload`
  and `queue_takehome` answer a job id at once, `get_job` tells its stage. On a server
  with a task queue they only store the job (`elsewhere=True`) and a `pivotprep worker`
  runs it (`run_queued_job`), its stages stored the same way.

The user's files are only read; every check works on the copy, deleted afterwards.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, event, select, update
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.db import session_scope
from pivotprep.core.errors import (
    ConflictError,
    InputTooLargeError,
    NextStep,
    NotFoundError,
    UserError,
    ValidationError,
)
from pivotprep.portfolio import background
from pivotprep.portfolio.background import FINISHED, RUN_STATES, Progress
from pivotprep.portfolio.briefs import HOURS, ROLES, Brief, briefs_for, deadline, get_brief
from pivotprep.portfolio.cleanroom import Caps
from pivotprep.portfolio.intake import (
    MAX_FILES,
    MAX_TOTAL_BYTES,
    Intake,
    check_zip,
    read_project,
)
from pivotprep.portfolio.models import PortfolioCheck, PortfolioJob, TakeHome
from pivotprep.portfolio.plan_links import PlanTask, takehome_tasks, tick_for_takehome
from pivotprep.portfolio.report import Change, Check, Evidence, Report, changes, from_dict
from pivotprep.portfolio.report import markdown as report_markdown
from pivotprep.portfolio.runtime import run_stages, skipped
from pivotprep.portfolio.static import static_checks

__all__ = [
    "MAX_FILES",
    "MAX_TOTAL_BYTES",
    "MAX_UPLOAD_BYTES",
    "Change",
    "Check",
    "CheckResult",
    "HistoryRow",
    "PlanTask",
    "HOURS",
    "JobView",
    "ROLES",
    "Brief",
    "Report",
    "TakeHomeView",
    "check_project",
    "check_upload",
    "get_brief",
    "get_check",
    "get_job",
    "history",
    "jobs_in_progress",
    "list_briefs",
    "markdown",
    "abandon_job",
    "queue_takehome",
    "queue_upload",
    "run_queued_job",
    "start_takehome",
    "submit_takehome",
    "takehome",
    "takehome_tasks",
    "takehomes",
]

MAX_UPLOAD_BYTES = 50 * 2**20
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
QUEUE_RUNNER = "queue"  # a job the task queue's workers run: never orphaned by a web restart
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckResult:
    """A stored check: its id, the report, and what moved since the previous check."""

    id: int
    report: Report
    moved: list[Change]
    plan_task: PlanTask | None = None  # the plan's take-home task this submission ticked


@dataclass(frozen=True)
class HistoryRow:
    id: int
    project: str
    checked_at: str
    score: int


def _intake_check(intake: Intake) -> Check:
    """Links pointing outside the project: not followed, and a reviewer's clone breaks."""
    check = Check(
        "links",
        "No links out of the project",
        "intake",
        "pass",
        "Every link stays inside the project.",
        3,
    )
    if intake.skipped_links:
        check.status = "fail"
        check.summary = (
            f"{len(intake.skipped_links)} symbolic link(s) point outside the "
            "project; they were not followed."
        )
        check.evidence = [Evidence(n) for n in intake.skipped_links[:20]]
        check.fix = f"Replace the link {intake.skipped_links[0]} by the file it points to."
    return check


def _run_checks(
    path: Path, name: str | None, run: bool, progress: Progress | None = None
) -> Report:
    """Read the project at `path` into a scratch copy and check it (`run`: in the clean
    room too); `progress` is told each stage as it starts."""
    with tempfile.TemporaryDirectory(prefix="pivotprep-portfolio-") as scratch:
        copy = Path(scratch) / "project"
        copy.mkdir()
        started = time.perf_counter()
        intake = read_project(path, copy)
        report = Report(name or intake.name, intake.source, intake.files, intake.bytes)
        report.notes += intake.notes
        report.stage_seconds["intake"] = round(time.perf_counter() - started, 3)
        report.checks.append(_intake_check(intake))
        started = time.perf_counter()
        report.checks += static_checks(intake.root)
        report.stage_seconds["static"] = round(time.perf_counter() - started, 3)
        if run:
            stages = run_stages(intake.root, Path(scratch), Caps(), progress)
            report.checks += stages.checks
            report.stage_seconds.update(stages.stage_seconds)
            report.first_run_seconds = stages.first_run_seconds
            report.sandbox = stages.sandbox
        else:
            report.checks += skipped("Not run: a static check only.")
    return report


def _store(session: Session, report: Report) -> CheckResult:
    previous = session.scalars(
        select(PortfolioCheck)
        .where(PortfolioCheck.project == report.project[:200])
        .order_by(PortfolioCheck.id.desc())
        .limit(1)
    ).first()
    row = PortfolioCheck(
        project=report.project[:200],
        checked_at=clock.now(),
        score=report.score,
        report=report.to_dict(),
    )
    session.add(row)
    session.flush()
    moved = changes(from_dict(previous.report), report) if previous else []
    return CheckResult(row.id, report, moved)


def check_project(session: Session, path: Path, *, run: bool = True) -> CheckResult:
    """Check the project at `path` (a folder, a git repository or a zip) and store the
    report; with `run`, also install, test, serve and probe it in the clean room. Raises a
    UserError saying what is wrong when it is no project to check."""
    return _store(session, _run_checks(path, None, run))


def check_upload(session: Session, filename: str, data: bytes, *, run: bool = True) -> CheckResult:
    """Check an uploaded zip of a project (`data` may hold one byte over the limit: then it
    is refused as too large)."""
    return _store(session, _upload_report(filename, data, None, run))


def _check_size(data: bytes) -> None:
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputTooLargeError(
            f"The upload is larger than {MAX_UPLOAD_BYTES // 2**20} MB: leave data and model "
            "files out of the zip. Nothing was checked."
        )
    if not data:
        raise ValidationError("The upload is empty: choose a zip of the project's folder.")


def _upload_report(filename: str, data: bytes, name: str | None, run: bool) -> Report:
    _check_size(data)
    stem = _stem(filename)
    with tempfile.TemporaryDirectory(prefix="pivotprep-upload-") as folder:
        archive = Path(folder) / "upload.zip"
        archive.write_bytes(data)
        return _run_checks(archive, name or stem, run)


def get_check(session: Session, check_id: int) -> CheckResult:
    """A stored check, with what moved since the check of the same project before it."""
    row = session.get(PortfolioCheck, check_id)
    if row is None:
        raise NotFoundError(f"There is no portfolio check {check_id}.")
    previous = session.scalars(
        select(PortfolioCheck)
        .where(PortfolioCheck.project == row.project, PortfolioCheck.id < row.id)
        .order_by(PortfolioCheck.id.desc())
        .limit(1)
    ).first()
    report = from_dict(row.report)
    moved = changes(from_dict(previous.report), report) if previous else []
    return CheckResult(row.id, report, moved)


def history(session: Session, project: str | None = None, limit: int = 50) -> list[HistoryRow]:
    """The stored checks, newest first (of one project when named)."""
    query = select(PortfolioCheck).order_by(PortfolioCheck.id.desc()).limit(limit)
    if project:
        query = query.where(PortfolioCheck.project == project)
    return [
        HistoryRow(r.id, r.project, r.checked_at.strftime("%Y-%m-%d %H:%M"), r.score)
        for r in session.scalars(query)
    ]


def markdown(result: CheckResult) -> str:
    """The report as Markdown, with what improved since the previous check."""
    return report_markdown(result.report, result.moved)


def list_briefs(role: str | None = None) -> list[Brief]:
    """The take-home briefs, of one role when named (see ROLES)."""
    if role and role not in ROLES:
        raise ValidationError(f"Unknown role {role!r}: one of {', '.join(ROLES)}.", field="role")
    return briefs_for(role)


@dataclass(frozen=True)
class TakeHomeView:
    """A timed take-home: the brief, the clock, and the check of its submission."""

    id: int
    brief: Brief
    hours: int
    started_at: datetime
    deadline: datetime
    seconds_left: int  # negative once the clock has run out
    submitted_at: datetime | None
    check_id: int | None
    late: bool | None
    job_id: int | None = None  # handed in from the web, its check still under way


def _aware(value: datetime) -> datetime:
    """SQLite gives back naive datetimes: they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _view(row: TakeHome, job_id: int | None = None) -> TakeHomeView:
    started = _aware(row.started_at)
    end = deadline(started, row.hours)
    left = int((end - clock.now()).total_seconds())
    submitted = _aware(row.submitted_at) if row.submitted_at else None
    return TakeHomeView(
        row.id,
        get_brief(row.brief_id),
        row.hours,
        started,
        end,
        left,
        submitted,
        row.check_id,
        row.late,
        job_id,
    )


def start_takehome(session: Session, brief_id: str, hours: int) -> TakeHomeView:
    """Start the clock on a brief (4 or 24 hours)."""
    get_brief(brief_id)
    if hours not in HOURS:
        raise ValidationError(f"The clock is 4 or 24 hours, not {hours}.", field="hours")
    row = TakeHome(brief_id=brief_id, hours=hours, started_at=clock.now())
    session.add(row)
    session.flush()
    return _view(row)


def _row(session: Session, takehome_id: int) -> TakeHome:
    row = session.get(TakeHome, takehome_id)
    if row is None:
        raise NotFoundError(
            f"There is no take-home {takehome_id}.", next_step=NextStep("portfolio.briefs")
        )
    return row


def _pending_job(session: Session, row: TakeHome) -> int | None:
    """The background check of a take-home handed in and not checked yet."""
    if row.submitted_at is None or row.check_id is not None:
        return None
    return session.scalars(
        select(PortfolioJob.id)
        .where(PortfolioJob.takehome_id == row.id, PortfolioJob.state.not_in(FINISHED))
        .order_by(PortfolioJob.id.desc())
        .limit(1)
    ).first()


def takehome(session: Session, takehome_id: int) -> TakeHomeView:
    row = _row(session, takehome_id)
    return _view(row, _pending_job(session, row))


def takehomes(session: Session, limit: int = 50) -> list[TakeHomeView]:
    """Timed take-homes, newest first."""
    rows = session.scalars(select(TakeHome).order_by(TakeHome.id.desc()).limit(limit))
    return [_view(r) for r in rows]


def _open_row(session: Session, takehome_id: int) -> TakeHome:
    """The take-home, refused when it was handed in already (pointing to its check, or to
    the check still running)."""
    row = _row(session, takehome_id)
    if row.submitted_at is None:
        return row
    if row.check_id is not None:
        raise ConflictError(
            f"Take-home {takehome_id} was already submitted (check {row.check_id}).",
            next_step=NextStep("portfolio.show", {"check_id": str(row.check_id)}),
        )
    job = _pending_job(session, row)
    raise ConflictError(
        f"Take-home {takehome_id} was already submitted; its check is under way.",
        next_step=NextStep("portfolio.job", {"job_id": str(job)}) if job else None,
    )


def _hand_in(session: Session, row: TakeHome) -> None:
    """Stop the clock: the submission time, and whether it came after the deadline."""
    view = _view(row)
    row.submitted_at = clock.now()
    row.late = view.seconds_left < 0
    session.flush()


def _submission_note(row: TakeHome) -> str:
    started = _aware(row.started_at)
    submitted = _aware(row.submitted_at) if row.submitted_at else clock.now()
    spent = (submitted - started).total_seconds() / 3600
    return f"Submitted {spent:.1f} h after the start, on a {row.hours}-hour clock" + (
        " (late)." if row.late else "."
    )


def submit_takehome(
    session: Session,
    takehome_id: int,
    *,
    path: Path | None = None,
    upload: tuple[str, bytes] | None = None,
    run: bool = True,
) -> CheckResult:
    """Hand in a take-home (a folder, repository or zip at `path`, or an uploaded zip):
    it stops the clock and goes straight into the check; after the deadline it is still
    checked, and marked late. (The web page hands in through `queue_takehome`.)"""
    row = _open_row(session, takehome_id)
    name = f"take-home {row.brief_id}"
    if upload is not None:
        report = _upload_report(upload[0], upload[1], name, run)
    elif path is not None:
        report = _run_checks(path, name, run)
    else:
        raise ValidationError("Give the project to submit: a folder, a repository or a zip.")
    _hand_in(session, row)
    report.notes.append(_submission_note(row))
    result = _store(session, report)
    row.check_id = result.id
    return replace(result, plan_task=tick_for_takehome(session))


# Checks in the background (the web page): a job per check, its stage stored.


@dataclass(frozen=True)
class JobView:
    """A background check: its stage, the stages it goes through, and at the end its
    stored check (`check_id`) or why there is none (`error`)."""

    id: int
    project: str
    state: str
    label: str
    stages: list[tuple[str, str]]  # (state, label), in order
    finished: bool
    check_id: int | None
    error: str | None
    takehome_id: int | None
    created_at: datetime
    updated_at: datetime


def _stages(row: PortfolioJob) -> list[tuple[str, str]]:
    """The stages this job goes through (the run stages only when it runs the project);
    none for a job that failed or was interrupted, whose error says where it stopped."""
    if row.state in FINISHED and row.state != "done":
        return []
    names = ["queued", "reading", *(RUN_STATES if row.run else ()), "done"]
    return [(n, background.label(n)) for n in names]


def _job_view(row: PortfolioJob) -> JobView:
    return JobView(
        row.id,
        row.project,
        row.state,
        background.label(row.state),
        _stages(row),
        row.state in FINISHED,
        row.check_id,
        row.error,
        row.takehome_id,
        _aware(row.created_at),
        _aware(row.updated_at),
    )


def _reopen(session: Session, takehome_id: int | None) -> None:
    """A take-home whose check never finished is open again, to be handed in anew."""
    row = session.get(TakeHome, takehome_id) if takehome_id is not None else None
    if row is not None and row.check_id is None:
        row.submitted_at, row.late = None, None


def _end(session: Session, row: PortfolioJob, state: str, error: str) -> None:
    row.state, row.error, row.updated_at = state, error[:2000], clock.now()
    _reopen(session, row.takehome_id)
    if row.takehome_id is not None:
        row.error += " The take-home is open again: hand it in once more."


def _interrupt_orphan(session: Session, row: PortfolioJob) -> None:
    """A job left queued or running by an earlier run of the app (its runner is not this
    process) will never finish: mark it interrupted."""
    if row.state in FINISHED or row.runner in (background.RUNNER, QUEUE_RUNNER):
        return
    _end(
        session,
        row,
        "interrupted",
        f"The app stopped while this check was {background.label(row.state)}: "
        "nothing was stored. Check the project again.",
    )
    session.flush()


def get_job(session: Session, job_id: int) -> JobView:
    """A background check's stage (interrupted when the app stopped while it ran)."""
    row = session.get(PortfolioJob, job_id)
    if row is None:
        raise NotFoundError(f"There is no portfolio check in progress numbered {job_id}.")
    _interrupt_orphan(session, row)
    return _job_view(row)


def jobs_in_progress(session: Session, limit: int = 10) -> list[JobView]:
    """The background checks queued or running, oldest first."""
    rows = list(
        session.scalars(
            select(PortfolioJob)
            .where(PortfolioJob.state.not_in(FINISHED))
            .order_by(PortfolioJob.id)
            .limit(limit)
        )
    )
    for row in rows:
        _interrupt_orphan(session, row)
    return [_job_view(r) for r in rows if r.state not in FINISHED]


def _stem(filename: str) -> str:
    return Path(filename or "project.zip").stem[:100] or "project"


def _archive_path(filename: str) -> Path:
    """Where an upload is kept while its job runs: a private folder of its own."""
    folder = Path(tempfile.mkdtemp(prefix="pivotprep-job-"))
    return folder / ((UNSAFE.sub("_", _stem(filename)).strip("._") or "upload") + ".zip")


def _save_upload(filename: str, data: bytes) -> Path:
    """The upload, bounded as for a foreground check, saved under its own name (made safe,
    so messages name the user's file) in a private folder of its own, deleted by the job
    when it ends; refused at once when it is no zip with files."""
    _check_size(data)
    archive = _archive_path(filename)
    try:
        archive.write_bytes(data)
        check_zip(archive)
    except BaseException:
        shutil.rmtree(archive.parent, ignore_errors=True)
        raise
    return archive


def _queue(
    session: Session,
    project: str,
    run: bool,
    archive: Path,
    takehome_id: int | None = None,
    elsewhere: bool = False,
) -> int:
    """Store a queued job and hand it to the worker thread once `session` commits (so the
    worker finds the row); if the session rolls back instead, the upload is deleted. With
    `elsewhere`, only the row is stored (the caller sends the bytes to the task queue)."""
    now = clock.now()
    row = PortfolioJob(
        project=project[:200],
        run=run,
        state="queued",
        runner=QUEUE_RUNNER if elsewhere else background.RUNNER,
        created_at=now,
        updated_at=now,
        takehome_id=takehome_id,
    )
    if elsewhere:
        shutil.rmtree(archive.parent, ignore_errors=True)
        session.add(row)
        session.flush()
        return row.id
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    pending = [archive]

    def start(_session: Session) -> None:
        if pending:
            pending.clear()
            job_id = row.id
            background.submit(lambda: _work(engine, job_id, archive))

    def drop(_session: Session) -> None:
        if pending:
            pending.clear()
            shutil.rmtree(archive.parent, ignore_errors=True)

    event.listen(session, "after_commit", start)
    event.listen(session, "after_rollback", drop)
    session.add(row)
    session.flush()
    job_id = row.id
    return job_id


def queue_upload(
    session: Session, filename: str, data: bytes, *, run: bool = True, elsewhere: bool = False
) -> int:
    """Check an uploaded zip of a project in the background: the job's id at once (its
    stage: `get_job`). Refuses at once an upload too large, empty, or no zip."""
    archive = _save_upload(filename, data)
    return _queue(session, _stem(filename), run, archive, elsewhere=elsewhere)


def queue_takehome(
    session: Session,
    takehome_id: int,
    filename: str,
    data: bytes,
    *,
    run: bool = True,
    elsewhere: bool = False,
) -> int:
    """Hand in a take-home as an uploaded zip: the clock stops now, the check runs in the
    background (the job's id at once). If the check fails, the take-home is open again."""
    row = _open_row(session, takehome_id)
    archive = _save_upload(filename, data)
    _hand_in(session, row)
    return _queue(session, f"take-home {row.brief_id}", run, archive, takehome_id, elsewhere)


def _advance(engine: Engine, job_id: int, state: str) -> None:
    """Store the stage a running job enters."""
    with session_scope(engine) as session:
        session.execute(
            update(PortfolioJob)
            .where(PortfolioJob.id == job_id, PortfolioJob.state.not_in(FINISHED))
            .values(state=state, updated_at=clock.now())
        )


def _finish(engine: Engine, job_id: int, report: Report) -> None:
    """Store the report (a take-home's with its submission note) and end the job on it."""
    with session_scope(engine) as session:
        row = session.get(PortfolioJob, job_id)
        if row is None:
            return
        takehome_row = session.get(TakeHome, row.takehome_id) if row.takehome_id else None
        if takehome_row is not None:
            report.notes.append(_submission_note(takehome_row))
        result = _store(session, report)
        if takehome_row is not None:
            takehome_row.check_id = result.id
            tick_for_takehome(session)
        row.state, row.check_id, row.updated_at = "done", result.id, clock.now()


def _fail(engine: Engine, job_id: int, error: str) -> None:
    with session_scope(engine) as session:
        row = session.get(PortfolioJob, job_id)
        if row is not None:
            _end(session, row, "failed", f"Stopped while {background.label(row.state)}: {error}")


def _work(engine: Engine, job_id: int, archive: Path) -> None:
    """The job on its worker thread: every way it ends is stored on the job, and the
    upload is deleted."""
    try:
        _advance(engine, job_id, "reading")
        with session_scope(engine) as session:
            row = session.get(PortfolioJob, job_id)
            if row is None:
                return
            project, run = row.project, row.run
        report = _run_checks(archive, project, run, lambda state: _advance(engine, job_id, state))
        _finish(engine, job_id, report)
    except UserError as error:
        _fail(engine, job_id, error.message)
    except Exception as error:
        log.exception("portfolio job %s failed", job_id)
        _fail(
            engine,
            job_id,
            f"The check stopped on an unexpected error ({type(error).__name__}: "
            f"{str(error)[:300]}); nothing was stored. Check the project again, or from "
            "the command line (`pivotprep portfolio check PATH`) to see it stage by stage.",
        )
    finally:
        shutil.rmtree(archive.parent, ignore_errors=True)


def abandon_job(session: Session, job_id: int, error: str) -> None:
    """A job stored for the task queue that could not be sent there: failed, with why."""
    row = session.get(PortfolioJob, job_id)
    if row is not None and row.state not in FINISHED:
        _end(session, row, "failed", error)


def run_queued_job(engine: Engine, job_id: int, filename: str, data: bytes) -> int | None:
    """Run a job stored with `elsewhere=True` (a task-queue worker calls it with the
    upload's bytes); the stored check's id. A job already finished (its task delivered
    once more) is not run again; one a killed worker left half-way starts over."""
    with session_scope(engine) as session:
        row = session.get(PortfolioJob, job_id)
        if row is None:
            raise NotFoundError(f"There is no portfolio check numbered {job_id}.")
        if row.state in FINISHED:
            return row.check_id
    archive = _archive_path(filename)
    archive.write_bytes(data)
    _work(engine, job_id, archive)  # deletes the archive's folder
    with session_scope(engine) as session:
        row = session.get(PortfolioJob, job_id)
        return row.check_id if row is not None else None
