"""Step 4 of the plan ("STAR stories") linked to the story bank and timed practice,
through `pivotprep.plan.service` only.

- Writing: the plan's "Write STAR story N" items (`story-1` ... `story-15`) count the
  stories in the bank that analyse at `BAR` or more. While fewer story items are done than
  there are such stories, the earliest open one is ticked (every part of it, when it was
  split over weeks). So a story ticks one item when it first reaches the bar; saving it
  again, or a story below the bar, ticks nothing; a story item ticked by hand counts too.
- Rehearsing: a scored timed-practice answer ticks the earliest open `story-rehearse`
  block (one block per answer).

Neither ever makes the plan: without one (or without a profile) nothing is ticked, as
saving a story never touches a plan that does not exist yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.plan.service import TaskRef

STEP = "stories"
BAR = 70  # out of 100: the four STAR parts present and a result the analyzer can measure
REHEARSE = "story-rehearse"
_STORY_ITEM = re.compile(r"^story-\d+$")


def _item_of(task: object) -> str | None:
    parts = str(getattr(task, "item_key", "")).split(":")
    if getattr(task, "source", "") != "plan" or len(parts) < 2 or parts[0] != STEP:
        return None
    return parts[1] if _STORY_ITEM.match(parts[1]) else None


def _has_plan(session: Session) -> bool:
    from pivotprep.plan.service import get_plan

    return get_plan(session) is not None


def tick_for_stories(session: Session, scores: Iterable[int]) -> list[TaskRef]:
    """Tick story items until as many are done as `scores` (the bank's story scores) hold
    stories at the bar. Returns the tasks ticked (the parts of at most a few items)."""
    from pivotprep.plan.service import all_tasks, mark_done

    strong = sum(1 for score in scores if score >= BAR)
    if not strong or not _has_plan(session):
        return []
    try:
        _, tasks, _ = all_tasks(session)
    except UserError:  # no profile any more: no plan to read
        return []
    by_item: dict[str, list[Any]] = {}  # plan tasks, as the plan service returns them
    for task in tasks:  # in week order, then place in the week
        item = _item_of(task)
        if item is not None and task.status != "dropped":
            by_item.setdefault(item, []).append(task)
    written = sum(1 for parts in by_item.values() if all(t.status == "done" for t in parts))
    ticked: list[TaskRef] = []
    for parts in by_item.values():
        if written >= strong:
            break
        still_open = [t for t in parts if t.status == "open"]
        if not still_open:
            continue
        for task in still_open:
            done = mark_done(session, task.id)
            ticked.append(TaskRef(done.id, done.title, done.week))
        written += 1
    return ticked


def tick_for_rehearsal(session: Session) -> list[TaskRef]:
    """Tick the earliest open rehearsal block (none without a plan)."""
    from pivotprep.plan.service import tick_first_open

    if not _has_plan(session):
        return []
    try:
        task = tick_first_open(session, STEP, {REHEARSE})
    except UserError:
        return []
    return [] if task is None else [TaskRef(task.id, task.title, task.week)]


def done_story_tasks(session: Session, ids: Iterable[int]) -> list[TaskRef]:
    """The done "Write STAR story N" tasks among `ids` (anything else is left out)."""
    from pivotprep.plan.service import all_tasks

    wanted = set(ids)
    if not wanted or not _has_plan(session):
        return []
    try:
        _, tasks, _ = all_tasks(session)
    except UserError:
        return []
    return [
        TaskRef(t.id, t.title, t.week)
        for t in tasks
        if t.id in wanted and t.status == "done" and _item_of(t) is not None
    ]
