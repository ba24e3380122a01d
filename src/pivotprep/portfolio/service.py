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
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.errors import InputTooLargeError, NotFoundError, ValidationError
from pivotprep.portfolio.cleanroom import Caps
from pivotprep.portfolio.intake import MAX_FILES, MAX_TOTAL_BYTES, Intake, read_project
from pivotprep.portfolio.models import PortfolioCheck
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
    "Report",
    "check_project",
    "check_upload",
    "get_check",
    "history",
    "markdown",
]

MAX_UPLOAD_BYTES = 50 * 2**20


@dataclass(frozen=True)
class CheckResult:
    """A stored check: its id, the report, and what moved since the previous check."""

    id: int
    report: Report
    moved: list[Change]


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
        report = _run_checks(archive, stem, run)
    return _store(session, report)


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
