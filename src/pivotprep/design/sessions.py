"""Timed design sessions: start, autosave (nothing lost on a bad input), the clock, moving
between phases, finishing with a review, and reviewing any written answer.

Time per phase is measured on the server: each save or phase change adds the time since
the previous one (capped, so a tab left open overnight does not count) to the phase that
was active.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import (
    InputTooLargeError,
    NextStep,
    NotFoundError,
    UserError,
    ValidationError,
)
from pivotprep.design.content import Phase, Prompt, get_prompt, phases
from pivotprep.design.diagram.parse import DiagramError, parse
from pivotprep.design.models import DesignSession
from pivotprep.design.review.report import Review, review_answer
from pivotprep.design.review.worksheet import (
    PhaseHeadings,
    diagram_line_offset,
    parse_worksheet,
)

LENGTHS = (45, 60)
MAX_PHASE_CHARS = 20_000
MAX_DIAGRAM_CHARS = 20_000
MAX_ANSWER_CHARS = 150_000
SAVE_GAP_CAP = 120.0  # seconds credited at most between two autosaves
MARK_GAP_CAP = 45 * 60.0  # seconds credited at most between two phase changes (CLI)


@dataclass(frozen=True)
class PhaseClock:
    id: str
    title: str
    suggested: int  # minutes
    spent: float  # minutes
    starts_at: int  # minute of the session the phase is suggested to start


@dataclass(frozen=True)
class Clock:
    elapsed: float  # seconds since start
    total: int  # seconds
    suggested_phase: str  # where the suggested split says you should be now
    active_phase: str
    phases: tuple[PhaseClock, ...]

    @property
    def over(self) -> bool:
        return self.elapsed > self.total


@dataclass(frozen=True)
class SaveResult:
    saved_at: datetime
    problems: dict[str, str] = field(default_factory=dict)  # field -> message (kept old text)
    too_large: bool = False
    diagram_error: str | None = None


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def phase_ids() -> list[str]:
    return [p.id for p in phases()]


def headings() -> list[PhaseHeadings]:
    return [PhaseHeadings(p.id, p.headings) for p in phases()]


def check_minutes(minutes: object) -> int:
    try:
        value = int(str(minutes).strip())
    except ValueError:
        value = 0
    if value not in LENGTHS:
        raise ValidationError(
            f"A session lasts 45 or 60 minutes, not {minutes!r}.", field="minutes"
        )
    return value


def start_session(session: Session, prompt_id: str, minutes: object = 45) -> DesignSession:
    """A new timed session on a prompt; the clock starts now."""
    prompt = get_prompt(prompt_id)
    length = check_minutes(minutes)
    when = now()
    row = DesignSession(
        prompt_id=prompt.id,
        minutes=length,
        started_at=when,
        texts={},
        diagram="",
        phase_seconds={},
        active_phase=phases()[0].id,
        last_seen_at=when,
        saves=0,
    )
    session.add(row)
    session.flush()
    return row


def get_session(session: Session, session_id: int) -> DesignSession:
    row = session.get(DesignSession, session_id) if 1 <= session_id < 2**31 else None
    if row is None:
        raise NotFoundError(
            f"There is no design session {session_id}.", next_step=NextStep("design.sessions")
        )
    return row


def latest_open_session(session: Session) -> DesignSession:
    row = session.scalars(
        select(DesignSession)
        .where(DesignSession.finished_at.is_(None))
        .order_by(DesignSession.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFoundError("No design session is open.", next_step=NextStep("design.list"))
    return row


def list_sessions(session: Session, limit: int = 50) -> list[DesignSession]:
    return list(
        session.scalars(select(DesignSession).order_by(DesignSession.id.desc()).limit(limit))
    )


def _credit(row: DesignSession, when: datetime, cap: float) -> None:
    """Add the time since the last save or phase change to the phase that was active."""
    last = _aware(row.last_seen_at) or _aware(row.started_at)
    gap = max(0.0, min(cap, (when - last).total_seconds()))  # type: ignore[operator]
    seconds = dict(row.phase_seconds or {})
    seconds[row.active_phase] = round(float(seconds.get(row.active_phase, 0.0)) + gap, 1)
    row.phase_seconds = seconds
    row.last_seen_at = when


def _too_large(name: str, size: int, limit: int) -> str:
    return (
        f"The {name} box holds at most {limit:,} characters; this text has {size:,}. "
        "It was not saved and the previous text was kept: shorten it or split it."
    )


def save_session(
    session: Session,
    session_id: int,
    texts: Mapping[str, str],
    diagram: str | None = None,
    active_phase: str | None = None,
) -> SaveResult:
    """Store the worksheet as typed. A box over its limit keeps its previous text and is
    named in `problems` (everything else is saved); a diagram that does not parse is
    stored as written with its error."""
    row = get_session(session, session_id)
    when = now()
    titles = {p.id: p.title for p in phases()}
    problems: dict[str, str] = {}
    stored = dict(row.texts or {})
    for phase_id, text in texts.items():
        if phase_id not in titles:
            continue
        text = (text or "").replace("\r\n", "\n")
        if len(text) > MAX_PHASE_CHARS:
            problems[phase_id] = _too_large(titles[phase_id], len(text), MAX_PHASE_CHARS)
            continue
        stored[phase_id] = text
    row.texts = stored
    if diagram is not None:
        diagram = diagram.replace("\r\n", "\n")
        if len(diagram) > MAX_DIAGRAM_CHARS:
            problems["diagram"] = _too_large("diagram", len(diagram), MAX_DIAGRAM_CHARS)
        else:
            row.diagram = diagram
            row.diagram_error = diagram_problem(diagram)
    _credit(row, when, SAVE_GAP_CAP)
    if active_phase in titles:
        row.active_phase = active_phase
    row.saves = (row.saves or 0) + 1
    session.flush()
    return SaveResult(when, problems, bool(problems), row.diagram_error)


def diagram_problem(text: str) -> str | None:
    """The diagram's parse error (naming its line), or None when it parses or is empty."""
    if not text.strip():
        return None
    try:
        parse(text)
    except DiagramError as error:
        return error.message[:400]
    return None


def move_to_phase(session: Session, session_id: int, phase: str | None = None) -> DesignSession:
    """Credit the time so far to the active phase and make `phase` (default: the next one)
    active. The CLI's way of telling the clock where you are."""
    row = get_session(session, session_id)
    ids = phase_ids()
    if phase is None:
        index = ids.index(row.active_phase) if row.active_phase in ids else -1
        if index + 1 >= len(ids):
            raise ValidationError("This is the last phase: finish the session to get a review.")
        phase = ids[index + 1]
    if phase not in ids:
        raise ValidationError(f"Unknown phase {phase!r}: one of {', '.join(ids)}.", field="phase")
    _credit(row, now(), MARK_GAP_CAP)
    row.active_phase = phase
    session.flush()
    return row


def clock(row: DesignSession, when: datetime | None = None) -> Clock:
    when = when or now()
    elapsed = max(0.0, (when - _aware(row.started_at)).total_seconds())  # type: ignore[operator]
    rows, start, suggested = [], 0, phases()[-1].id
    for phase in phases():
        minutes = phase.minutes.get(row.minutes, 0)
        spent = float((row.phase_seconds or {}).get(phase.id, 0.0)) / 60
        rows.append(PhaseClock(phase.id, phase.title, minutes, round(spent, 1), start))
        if start * 60 <= elapsed < (start + minutes) * 60:
            suggested = phase.id
        start += minutes
    return Clock(elapsed, row.minutes * 60, suggested, row.active_phase, tuple(rows))


def _review_row(row: DesignSession, prompt: Prompt) -> Review:
    return review_answer(
        prompt,
        phases(),
        {k: v for k, v in (row.texts or {}).items() if v and v.strip()},
        row.diagram or "",
        minutes=row.minutes,
        seconds=row.phase_seconds or {},
    )


def finish_session(session: Session, session_id: int) -> tuple[Review, bool]:
    """Stop the clock and review the worksheet; the review is stored with the session.
    The flag says whether this finished the session (False: it was finished before and
    is only reviewed again)."""
    row = get_session(session, session_id)
    if not has_content(row):
        raise ValidationError(
            "The worksheet is empty: write at least the requirements before asking for a "
            "review. Nothing was changed.",
            field="requirements",
        )
    first = row.finished_at is None
    if first:
        _credit(row, now(), SAVE_GAP_CAP)
        row.finished_at = now()
    review = _review_row(row, get_prompt(row.prompt_id))
    row.review = review.to_dict()
    row.score = review.score
    session.flush()
    return review, first


def has_content(row: DesignSession) -> bool:
    """Whether anything was written: a phase's text or a diagram with a node in it."""
    if any((t or "").strip() for t in (row.texts or {}).values()):
        return True
    lines = [ln for ln in (row.diagram or "").splitlines() if ln.strip()]
    return len(lines) > 1


def session_review(session: Session, session_id: int) -> Review:
    """The review of a session as it stands (finished or not)."""
    row = get_session(session, session_id)
    return _review_row(row, get_prompt(row.prompt_id))


def check_answer_size(text: str) -> None:
    if len(text) > MAX_ANSWER_CHARS:
        raise InputTooLargeError(
            f"An answer to review holds at most {MAX_ANSWER_CHARS:,} characters (about "
            f"20,000 words); this one has {len(text):,}. Review a shorter answer."
        )


def review_text(prompt_id: str, text: str, *, minutes: object = 45) -> Review:
    """Review any written answer to a prompt (worksheet headings optional): the same review
    a session gets, without the time per phase."""
    prompt = get_prompt(prompt_id)
    check_answer_size(text)
    length = check_minutes(minutes)
    if not text.strip():
        raise ValidationError("The answer is empty: there is nothing to review.", field="answer")
    sheet = parse_worksheet(text, headings())
    review = review_answer(prompt, phases(), sheet.texts, sheet.diagram, minutes=length)
    if review.diagram_error:
        offset = diagram_line_offset(text)
        review = _with_file_line(review, sheet.diagram, offset)
    return review


def _with_file_line(review: Review, diagram: str, offset: int) -> Review:
    """Name the diagram's broken line as the file numbers it too."""
    from dataclasses import replace

    try:
        parse(diagram)
    except DiagramError as error:
        message = f"{error.message} (line {error.line + offset} of the file)"
        return replace(review, diagram_error=message)
    return review


def phase_list() -> list[Phase]:
    return list(phases())


def safe_prompt(prompt_id: str) -> Prompt | None:
    try:
        return get_prompt(prompt_id)
    except UserError:
        return None


def worksheet_template(row: DesignSession) -> str:
    """A Markdown worksheet for the session: one heading per phase with its guide, and a
    diagram block. Reading it back (`save_worksheet_text`) keeps what is under each heading."""
    prompt = get_prompt(row.prompt_id)
    texts = row.texts or {}
    lines = [
        f"# {prompt.title} (session {row.id}, {row.minutes} minutes)",
        "",
        "<!-- Write under each heading and keep the headings; comments like this one are "
        "ignored. -->",
        "",
    ]
    for phase in phases():
        minutes = phase.minutes.get(row.minutes, 0)
        lines += [f"## {phase.title}", "", f"<!-- about {minutes} min: {phase.guide} -->", ""]
        if texts.get(phase.id):
            lines += [texts[phase.id], ""]
        if phase.id == "high_level":
            lines += ["```mermaid", (row.diagram or "flowchart LR").rstrip(), "```", ""]
    return "\n".join(lines)


def save_worksheet_text(
    session: Session, session_id: int, text: str, active_phase: str | None = None
) -> SaveResult:
    """Store a whole written worksheet (the CLI's file) into the session. A file over the
    limit is refused whole (InputTooLargeError): the file itself stays as it is."""
    check_answer_size(text)
    sheet = parse_worksheet(text, headings())
    texts = {p.id: sheet.text_of(p.id) for p in phases()}
    if sheet.text_of("answer"):
        first = phases()[0].id
        texts[first] = (sheet.text_of("answer") + "\n\n" + texts[first]).strip()
    return save_session(session, session_id, texts, sheet.diagram, active_phase)
