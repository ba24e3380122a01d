"""System design and ML-ops practice, the operations the CLI and the web call.

- prompts: the content packs (`content.py`), listed and shown;
- sessions: timed worksheets with autosave, the clock, a review with quoted evidence
  (`sessions.py`, `review/`), the Markdown export with the diagram as SVG;
- drills: back-of-the-envelope questions graded with a tolerance (`drills.py`);
- cards: design and ML-fundamentals cards on an FSRS queue (`card_queue.py`);
- lab: the drift lab (`lab.py`, `drift/`);
- plan: step-3 tasks linked to all of the above, ticked when an activity is finished
  (`plan_links.py`, through `pivotprep.plan.service`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.design import card_queue, drills, lab, plan_links, sessions
from pivotprep.design.card_queue import (
    NEW_PER_DAY,
    CardAnswer,
    CardReview,
    DeckStats,
    QueuedCard,
    active_decks,
    card_reviews,
    deck_stats,
    due_count,
    get_card,
    queue,
)
from pivotprep.design.content import (
    KIND_TITLES,
    TRACKS,
    Card,
    Drill,
    Phase,
    Prompt,
    get_prompt,
    load_all,
    phases,
    prompts,
    track_for,
)
from pivotprep.design.diagram.svg import render_text
from pivotprep.design.drills import DrillAnswer, DrillRow, get_drill, list_drills, next_drill
from pivotprep.design.export import review_markdown, session_markdown
from pivotprep.design.lab import (
    REFERENCE_NAMES,
    LabResult,
    default_choices,
    evaluate,
    get_lab_run,
    lab_runs,
    scenario_chart,
    statistic_names,
)
from pivotprep.design.models import DesignSession, DrillAttempt, LabRun
from pivotprep.design.plan_links import LinkedTask, Ticked, linked_tasks
from pivotprep.design.review.report import Review
from pivotprep.design.sessions import (
    LENGTHS,
    MAX_ANSWER_CHARS,
    MAX_DIAGRAM_CHARS,
    MAX_PHASE_CHARS,
    Clock,
    SaveResult,
    check_minutes,
    clock,
    diagram_problem,
    get_session,
    latest_open_session,
    list_sessions,
    move_to_phase,
    review_text,
    save_session,
    save_worksheet_text,
    session_review,
    start_session,
    worksheet_template,
)

__all__ = [
    "KIND_TITLES",
    "LENGTHS",
    "MAX_ANSWER_CHARS",
    "MAX_DIAGRAM_CHARS",
    "MAX_PHASE_CHARS",
    "NEW_PER_DAY",
    "REFERENCE_NAMES",
    "TRACKS",
    "Card",
    "CardAnswer",
    "CardReview",
    "CardResult",
    "Clock",
    "DeckStats",
    "DesignSession",
    "Drill",
    "DrillAnswer",
    "DrillResultWithPlan",
    "DrillRow",
    "FinishResult",
    "LabOutcome",
    "LabResult",
    "LabRun",
    "LinkedTask",
    "Phase",
    "Prompt",
    "PromptRow",
    "QueuedCard",
    "Review",
    "SaveResult",
    "Summary",
    "Ticked",
    "active_decks",
    "answer_card",
    "answer_drill",
    "card_reviews",
    "check_minutes",
    "clock",
    "content_counts",
    "deck_stats",
    "default_choices",
    "diagram_problem",
    "due_count",
    "evaluate",
    "export_session",
    "finish_session",
    "get_card",
    "get_drill",
    "get_lab_run",
    "get_prompt",
    "get_session",
    "lab_config",
    "lab_runs",
    "latest_open_session",
    "linked_tasks",
    "list_drills",
    "list_prompts",
    "list_sessions",
    "move_to_phase",
    "next_drill",
    "phases",
    "queue",
    "render_diagram",
    "review_markdown",
    "review_text",
    "run_lab",
    "save_session",
    "save_worksheet_text",
    "scenario_chart",
    "session_diagram_svg",
    "session_review",
    "start_session",
    "statistic_names",
    "summary",
    "track_for",
    "worksheet_template",
]


@dataclass(frozen=True)
class PromptRow:
    id: str
    title: str
    track: str
    track_title: str
    summary: str
    sessions: int
    best_score: int | None


@dataclass(frozen=True)
class FinishResult:
    review: Review
    session_id: int
    ticked: tuple[Ticked, ...] = ()


@dataclass(frozen=True)
class DrillResultWithPlan:
    answer: DrillAnswer
    ticked: tuple[Ticked, ...] = ()


@dataclass(frozen=True)
class CardResult:
    answer: CardAnswer
    ticked: tuple[Ticked, ...] = ()


@dataclass(frozen=True)
class LabOutcome:
    result: LabResult
    ticked: tuple[Ticked, ...] = ()


@dataclass(frozen=True)
class Summary:
    """The dashboard card: sessions, cards due, drills solved, the lab's best run."""

    sessions_finished: int
    mean_score: int | None
    cards_due: int
    drills_solved: int
    drills_total: int
    lab_best: dict[str, Any] | None
    open_tasks: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def content_counts() -> dict[str, int]:
    """Every content pack loaded and validated, with its size."""
    return load_all()


def list_prompts(session: Session | None = None, track: str | None = None) -> list[PromptRow]:
    """The prompts (optionally of one track: ml, data, classic), with your sessions."""
    if track is not None and track not in TRACKS:
        from pivotprep.core.errors import ValidationError

        raise ValidationError(
            f"Unknown track {track!r}: one of {', '.join(TRACKS)}.", field="track"
        )
    stats: dict[str, tuple[int, int | None]] = {}
    if session is not None:
        rows = session.execute(
            select(DesignSession.prompt_id, func.count(), func.max(DesignSession.score)).group_by(
                DesignSession.prompt_id
            )
        ).all()
        stats = {pid: (int(n), best) for pid, n, best in rows}
    return [
        PromptRow(
            p.id,
            p.title,
            p.track,
            TRACKS[p.track],
            p.summary,
            stats.get(p.id, (0, None))[0],
            stats.get(p.id, (0, None))[1],
        )
        for p in prompts().values()
        if track is None or p.track == track
    ]


def finish_session(session: Session, session_id: int) -> FinishResult:
    """Review the session; the first finish ticks the plan task its prompt belongs to."""
    review, first = sessions.finish_session(session, session_id)
    row = get_session(session, session_id)
    ticked = plan_links.tick_for_prompt(session, row.prompt_id) if first else []
    return FinishResult(review, session_id, tuple(ticked))


def render_diagram(text: str) -> str:
    """SVG of a diagram written in the flowchart subset; DiagramError names a bad line."""
    if len(text) > MAX_DIAGRAM_CHARS:
        from pivotprep.core.errors import InputTooLargeError

        raise InputTooLargeError(
            f"A diagram holds at most {MAX_DIAGRAM_CHARS:,} characters; this one has {len(text):,}."
        )
    return render_text(text)


def session_diagram_svg(session: Session, session_id: int) -> str:
    row = get_session(session, session_id)
    prompt = get_prompt(row.prompt_id)
    return render_text(row.diagram or "", title=f"{prompt.title}: diagram")


def export_session(
    session: Session, session_id: int, *, svg_link: str | None = None
) -> tuple[str, str | None]:
    """(Markdown, SVG or None). With `svg_link` the Markdown links to that file (write the
    SVG beside it); without, the SVG is inline."""
    row = get_session(session, session_id)
    prompt = get_prompt(row.prompt_id)
    svg = None
    if (row.diagram or "").strip() and not row.diagram_error:
        svg = render_text(row.diagram, title=f"{prompt.title}: diagram")
    review = (
        session_review(session, session_id)
        if any((t or "").strip() for t in (row.texts or {}).values())
        else None
    )
    text = session_markdown(
        prompt,
        phases(),
        row.texts or {},
        minutes=row.minutes,
        started=f"{row.started_at:%Y-%m-%d %H:%M}",
        diagram=row.diagram or "",
        diagram_svg=svg,
        diagram_error=row.diagram_error,
        review=review,
        svg_link=svg_link if svg is not None else None,
    )
    return text, svg


def answer_drill(session: Session, drill_id: str, answer: str) -> DrillResultWithPlan:
    result = drills.answer_drill(session, drill_id, answer)
    ticked: list[Ticked] = []
    if result.result.correct:
        ticked = plan_links.tick_for_drills(session, drills.solved_today(session))
    return DrillResultWithPlan(result, tuple(ticked))


def answer_card(
    session: Session,
    card_id: str,
    answer: str,
    *,
    seconds: float | None = None,
    guessed: bool = False,
) -> CardResult:
    result = card_queue.answer_card(session, card_id, answer, seconds=seconds, guessed=guessed)
    counts = {
        link.item: card_queue.reviewed_today(session, link.decks)
        for link in lab_links()
        if link.cards
    }
    ticked = plan_links.tick_for_cards(session, result.card.deck, counts)
    return CardResult(result, tuple(ticked))


def lab_links() -> tuple[Any, ...]:
    from pivotprep.design.content import plan_links as links

    return links()


def run_lab(
    session: Session, reference: str, choices: Mapping[str, tuple[str, object]], plan: str
) -> LabOutcome:
    result = lab.run_lab(session, reference, choices, plan)
    return LabOutcome(result, tuple(plan_links.tick_for_lab(session)))


def lab_config() -> Any:
    return lab.lab()


def summary(session: Session) -> Summary:
    finished = session.execute(
        select(func.count(), func.avg(DesignSession.score)).where(
            DesignSession.finished_at.is_not(None)
        )
    ).one()
    solved = (
        session.scalar(
            select(func.count(func.distinct(DrillAttempt.drill_id))).where(DrillAttempt.correct)
        )
        or 0
    )
    best = session.scalars(
        select(LabRun).order_by((LabRun.precision + LabRun.recall).desc(), LabRun.id).limit(1)
    ).first()
    lab_best = (
        None
        if best is None
        else {"precision": best.precision, "recall": best.recall, "checklist": best.checklist}
    )
    return Summary(
        sessions_finished=int(finished[0] or 0),
        mean_score=None if finished[1] is None else round(float(finished[1])),
        cards_due=due_count(session),
        drills_solved=int(solved),
        drills_total=len(list_drills(session)),
        lab_best=lab_best,
        open_tasks=len(linked_tasks(session, open_only=True)),
    )
