"""The text of an item a learner asks a mentor to review, read through its feature's
service on the learner's own session: a title, the text, and how comments anchor to it
(sentences for prose, lines for reports)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.errors import NotFoundError, ValidationError
from pivotprep.server.anchors import bounded_snapshot

# The kinds a learner can ask to have reviewed, with where the item's own page is.
ITEM_PAGES = {
    "stories": "/stories/{id}",
    "design": "/design/sessions/{id}",
    "mock": "/mock/rounds/{id}/scorecard",
    "portfolio": "/portfolio/checks/{id}",
    "resume": "/resume/scans/{id}",
}
REVIEWABLE = tuple(ITEM_PAGES)
LARGEST_ID = 2**31 - 1


@dataclass(frozen=True)
class ItemSnapshot:
    title: str
    text: str
    mode: str  # sentences | lines


def _story(db: Session, item_id: int) -> ItemSnapshot:
    from pivotprep.stories import service as stories

    story = stories.get_story(db, item_id)
    return ItemSnapshot(f"Story: {story.title}", stories.story_text(story), "sentences")


def _design(db: Session, item_id: int) -> ItemSnapshot:
    from pivotprep.design import service as design

    row = design.get_session(db, item_id)
    prompt = design.get_prompt(row.prompt_id)
    text, _ = design.export_session(db, item_id, svg_link="diagram.svg")
    return ItemSnapshot(f"Design session: {prompt.title}", text, "sentences")


def _mock(db: Session, item_id: int) -> ItemSnapshot:
    """The round's transcript (questions, answers, notes, replies) and its scorecard."""
    from pivotprep.mock import service as mock

    row = mock.get_round(db, item_id)
    lines = [
        f"{str(event.get('kind', '')).capitalize()}: {event['text']}"
        for event in row.events
        if isinstance(event.get("text"), str) and event["text"].strip()
    ]
    if row.answer.strip():
        lines.append(f"Answer: {row.answer}")
    if row.scorecard:
        card = mock.scorecard(db, item_id)
        lines += [f"{score.scale}: {score.value} of 4." for score in card.scores]
        lines += [f"Advance: {'yes' if card.advance else 'no'}. {card.advance_reason}"]
        lines += list(card.notes)
    return ItemSnapshot(f"Mock round: {row.title}", "\n".join(lines), "sentences")


def _portfolio(db: Session, item_id: int) -> ItemSnapshot:
    from pivotprep.portfolio import service as portfolio

    result = portfolio.get_check(db, item_id)
    title = f"Portfolio check: {result.report.project}"
    return ItemSnapshot(title, portfolio.markdown(result), "lines")


def _resume(db: Session, item_id: int) -> ItemSnapshot:
    """The scan's findings, one per line: rate, fixes, gaps, formatting, notes."""
    from pivotprep.resume import service as resume

    view = resume.get_scan(db, item_id).view
    lines = [f"Match rate: {view.rate:.0f}% of the job's keywords (aim: {view.line}%)."]
    lines += [f"Fix: {fix}" for fix in view.fixes]
    lines += [f"{t.keyword} ({t.label}): {t.reason} {t.suggestion}".strip() for t in view.triage]
    lines += [f"Formatting, {f.check}: {f.message}" for f in view.formatting if f.severity != "ok"]
    lines += list(view.notes)
    title = f"Resume scan: {view.resume_name} v{view.resume_version} for {view.job_label}"
    return ItemSnapshot(title, "\n".join(lines), "lines")


_READERS: dict[str, Callable[[Session, int], ItemSnapshot]] = {
    "stories": _story,
    "design": _design,
    "mock": _mock,
    "portfolio": _portfolio,
    "resume": _resume,
}


def snapshot_of(db: Session, kind: str, item_id: int) -> ItemSnapshot:
    """The item's text as it is now, bounded in size; NotFoundError for no such item."""
    if kind not in _READERS:
        raise ValidationError(f"A review covers {', '.join(REVIEWABLE)}, not {kind!r}.")
    if not 0 < item_id <= LARGEST_ID:
        raise NotFoundError(f"There is no {kind} item {item_id}.")
    item = _READERS[kind](db, item_id)
    text = bounded_snapshot(item.text)
    if not text.strip():
        raise ValidationError("This item has no text yet: write something, then ask again.")
    return ItemSnapshot(item.title[:200], text, item.mode)
