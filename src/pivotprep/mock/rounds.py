"""Running rounds: start a loop or a single round, then ask, note, take hints, run code,
answer (or submit a take-home), reply to follow-ups and close. Every action is stored as it
happens, so a round left half-way resumes with nothing lost; its clock counts the time
between actions, leaving out breaks longer than `IDLE_CAP`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import (
    ConflictError,
    InputTooLargeError,
    NextStep,
    NotFoundError,
    ValidationError,
)
from pivotprep.mock import evidence, plan_links, scripts, takehome
from pivotprep.mock.assembly import LoopPlan, plan_loop
from pivotprep.mock.content import pack
from pivotprep.mock.loops import RoundSpec, parse_kind, single_spec
from pivotprep.mock.models import MockLoop, MockRound
from pivotprep.mock.scorecard import Scorecard, from_dict, score_round
from pivotprep.mock.script import Reply, Script, answer_question

IDLE_CAP = 600.0  # seconds: a longer gap between actions is a break, not interview time
MAX_NOTE_CHARS = 2_000
MAX_QUESTION_CHARS = 500
MAX_ANSWER_CHARS = 40_000


@dataclass(frozen=True)
class RoundView:
    """A round as a page shows it: the row, its script, the clock, what was released."""

    row: MockRound
    script: Script
    elapsed: float
    hints_left: int
    pending_followup: str | None  # the follow-up waiting for a reply
    scorecard: Scorecard | None
    takehome_left: float | None = None  # a take-home: seconds left on the brief's clock

    @property
    def remaining(self) -> float:
        """Seconds left: on the brief's wall clock for a take-home (you work on it away
        from the app), else on the round's clock."""
        if self.takehome_left is not None:
            return self.takehome_left
        return self.row.minutes * 60 - self.elapsed

    @property
    def finished(self) -> bool:
        return self.row.finished_at is not None


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _tick(row: MockRound, when: datetime) -> None:
    """Advance the round's clock to `when`; a long break is recorded, not counted."""
    last = _aware(row.touched_at) or when
    gap = max(0.0, (when - last).total_seconds())
    if gap > IDLE_CAP:
        row.events = [*row.events, {"kind": "resumed", "t": row.active_seconds, "gap": gap}]
    else:
        row.active_seconds = float(row.active_seconds or 0.0) + gap
    row.touched_at = when


def _add(row: MockRound, kind: str, **data: Any) -> dict[str, Any]:
    event = {"kind": kind, "t": round(float(row.active_seconds), 1), **data}
    row.events = [*row.events, event]
    return event


def _begin(session: Session, row: MockRound) -> None:
    """Start the round's clock (and, for a take-home, the brief's 4-hour clock)."""
    when = now()
    row.started_at = when
    row.touched_at = when
    row.active_seconds = 0.0
    if row.kind == "take-home":
        _add(row, "opened", takehome=takehome.start_clock(session, row.item_id))
    else:
        _add(row, "opened")


def get_round(session: Session, round_id: int) -> MockRound:
    row = session.get(MockRound, round_id) if 1 <= round_id < 2**31 else None
    if row is None:
        raise NotFoundError(f"There is no mock round {round_id}.", next_step=NextStep("mock.list"))
    return row


def current_round(session: Session) -> MockRound:
    """The latest started round that is still open (the one to resume)."""
    row = session.scalars(
        select(MockRound)
        .where(MockRound.finished_at.is_(None), MockRound.started_at.is_not(None))
        .order_by(MockRound.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise NotFoundError("No mock round is open.", next_step=NextStep("mock.plan"))
    return row


def _new_round(spec: RoundSpec, item_id: str, loop_id: int | None, position: int) -> MockRound:
    return MockRound(
        loop_id=loop_id,
        position=position,
        kind=spec.kind,
        title=spec.title,
        item_id=item_id,
        minutes=spec.minutes,
        source="app",
        active_seconds=0.0,
        events=[],
        answer="",
        feedback="",
    )


def start_loop(
    session: Session,
    size: str | None,
    role: str | None = None,
    level: str | None = None,
    *,
    take_home: bool = False,
) -> tuple[MockLoop, MockRound]:
    """Plan a loop, store its rounds and start the first one."""
    plan: LoopPlan = plan_loop(session, size, role, level, take_home=take_home)
    loop = MockLoop(size=plan.size, role=plan.role, level=plan.level, started_at=now())
    session.add(loop)
    session.flush()
    rows = [_new_round(r.spec, r.item.id, loop.id, n) for n, r in enumerate(plan.rounds, start=1)]
    session.add_all(rows)
    _begin(session, rows[0])
    session.flush()
    return loop, rows[0]


def start_single(
    session: Session, kind: str, item_id: str | None = None, minutes: int | None = None
) -> MockRound:
    """One round on its own; the item is chosen (unseen first) unless one is named."""
    from pivotprep.mock.assembly import choose, default_size, profile_role

    spec = single_spec(parse_kind(kind), minutes)
    if item_id:
        scripts.script_for(spec.kind, item_id)  # an unknown id fails here, nothing stored
    else:
        size = default_size(session, None)
        item_id = choose(session, spec, size, set(), 0, profile_role(session)).id
    row = _new_round(spec, item_id, None, 0)
    session.add(row)
    _begin(session, row)
    session.flush()
    return row


def next_round(session: Session, loop_id: int) -> MockRound:
    """Start the loop's next round (the open one, if a round is already running)."""
    rows = loop_rounds(session, loop_id)
    for row in rows:
        if row.finished_at is None:
            if row.started_at is None:
                _begin(session, row)
                session.flush()
            return row
    raise ConflictError(
        f"Every round of loop {loop_id} is closed.",
        next_step=NextStep("mock.debrief", {"loop_id": str(loop_id)}),
    )


def loop_rounds(session: Session, loop_id: int) -> list[MockRound]:
    get_loop(session, loop_id)
    return list(
        session.scalars(
            select(MockRound).where(MockRound.loop_id == loop_id).order_by(MockRound.position)
        )
    )


def get_loop(session: Session, loop_id: int) -> MockLoop:
    loop = session.get(MockLoop, loop_id) if 1 <= loop_id < 2**31 else None
    if loop is None:
        raise NotFoundError(f"There is no mock loop {loop_id}.", next_step=NextStep("mock.list"))
    return loop


def _open(session: Session, round_id: int | None) -> MockRound:
    row = current_round(session) if round_id is None else get_round(session, round_id)
    if row.source != "app":
        raise ConflictError(f"Round {row.id} was a mock with people; it has no script.")
    if row.finished_at is not None:
        raise ConflictError(
            f"Round {row.id} is closed.",
            next_step=NextStep("mock.scorecard", {"round_id": str(row.id)}),
        )
    if row.started_at is None:
        raise ConflictError(
            f"Round {row.id} has not started yet.",
            next_step=NextStep("mock.next", {"loop_id": str(row.loop_id)}),
        )
    _tick(row, now())
    return row


def _text(value: object, limit: int, what: str, field: str) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError(f"The {what} is empty.", field=field)
    if len(text) > limit:
        raise InputTooLargeError(
            f"A {what} holds at most {limit:,} characters; this one has {len(text):,}.",
            field=field,
        )
    return text


def view(session: Session, round_id: int | None = None) -> RoundView:
    """The round as it stands (the current open round when no id is given)."""
    row = current_round(session) if round_id is None else get_round(session, round_id)
    script = scripts.script_for(row.kind, row.item_id)
    hints_used = sum(1 for e in row.events if e.get("kind") == "hint")
    elapsed = float(row.active_seconds or 0.0)
    last = _aware(row.touched_at)
    if row.finished_at is None and last is not None:
        gap = (now() - last).total_seconds()
        elapsed += gap if 0 < gap <= IDLE_CAP else 0.0
    card = from_dict(row.scorecard) if row.scorecard else None
    return RoundView(
        row,
        script,
        elapsed,
        len(script.hints) - hints_used,
        _pending(row, script),
        card,
        _takehome_left(session, row),
    )


def _takehome_left(session: Session, row: MockRound) -> float | None:
    """Seconds left on a take-home round's brief clock (None for other rounds)."""
    takehome_id = takehome.takehome_of(row.events) if row.kind == "take-home" else None
    if takehome_id is None:
        return None
    from pivotprep.portfolio import service as portfolio

    return float(portfolio.takehome(session, takehome_id).seconds_left)


def _pending(row: MockRound, script: Script) -> str | None:
    asked = [e for e in row.events if e.get("kind") == "followup"]
    replied = {e.get("n") for e in row.events if e.get("kind") == "reply"}
    for event in asked:
        if event.get("n") not in replied:
            return str(event.get("text"))
    return None


def ask(session: Session, question: str, round_id: int | None = None) -> Reply:
    """A clarifying question: the interviewer releases the facts on its topic."""
    row = _open(session, round_id)
    text = _text(question, MAX_QUESTION_CHARS, "question", "question")
    reply = answer_question(scripts.script_for(row.kind, row.item_id), text)
    _add(row, "ask", text=text, topic=reply.topic, released=reply.released, reply=reply.text)
    return reply


def note(session: Session, text: str, round_id: int | None = None) -> dict[str, Any]:
    """A think-aloud note, stamped with the round's clock."""
    row = _open(session, round_id)
    return _add(row, "note", text=_text(text, MAX_NOTE_CHARS, "note", "note"))


def hint(session: Session, round_id: int | None = None) -> tuple[str, int]:
    """The next hint and its cost in problem-solving points."""
    row = _open(session, round_id)
    script = scripts.script_for(row.kind, row.item_id)
    used = sum(1 for e in row.events if e.get("kind") == "hint")
    if used >= len(script.hints):
        raise ConflictError(
            "No hint is left for this round."
            if script.hints
            else "This round has no hints: talk it through instead."
        )
    _add(row, "hint", n=used + 1)
    return script.hints[used], pack().hint_cost


def _context(row: MockRound) -> str:
    """What the candidate said or did lately, for the interviewer to refer to."""
    parts = []
    for e in row.events[-8:]:
        if e.get("kind") in ("note", "reply", "ask"):
            parts.append(f"{e['kind']}: {e.get('text', '')}")
        elif e.get("kind") == "run":
            parts.append(f"run: {e.get('cases_passed')}/{e.get('cases_total')} cases passed")
        elif e.get("kind") == "check":
            failed = ", ".join(str(f) for f in e.get("failed") or []) or "none"
            parts.append(f"take-home check: {e.get('score')}/100; failed: {failed}")
    if row.answer and row.kind not in ("coding", "sql", "take-home"):
        parts.append("answer: " + row.answer[:800])
    return "\n".join(parts)


def _ask_followup(row: MockRound, n: int, scripted: str) -> str:
    """Ask follow-up `n`: as scripted, or as the optional LLM interviewer phrases it."""
    from pivotprep.mock.interviewer import phrase

    phrased = phrase(scripted, _context(row))
    extra = {"problem": phrased.problem} if phrased.problem else {}
    _add(row, "followup", n=n, text=phrased.text, scripted=scripted, by=phrased.by, **extra)
    return phrased.text


def _offer_followup(row: MockRound, script: Script) -> None:
    if any(e.get("kind") == "followup" for e in row.events) or not script.followups:
        return
    _ask_followup(row, 0, script.followups[0])


def run(session: Session, code: str, round_id: int | None = None) -> dict[str, Any]:
    """Judge the code (or query) with the practice judges; a first pass opens the
    follow-ups. Returns the recorded run event (with the judge's message)."""
    row = _open(session, round_id)
    if row.kind == "take-home":
        raise ConflictError("A take-home round is handed in as a project: submit it instead.")
    if row.kind not in ("coding", "sql"):
        raise ConflictError(f"A {row.kind} round has no code to run: write the answer instead.")
    text = _text(code, MAX_ANSWER_CHARS, "code", "code")
    row.answer = text
    result = evidence.judge(session, row.kind, row.item_id, text)
    event = _add(row, "run", **result)
    if result["passed"]:
        _offer_followup(row, scripts.script_for(row.kind, row.item_id))
    return event


def answer(session: Session, text: str, round_id: int | None = None) -> dict[str, Any]:
    """A design or behavioral answer, analysed now; the follow-ups open after it."""
    row = _open(session, round_id)
    if row.kind in ("coding", "sql"):
        raise ConflictError("A coding round is answered by running code.")
    if row.kind == "take-home":
        raise ConflictError("A take-home round is handed in as a project: submit it instead.")
    body = _text(text, MAX_ANSWER_CHARS, "answer", "answer")
    found = evidence.analyse(row.kind, row.item_id, body)
    row.answer = body
    event = _add(row, "answer", **found)
    _offer_followup(row, scripts.script_for(row.kind, row.item_id))
    return event


def submit(
    session: Session,
    round_id: int | None = None,
    *,
    path: Path | None = None,
    upload: tuple[str, bytes] | None = None,
    run: bool = True,
) -> dict[str, Any]:
    """Hand in a take-home round's project (a folder, repository or zip, or an uploaded
    zip): it goes through the portfolio check, whose verdicts are recorded as the round's
    evidence; the walkthrough's follow-ups open after it. Returns the recorded event."""
    row = _open(session, round_id)
    if row.kind != "take-home":
        raise ConflictError(f"A {row.kind} round is not handed in as a project.")
    if any(e.get("kind") == "check" for e in row.events):
        raise ConflictError("This take-home was already submitted and checked.")
    takehome_id = takehome.takehome_of(row.events)
    if takehome_id is None:
        raise ConflictError("This round has no take-home clock: start a new take-home round.")
    found = takehome.submit(session, takehome_id, path=path, upload=upload, run=run)
    row.answer = f"Portfolio check {found['check_id']}"
    _tick(row, now())
    event = _add(row, "check", **found)
    _offer_followup(row, scripts.script_for(row.kind, row.item_id))
    return event


def reply(session: Session, text: str, round_id: int | None = None) -> str | None:
    """Answer the waiting follow-up; returns the next follow-up, if any."""
    row = _open(session, round_id)
    script = scripts.script_for(row.kind, row.item_id)
    waiting = [e for e in row.events if e.get("kind") == "followup"]
    replied = {e.get("n") for e in row.events if e.get("kind") == "reply"}
    open_ = [e for e in waiting if e.get("n") not in replied]
    if not open_:
        raise ConflictError(
            "No follow-up is waiting: the interviewer asks one after a pass or an answer."
        )
    n = int(open_[0]["n"])
    _add(row, "reply", n=n, text=_text(text, MAX_NOTE_CHARS, "reply", "reply"))
    if n + 1 < len(script.followups):
        return _ask_followup(row, n + 1, script.followups[n + 1])
    return None


def close(
    session: Session, questions: str = "", round_id: int | None = None
) -> tuple[MockRound, Scorecard]:
    """The close ("do you have questions for us?"), then the scorecard; the plan tasks
    the round (and, for a loop's last round, the loop) finished are ticked and recorded as
    a "plan" event (`plan_links`), when the round holds work."""
    row = _open(session, round_id)
    text = str(questions or "").strip()[:MAX_NOTE_CHARS]
    _add(row, "close", text=text)
    card = score_round(row.kind, row.events, row.minutes, hint_cost=pack().hint_cost)
    row.scorecard = card.to_dict()
    row.finished_at = now()
    finished_loop = row.loop_id is not None and _maybe_finish_loop(session, row.loop_id)
    _tick_plan(session, row, finished_loop)
    session.flush()
    return row, card


def _worked(row: MockRound) -> bool:
    """Whether the round holds work: a run, an answer or a hand-in (an empty close does not
    finish a plan task)."""
    return any(e.get("kind") in ("run", "answer", "check") for e in row.events)


def _tick_plan(session: Session, row: MockRound, finished_loop: bool) -> None:
    """Tick the plan tasks a round with work finishes (and the loop's, when every round of
    the finished loop holds work); record them as the round's "plan" event."""
    if not _worked(row):
        return
    loop_worked = finished_loop and all(_worked(r) for r in loop_rounds(session, row.loop_id or 0))
    ticked = plan_links.tick_for_close(session, row.kind, finished_loop=loop_worked)
    if ticked:
        _add(row, "plan", **plan_links.as_event(ticked))


def _maybe_finish_loop(session: Session, loop_id: int) -> bool:
    """Finish the loop (and store its debrief) once every round is closed; True then."""
    from pivotprep.mock.debrief import debrief

    rows = loop_rounds(session, loop_id)
    if not all(r.finished_at is not None for r in rows):
        return False
    loop = get_loop(session, loop_id)
    loop.finished_at = now()
    loop.debrief = debrief(rows).to_dict()
    return True


def voice_note(
    session: Session, data: bytes, round_id: int | None = None
) -> tuple[dict[str, Any], Any]:
    """A spoken think-aloud: transcribed offline (voice extra), stored as a note with its
    measures. Returns (the note event, the transcript)."""
    from pivotprep.mock.voice import transcribe_bytes

    row = _open(session, round_id)  # a closed or unknown round fails before the model runs
    transcript = transcribe_bytes(data)
    _tick(row, now())
    event = _add(
        row, "note", text=transcript.text[:MAX_NOTE_CHARS], voice=transcript.measures.to_dict()
    )
    return event, transcript
