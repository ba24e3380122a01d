"""The story bank itself: validating what a person typed, storing it, reading it back.

Stories are stored exactly as typed (no trimming inside, no HTML stripping): they are
escaped when shown, never interpreted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NextStep, NotFoundError, UserError, ValidationError
from pivotprep.profile.service import DOMAINS
from pivotprep.stories.analyzer.analysis import check_size
from pivotprep.stories.models import Story
from pivotprep.stories.questions import check_signals

FIELDS = ("situation", "task", "action", "result")
HEADINGS = {"situation": "Situation", "task": "Task", "action": "Action", "result": "Result"}
LARGEST_ID = 2**63 - 1  # a 64-bit INTEGER key: a larger number cannot name a row


@dataclass(frozen=True)
class StoryInput:
    title: str
    text: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    past_role: str = ""
    domain: str = ""
    tags: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()


def _split_list(raw: object) -> list[str]:
    if raw is None:
        return []
    items = raw if isinstance(raw, list | tuple) else str(raw).split(",")
    return [str(i).strip() for i in items if str(i).strip()]


def clean_domain(domain: object) -> str:
    """A past domain in its stored form ("" for none), or a `ValidationError` that lists
    the known domains. Shared by the story form and the analysis of a draft."""
    dom = str(domain or "").strip().lower()
    if dom and dom not in DOMAINS:
        raise ValidationError(
            f"Unknown past domain {domain!r}. Choose one of: {', '.join(DOMAINS)}.",
            field="domain",
        )
    return dom


def _check_title(title: object) -> str:
    clean = " ".join(str(title or "").split())
    if not clean:
        raise ValueError("Give the story a short title, e.g. “Cut the month-end close to 4 days”.")
    if len(clean) > 200:
        raise ValueError("The title is too long (200 characters at most).")
    return clean


def _check_bodies(bodies: dict[str, str], errors: dict[str, str]) -> None:
    """Each text box within the size limits, and at least one of them written."""
    for name, value in bodies.items():
        try:
            check_size(value, field_name=name, what="story" if name == "text" else name)
        except UserError as error:
            errors[name] = error.message
    if not any(v.strip() for v in bodies.values()):
        errors["text"] = (
            "The story is empty. Write it as free text, or fill the Situation, Task, Action "
            "and Result boxes."
        )


def validate_story(
    *,
    title: object,
    text: object = "",
    situation: object = "",
    task: object = "",
    action: object = "",
    result: object = "",
    past_role: object = "",
    domain: object = "",
    tags: object = (),
    signals: object = (),
) -> StoryInput:
    """A clean `StoryInput` or a `ValidationError` naming every bad field.

    The text fields are kept verbatim (no trimming inside, no HTML stripping): they are
    escaped when shown, never interpreted.
    """
    errors: dict[str, str] = {}
    clean_title = ""
    try:
        clean_title = _check_title(title)
    except ValueError as bad:
        errors["title"] = str(bad)
    bodies = {
        "text": str(text or ""),
        "situation": str(situation or ""),
        "task": str(task or ""),
        "action": str(action or ""),
        "result": str(result or ""),
    }
    _check_bodies(bodies, errors)
    dom, clean_signals = "", []
    try:
        dom = clean_domain(domain)
    except ValidationError as error:
        errors["domain"] = error.message
    try:
        clean_signals = check_signals(_split_list(signals))
    except ValidationError as error:
        errors["signals"] = error.message
    if len(str(past_role or "")) > 200:
        errors["past_role"] = "The past role is too long (200 characters at most)."
    if errors:
        first = next(iter(errors.values()))
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValidationError(first + more, field=next(iter(errors)), errors=errors)
    return StoryInput(
        title=clean_title,
        past_role=" ".join(str(past_role or "").split()),
        domain=dom,
        tags=tuple(list(dict.fromkeys(t[:40] for t in _split_list(tags)))[:20]),
        signals=tuple(clean_signals),
        **bodies,
    )


def _apply(story: Story, data: StoryInput) -> None:
    story.title = data.title
    story.text = data.text
    story.situation = data.situation
    story.task = data.task
    story.action = data.action
    story.result = data.result
    story.past_role = data.past_role
    story.domain = data.domain
    story.tags = list(data.tags)
    story.signals = list(data.signals)


def create_story(session: Session, data: StoryInput) -> Story:
    story = Story()
    _apply(story, data)
    session.add(story)
    session.flush()
    return story


def update_story(session: Session, story_id: int, data: StoryInput) -> Story:
    story = get_story(session, story_id)
    _apply(story, data)
    session.flush()
    return story


def delete_story(session: Session, story_id: int) -> None:
    session.delete(get_story(session, story_id))
    session.flush()


def get_story(session: Session, story_id: int) -> Story:
    story = session.get(Story, story_id) if 0 < story_id <= LARGEST_ID else None
    if story is None:
        raise NotFoundError(f"No story #{story_id}.", next_step=NextStep("stories.list"))
    return story


def list_stories(session: Session) -> list[Story]:
    return list(session.scalars(select(Story).order_by(Story.id)))


def story_text(story: Story) -> str:
    """What the analyzer reads: the S/T/A/R boxes under their headings, else the free text."""
    if story.uses_fields:
        return "\n".join(
            f"{HEADINGS[name]}: {getattr(story, name).strip()}"
            for name in FIELDS
            if getattr(story, name).strip()
        )
    return story.text


def stories_by_ids(session: Session, ids: Iterable[int]) -> list[Story]:
    wanted = list(ids)
    if not wanted:
        return []
    return list(session.scalars(select(Story).where(Story.id.in_(wanted)).order_by(Story.id)))
