"""Portfolio operations, called by the CLI and the web page: check a project the way a
reviewer would try it, store the report, compare it with the previous check.

- `intake` reads the project (folder, git repository, zip) into a private scratch copy,
  refusing what is not a project, too large, a zip bomb or escaping the copy;
- `static` runs the checks that need no install (README, dependencies, secrets ...);
- `report` holds the verdicts, the score, the fixes and the Markdown export.

The user's files are only read; every check works on the copy, deleted afterwards.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.errors import (
    ConflictError,
    InputTooLargeError,
    NextStep,
    NotFoundError,
    ValidationError,
)
from pivotprep.portfolio.briefs import HOURS, ROLES, Brief, briefs_for, deadline, get_brief
from pivotprep.portfolio.cleanroom import Caps
from pivotprep.portfolio.intake import MAX_FILES, MAX_TOTAL_BYTES, Intake, read_project
from pivotprep.portfolio.models import PortfolioCheck, TakeHome
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
    "ROLES",
    "Brief",
    "Report",
    "TakeHomeView",
    "check_project",
    "check_upload",
    "get_brief",
    "get_check",
    "history",
    "list_briefs",
    "markdown",
    "start_takehome",
    "submit_takehome",
    "takehome",
    "takehome_tasks",
    "takehomes",
]

MAX_UPLOAD_BYTES = 50 * 2**20


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


def _run_checks(path: Path, name: str | None, run: bool) -> Report:
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
            stages = run_stages(intake.root, Path(scratch), Caps())
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


def _upload_report(filename: str, data: bytes, name: str | None, run: bool) -> Report:
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputTooLargeError(
            f"The upload is larger than {MAX_UPLOAD_BYTES // 2**20} MB: leave data and model "
            "files out of the zip. Nothing was checked."
        )
    if not data:
        raise ValidationError("The upload is empty: choose a zip of the project's folder.")
    stem = Path(filename or "project.zip").stem[:100] or "project"
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


def _aware(value: datetime) -> datetime:
    """SQLite gives back naive datetimes: they were stored in UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _view(row: TakeHome) -> TakeHomeView:
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


def takehome(session: Session, takehome_id: int) -> TakeHomeView:
    return _view(_row(session, takehome_id))


def takehomes(session: Session, limit: int = 50) -> list[TakeHomeView]:
    """Timed take-homes, newest first."""
    rows = session.scalars(select(TakeHome).order_by(TakeHome.id.desc()).limit(limit))
    return [_view(r) for r in rows]


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
    checked, and marked late."""
    row = _row(session, takehome_id)
    if row.submitted_at is not None:
        raise ConflictError(
            f"Take-home {takehome_id} was already submitted (check {row.check_id}).",
            next_step=NextStep("portfolio.show", {"check_id": str(row.check_id)}),
        )
    name = f"take-home {row.brief_id}"
    if upload is not None:
        report = _upload_report(upload[0], upload[1], name, run)
    elif path is not None:
        report = _run_checks(path, name, run)
    else:
        raise ValidationError("Give the project to submit: a folder, a repository or a zip.")
    view = _view(row)
    row.submitted_at = clock.now()
    row.late = view.seconds_left < 0
    spent = (_aware(row.submitted_at) - view.started_at).total_seconds() / 3600
    report.notes.append(
        f"Submitted {spent:.1f} h after the start, on a {row.hours}-hour clock"
        + (" (late)." if row.late else ".")
    )
    result = _store(session, report)
    row.check_id = result.id
    return replace(result, plan_task=tick_for_takehome(session))
