"""Design and ML-fundamentals cards on an FSRS review queue.

The queue shows due cards first, then a few new ones a day, from the decks that fit the
profile's target role (ML fundamentals for ML and data roles). An answer is checked
(cloze, number, choice) and rated from that check (cards/check.py), then scheduled with
FSRS (the same library practice reviews use). A card answered before it is due is
practice: logged, not rescheduled.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.design.cards import schedule
from pivotprep.design.cards.check import RATING_NAMES, CardSpec, Checked, check, rate
from pivotprep.design.content import Card, Deck, cards, decks
from pivotprep.design.models import CardLog, CardState

NEW_PER_DAY = 15


@dataclass(frozen=True)
class QueuedCard:
    card: Card
    state: str  # due, new
    due: datetime | None


@dataclass(frozen=True)
class CardAnswer:
    card: Card
    checked: Checked
    rating: int
    rating_name: str
    evidence: str
    scheduled: bool
    next_due: datetime | None


@dataclass(frozen=True)
class DeckStats:
    deck: Deck
    total: int
    seen: int
    due: int


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _midnight(when: datetime) -> datetime:
    return when.replace(hour=0, minute=0, second=0, microsecond=0)


def active_decks(session: Session) -> list[Deck]:
    """Decks for the target role (all of them without a profile)."""
    from pivotprep.profile.service import get_profile

    profile = get_profile(session)
    role = profile.target_role if profile is not None else None
    return [d for d in decks().values() if not d.roles or role is None or role in d.roles]


def get_card(card_id: str) -> Card:
    known = cards()
    if card_id not in known:
        raise NotFoundError(
            f"There is no design card {card_id!r}.", next_step=NextStep("design.cards")
        )
    return known[card_id]


def queue(session: Session, limit: int = 10, deck: str | None = None) -> list[QueuedCard]:
    """Due cards (oldest due first), then new cards up to today's allowance."""
    when = now()
    names = {d.id for d in active_decks(session)}
    if deck is not None:
        if deck not in decks():
            raise NotFoundError(
                f"There is no card deck {deck!r}.", next_step=NextStep("design.cards")
            )
        names = {deck}
    known = cards()
    states = {s.card_id: s for s in session.scalars(select(CardState))}
    due = sorted(
        (
            s
            for s in states.values()
            if s.deck in names and _aware(s.due) <= when and s.card_id in known
        ),
        key=lambda s: _aware(s.due),
    )
    out = [QueuedCard(known[s.card_id], "due", _aware(s.due)) for s in due[:limit]]
    allowance = max(0, NEW_PER_DAY - new_today(session, when))
    fresh = [c for c in known.values() if c.deck in names and c.id not in states]
    for card in _interleave(fresh)[: min(allowance, limit - len(out))]:
        out.append(QueuedCard(card, "new", None))
    return out


def _interleave(fresh: list[Card]) -> list[Card]:
    """One card per topic in turn, so a day mixes topics."""
    by_topic: dict[str, list[Card]] = {}
    for card in fresh:
        by_topic.setdefault(f"{card.deck}/{card.topic}", []).append(card)
    out: list[Card] = []
    while any(by_topic.values()):
        for topic in list(by_topic):
            if by_topic[topic]:
                out.append(by_topic[topic].pop(0))
    return out


def new_today(session: Session, when: datetime) -> int:
    """Cards first answered today (their first log is today's)."""
    start = _midnight(when)
    firsts = (
        select(CardLog.card_id)
        .group_by(CardLog.card_id)
        .having(func.min(CardLog.reviewed_at) >= start)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(firsts)) or 0)


def spec_of(card: Card) -> CardSpec:
    return CardSpec(
        card.kind, card.answers, card.value, card.unit, card.tolerance, card.options, card.correct
    )


def answer_card(
    session: Session,
    card_id: str,
    answer: str,
    *,
    seconds: float | None = None,
    guessed: bool = False,
) -> CardAnswer:
    """Check, rate and (when new or due) schedule an answer. ValidationError, storing
    nothing, for an answer that cannot be read (empty, not a number, no such letter)."""
    card = get_card(card_id)
    checked = check(spec_of(card), answer)
    if seconds is not None and not 0 <= seconds <= 3600:
        seconds = None
    rating, evidence = rate(checked, seconds, guessed)
    when = now()
    state = session.get(CardState, card.id)
    scheduled = state is None or _aware(state.due) <= when
    if scheduled:
        fresh = schedule.schedule(state.card if state else None, rating, when)
        if state is None:
            state = CardState(card_id=card.id, deck=card.deck, reviews=0)
            session.add(state)
        state.card = dict(fresh.to_dict())
        state.due = fresh.due
        state.last_rating = rating
        state.reviews = (state.reviews or 0) + 1
        state.stability = float(fresh.stability or 0.0)
    else:
        evidence = f"practice, not a review (next review {_aware(state.due):%Y-%m-%d}): {evidence}"  # type: ignore[union-attr]
    session.add(
        CardLog(
            card_id=card.id,
            deck=card.deck,
            reviewed_at=when,
            rating=rating,
            answer=answer.strip()[:300],
            correct=checked.correct,
            seconds=seconds,
            evidence=evidence[:400],
        )
    )
    session.flush()
    return CardAnswer(
        card,
        checked,
        rating,
        RATING_NAMES[rating],
        evidence,
        scheduled,
        _aware(state.due) if state is not None else None,
    )


def reviewed_today(
    session: Session, deck_ids: Collection[str], when: datetime | None = None
) -> int:
    """Distinct cards of these decks answered today (rated reviews and practice alike)."""
    start = _midnight(when or now())
    return int(
        session.scalar(
            select(func.count(func.distinct(CardLog.card_id))).where(
                CardLog.reviewed_at >= start,
                CardLog.reviewed_at < start + timedelta(days=1),
                CardLog.deck.in_(list(deck_ids)),
            )
        )
        or 0
    )


def deck_stats(session: Session) -> list[DeckStats]:
    when = now()
    states = list(session.scalars(select(CardState)))
    out = []
    for deck in active_decks(session):
        mine = [s for s in states if s.deck == deck.id]
        total = sum(1 for c in cards().values() if c.deck == deck.id)
        due = sum(1 for s in mine if _aware(s.due) <= when)
        out.append(DeckStats(deck, total, len(mine), due))
    return out


def due_count(session: Session) -> int:
    """Cards due now plus today's new allowance, across the role's decks."""
    return len(queue(session, limit=1000))


@dataclass(frozen=True)
class CardReview:
    """One card answer as other features read it (readiness: card retention)."""

    reviewed_at: datetime
    correct: bool
    seconds: float | None


def card_reviews(session: Session, since: datetime) -> list[CardReview]:
    """The card answers given since `since`, oldest first."""
    rows = session.scalars(
        select(CardLog).where(CardLog.reviewed_at >= since).order_by(CardLog.reviewed_at)
    )
    return [CardReview(_aware(r.reviewed_at), r.correct, r.seconds) for r in rows]
