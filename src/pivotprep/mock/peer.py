"""Mocks with people: the interviewer's packet for any round (a printable page), and the
record of a real mock's scores and verbatim feedback, kept as a round of source "peer"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import InputTooLargeError, ValidationError
from pivotprep.mock.content import Scale, pack
from pivotprep.mock.loops import parse_kind, single_spec
from pivotprep.mock.models import MockRound
from pivotprep.mock.scorecard import SCALES, Evidence, Score, Scorecard
from pivotprep.mock.scripts import item_title, script_for

MAX_FEEDBACK_CHARS = 10_000


@dataclass(frozen=True)
class Kit:
    kind: str
    item_id: str
    title: str
    minutes: int
    opening: str
    released: tuple[tuple[str, tuple[str, ...]], ...]  # (topic title, facts to give if asked)
    hints: tuple[str, ...]
    followups: tuple[str, ...]
    close: str
    rubric: tuple[tuple[str, Scale], ...]
    hint_cost: int


def kit(kind: str, item_id: str) -> Kit:
    """The interviewer's packet for a round on `item_id`."""
    kind = parse_kind(kind)
    script = script_for(kind, item_id)
    topics = pack().topics
    released = tuple((topics[t].title, facts) for t, facts in script.facts.items())
    return Kit(
        kind,
        item_id,
        item_title(kind, item_id),
        single_spec(kind).minutes,
        script.opening,
        released,
        script.hints,
        script.followups,
        script.close,
        tuple((k, v) for k, v in pack().rubric.items()),
        pack().hint_cost,
    )


def _score(value: object, scale: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 4:
        label = scale.replace("_", " ")
        raise ValidationError(f"The {label} score is 1 to 4, not {str(value)[:10]!r}.", field=scale)
    return number


def _advance(value: object) -> bool:
    word = str(value or "").strip().lower()
    if word in ("yes", "y", "true", "1", "on"):
        return True
    if word in ("no", "n", "false", "0", ""):
        return False
    raise ValidationError("Advance is yes or no.", field="advance")


def record_peer(
    session: Session,
    *,
    kind: str,
    title: object,
    scores: Mapping[str, object],
    advance: object,
    feedback: object = "",
    item_id: str = "",
) -> MockRound:
    """Store a mock run with a person: their scores (1-4), advance, feedback as written."""
    kind = parse_kind(kind)
    values = {s: _score(scores.get(s), s) for s in SCALES}  # every field checked first
    yes = _advance(advance)
    text = str(feedback or "").strip()
    if len(text) > MAX_FEEDBACK_CHARS:
        raise InputTooLargeError(
            f"Feedback holds at most {MAX_FEEDBACK_CHARS:,} characters.", field="feedback"
        )
    name = str(title or "").strip()[:80] or single_spec(kind).title
    quote = (text[:200] + ("…" if len(text) > 200 else "")) if text else "no written feedback"
    card = Scorecard(
        kind,
        tuple(
            Score(s, v, (Evidence(f"Scored by your interviewer: {quote}"),))
            for s, v in values.items()
        ),
        yes,
        ("Yes" if yes else "No") + ": your interviewer's call.",
    )
    when = now()
    row = MockRound(
        kind=kind,
        title=name,
        item_id=item_id[:80],
        minutes=single_spec(kind).minutes,
        source="peer",
        started_at=when,
        touched_at=when,
        finished_at=when,
        active_seconds=0.0,
        events=[],
        answer="",
        scorecard=card.to_dict(),
        feedback=text,
        position=0,
    )
    session.add(row)
    session.flush()
    return row
