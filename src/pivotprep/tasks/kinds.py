"""What a task can be: each kind names the service call that does the work and the type of
what it returns, which is stored as JSON (pydantic reads it back into that type, so the
result page gets the very object the in-process call would have given it).

A kind's `run` takes the learner's session, the payload the web stored on the task row and
the files sent with it (form field -> (file name, bytes)); it validates them like any other
input (they came from a form).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast, get_args

from pydantic import TypeAdapter
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pivotprep.core.errors import ValidationError
from pivotprep.mock import service as mock
from pivotprep.portfolio import service as portfolio
from pivotprep.practice import service as practice
from pivotprep.resume import service as resume
from pivotprep.sql import service as sql

Files = Mapping[str, tuple[str, bytes]]


@dataclass(frozen=True)
class Kind:
    name: str
    run: Callable[[Session, Mapping[str, Any], Files], object]
    result_type: Any  # a type pydantic can read back from JSON
    # What else must end when the task fails (its payload, the error), in the transaction
    # that marks the task failed: a record of the feature's own that waits on the task.
    on_failure: Callable[[Session, Mapping[str, Any], str], None] | None = None

    @cached_property
    def adapter(self) -> TypeAdapter[Any]:
        return TypeAdapter(self.result_type)

    def dump(self, result: object) -> str:
        return self.adapter.dump_json(result).decode()

    def load(self, text: str) -> Any:
        return self.adapter.validate_json(text)


def _text(payload: Mapping[str, Any], key: str, limit: int) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise ValidationError(f"The task's {key} is missing or over {limit} characters.")
    return value


def _practice_run(
    session: Session, payload: Mapping[str, Any], _files: Files
) -> practice.Submission:
    return practice.run_code(
        session,
        _text(payload, "problem_id", 200),
        _text(payload, "code", practice.MAX_CODE_CHARS),
    )


def _sql_run(session: Session, payload: Mapping[str, Any], _files: Files) -> sql.QueryRun:
    action = _text(payload, "action", 20)
    if action not in get_args(sql.EditorAction):
        raise ValidationError(f"Unknown SQL editor action {action!r}.")
    return sql.run_editor(
        session,
        _text(payload, "problem_id", 200),
        _text(payload, "query", sql.MAX_QUERY_CHARS),
        action=cast("sql.EditorAction", action),
        explain_size=_text(payload, "explain_size", 20),
    )


def _upload(files: Files, name: str) -> resume.Upload | None:
    if name not in files:
        return None
    filename, data = files[name]
    return resume.Upload(filename, io.BytesIO(data), len(data))


def _resume_scan(session: Session, payload: Mapping[str, Any], files: Files) -> int:
    """An ATS scan of the uploaded resume; the stored scan's id (its page is the result)."""
    result = resume.scan_upload(
        session,
        resume=_upload(files, "resume"),
        job_file=_upload(files, "job_file"),
        job_text=_text(payload, "job_text", 2**20),
        semantic=_text(payload, "semantic", 20),
    )
    if result.scan_id is None:  # stored scans always have one
        raise TypeError("a stored scan has no id")
    return result.scan_id


def _mock_transcribe(session: Session, payload: Mapping[str, Any], files: Files) -> Any:
    """A recording's transcript and measures (as the recorder's JSON), stored as a note of
    the learner's round when the recording was made in one."""
    if "audio" not in files:
        raise ValidationError("No recording was sent.", field="audio")
    data = files["audio"][1]
    round_id = payload.get("round")
    if isinstance(round_id, int):
        return mock.voice_note(session, data, round_id)[1].to_dict()
    return mock.transcribe_bytes(data).to_dict()


def _portfolio_check(session: Session, payload: Mapping[str, Any], files: Files) -> int | None:
    """A portfolio job the web stored: checked here, its stages stored as it goes (its own
    page, /portfolio/jobs/N, shows them); the stored check's id."""
    job_id = payload.get("job_id")
    if not isinstance(job_id, int) or "archive" not in files:
        raise ValidationError("The portfolio task names no job or carries no project.")
    engine = session.get_bind()
    if not isinstance(engine, Engine):
        raise TypeError("a task's session is bound to its learner's engine")
    filename, data = files["archive"]
    return portfolio.run_queued_job(engine, job_id, filename, data)


def _portfolio_failed(session: Session, payload: Mapping[str, Any], error: str) -> None:
    """The task ended without finishing its job (a bad payload, retries used up): the job
    fails too, saying why, instead of waiting "queued" for ever."""
    job_id = payload.get("job_id")
    if isinstance(job_id, int):
        portfolio.abandon_job(session, job_id, error)


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("practice.run", _practice_run, practice.Submission),
        Kind("sql.run", _sql_run, sql.QueryRun),
        Kind("resume.scan", _resume_scan, int),
        Kind("mock.transcribe", _mock_transcribe, dict[str, Any]),
        Kind("portfolio.check", _portfolio_check, int | None, _portfolio_failed),
    )
}
