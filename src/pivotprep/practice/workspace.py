"""The learner's files: where a problem's file lives, and what starting an attempt writes.

Coding problems live in `<workspace>/practice/<id>.py`, their last results beside them in
`.results/<id>.json`, and files of solved attempts in `.history/`. Other kinds say where
their file lives in their catalogue `Workspace`; starting works the same for all of them:
an open attempt keeps the learner's file, a missing file gets the kind's starter, and a
review (a new attempt after a pass) of a kind with `fresh_on_review` moves the solved file
to `.history/` first, so the review is solved from scratch rather than re-run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from pivotprep.core import clock
from pivotprep.core.errors import NextStep
from pivotprep.core.files import make_private_dirs, write_text_atomic
from pivotprep.core.settings import get_settings
from pivotprep.practice import attempts
from pivotprep.practice.catalog import Workspace, get_problem

MAX_CODE_CHARS = 200_000  # what the editor accepts (the judge reads at most 200 kB)
HISTORY = ".history"  # beside a learner's files: the files of solved attempts


def workspace_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / f"{problem_id}.py"


def results_file(problem_id: str) -> Path:
    return get_settings().workspace / "practice" / ".results" / f"{problem_id}.json"


def history_dir(problem_id: str) -> Path:
    """Where solved coding files go when a review attempt starts: `.history/` beside them."""
    return workspace_file(problem_id).parent / HISTORY


def _archive(path: Path, problem_id: str, when: datetime) -> Path:
    """Move the solved file to .history/<id>-<UTC timestamp><suffix> (never overwriting)."""
    folder = path.parent / HISTORY
    make_private_dirs(folder)
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{problem_id}-{stamp}{path.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{problem_id}-{stamp}-{counter}{path.suffix}"
    path.replace(target)
    return target


@dataclass(frozen=True)
class FileStart:
    """What starting did to the learner's file."""

    path: Path
    created: bool  # a starter was written (False: the learner's file was kept)
    archived: Path | None = None  # where the solved file went (a review after a pass)


def start_file(problem_id: str, space: Workspace, *, review: bool, when: datetime) -> FileStart:
    """Keep the learner's file, or write the starter; `review` (a new attempt after a pass)
    first moves a solved file aside when the kind asks for fresh reviews."""
    path = space.file(problem_id)
    archived = None
    if path.exists() or path.is_symlink():
        if not (review and space.fresh_on_review):
            return FileStart(path, False)
        archived = _archive(path, problem_id, when)
    make_private_dirs(path.parent)
    path.write_text(space.starter(problem_id), encoding="utf-8")
    return FileStart(path, True, archived)


def editor_text(problem_id: str) -> str | None:
    """The coding problem's file as the editor shows it (None: there is none yet)."""
    path = workspace_file(problem_id)
    if not path.exists():
        return None
    return path.read_text(encoding="utf-8", errors="replace")[:MAX_CODE_CHARS]


def save_code(problem_id: str, code: str) -> Path:
    """Write the editor's code to the file the CLI judges too (atomically, never through a
    symbolic link)."""
    path = workspace_file(problem_id)
    write_text_atomic(path, code.replace("\r\n", "\n"), mode=0o600)
    return path


@dataclass(frozen=True)
class StartedProblem:
    """What starting a problem did, for any kind: the attempt (new, or the open one kept),
    the learner's file (None for a kind that keeps none), and the next step: judging it."""

    problem_id: str
    kind: str
    title: str
    estimated_minutes: int
    lock_minutes: int
    attempt_id: int
    path: Path | None = None
    created: bool = False  # a starter was written (False: the learner's file was kept)
    archived: Path | None = None  # where the solved file went (a review after a pass)
    next_step: NextStep | None = None


def start_problem(session: Session, problem_id: str) -> StartedProblem:
    """Start the clock and the learner's file. An open attempt keeps its clock and file; a
    new attempt after a pass (a review) starts from a fresh file where the kind asks for it."""
    info = get_problem(problem_id)
    previous = attempts.current_attempt(session, problem_id)
    attempt = attempts.start(session, problem_id)
    started = StartedProblem(
        problem_id=info.id,
        kind=info.kind,
        title=info.title,
        estimated_minutes=info.estimated_minutes,
        lock_minutes=attempts.LOCK_MINUTES,
        attempt_id=attempt.id,
    )
    space = info.workspace
    if space is None:
        return started
    review = previous is not None and previous.passed_at is not None and previous is not attempt
    file = start_file(problem_id, space, review=review, when=clock.now())
    return replace(
        started,
        path=file.path,
        created=file.created,
        archived=file.archived,
        next_step=NextStep(space.test_action, {"problem_id": problem_id}),
    )
