"""Tasks other features add to the plan (a real gap found by the ATS scan, a missing
STAR story): placed from this week on without overfilling any week.

A task the person may already have seen is never deleted, moved or given a new id to
make room. A new task goes into free room first, then in place of repeatable practice
blocks of that week; a block it replaces is shortened, or marked dropped when nothing of
it is left, and stays listed under its id. Added tasks are spread out: a week takes
them up to a third of its budget before the next week is used. The result says where
the task went and which practice it replaced, and the plan's notes keep the ids.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import ValidationError
from pivotprep.plan import replan_fit as replanner
from pivotprep.plan.fit_error import PlanDoesNotFitError, does_not_fit
from pivotprep.plan.generation import ensure_plan
from pivotprep.plan.models import Plan, PlanTask
from pivotprep.plan.progress import MAX_TASK_ID, parse_hours
from pivotprep.plan.queries import (
    logged_by_task,
    plan_tasks,
    renumber,
    slug,
    units,
    week_number,
)
from pivotprep.plan.replan import outcome_for
from pivotprep.plan.step_queue import UNIT
from pivotprep.plan.tracks import STEP_IDS
from pivotprep.profile.service import get_profile

ADDED_SHARE = 3  # added tasks fill at most 1/ADDED_SHARE of a week before the next is used
NOTE_PREFIX = "Tasks added by other features took the place of repeatable practice"


@dataclass(frozen=True)
class Displaced:
    """A practice block that made room: `hours` of it were given up, `left` remain
    (0: the block is marked dropped; its id still works)."""

    task_id: int
    title: str
    week: int
    hours: float
    left: float


@dataclass(frozen=True)
class CustomTaskResult:
    task: PlanTask
    weeks: tuple[int, ...]
    displaced: tuple[Displaced, ...] = ()
    added: bool = True  # False: the same task was added before, nothing changed

    @property
    def message(self) -> str:
        if not self.added:
            return f"“{self.task.title}” is already in your plan (week {self.task.week})."
        first, last = self.weeks[0], self.weeks[-1]
        where = f"week {first}" if first == last else f"weeks {first}-{last}"
        text = f"Added “{self.task.title}” (#{self.task.id}) to {where}"
        if self.displaced:
            parts = [
                f"{d.hours:g} h of “{d.title}” (#{d.task_id}, week {d.week}, "
                + ("now dropped" if not d.left else f"{d.left:g} h left")
                + ")"
                for d in self.displaced
            ]
            text += " in place of " + "; ".join(parts)
        return text + "."


def _validated(title: object, step: str, source: object) -> tuple[str, str]:
    title = " ".join(str(title or "").split())
    if not 3 <= len(title) <= 250:
        raise ValidationError("A task title needs 3 to 250 characters.", field="title")
    if step not in STEP_IDS:
        raise ValidationError(
            f"Unknown plan step {step!r}. Use one of: {', '.join(STEP_IDS)}.", field="step"
        )
    return title, slug(str(source or "custom"))[:30]


def _choose_weeks(
    need: int, weeks: range, room: dict[int, int], added: dict[int, int], share: int
) -> list[tuple[int, int]] | None:
    """(week, units) pieces for a task of `need` units, or None when there is no room."""
    whole = [w for w in weeks if room[w] >= need]
    if whole:
        within = [w for w in whole if added[w] + need <= share]
        return [(within[0] if within else min(whole, key=lambda w: (added[w], w)), need)]
    if sum(room[w] for w in weeks) < need:
        return None
    pieces, left = [], need  # bigger than any week's room: split at week ends
    for w in weeks:
        take = min(room[w], left)
        if take:
            pieces.append((w, take))
            left -= take
        if not left:
            break
    return pieces


def _note(plan: Plan, ids: list[int]) -> None:
    """Keep one note listing every practice block added tasks replaced."""
    old = next((n for n in plan.notes or () if n.startswith(NOTE_PREFIX)), None)
    known = {int(i) for i in re.findall(r"#(\d+)", old or "")} | set(ids)
    note = (
        f"{NOTE_PREFIX}: {', '.join(f'#{i}' for i in sorted(known))} "
        "(shortened, or marked dropped; their ids still work)."
    )
    plan.notes = [note if n == old else n for n in plan.notes] if old else [*plan.notes, note]


def _new_task(plan: Plan, like: dict[str, str], week: int, amount: int, title: str) -> PlanTask:
    return PlanTask(
        plan_id=plan.id,
        week=week,
        position=0,
        title=title,
        hours=amount * UNIT,
        part=1,
        parts=1,
        optional=False,
        flexible=False,
        milestone="",
        status="open",
        **like,
    )


@dataclass
class _Room:
    """The weeks from this one on: free units, units already taken by added tasks, and
    the repeatable practice blocks an added task may take the place of."""

    weeks: range
    free: dict[int, int]
    added: dict[int, int]
    fillers: dict[int, list[PlanTask]]

    def room(self) -> dict[int, int]:
        return {w: self.free[w] + sum(units(f.hours) for f in self.fillers[w]) for w in self.weeks}


def _room(plan: Plan, tasks: list[PlanTask], logged: dict[int, float], current: int) -> _Room:
    budget = units(plan.hours_per_week)
    weeks = range(current, plan.weeks + 1)
    free = dict.fromkeys(weeks, budget)
    added = dict.fromkeys(weeks, 0)
    fillers: dict[int, list[PlanTask]] = {w: [] for w in weeks}
    for t in tasks:
        if t.week not in free or t.status == "dropped":
            continue
        free[t.week] -= units(t.hours)
        if t.source != "plan":
            added[t.week] += units(t.hours)
        if t.status == "open" and t.flexible and t.id not in logged:
            fillers[t.week].append(t)
    return _Room(weeks, {w: max(0, n) for w, n in free.items()}, added, fillers)


def _make_room(room: _Room, pieces: list[tuple[int, int]]) -> list[Displaced]:
    """Take the practice blocks the pieces need beyond each week's free room: shortened,
    or marked dropped when nothing of them is left (the row and its id stay)."""
    displaced: list[Displaced] = []
    for week, amount_units in pieces:
        left = amount_units - min(room.free[week], amount_units)
        for filler in reversed(room.fillers[week]):  # the week's last practice block first
            if not left:
                break
            has = units(filler.hours)
            take = min(has, left)
            left -= take
            displaced.append(
                Displaced(filler.id, filler.title, week, take * UNIT, (has - take) * UNIT)
            )
            if has > take:
                filler.hours = (has - take) * UNIT
            else:
                filler.status = "dropped"
    return displaced


def _existing(session: Session, plan: Plan, source: str, title: str) -> PlanTask | None:
    return session.scalars(
        select(PlanTask)
        .where(PlanTask.plan_id == plan.id, PlanTask.source == source, PlanTask.title == title)
        .order_by(PlanTask.id)
        .limit(1)
    ).first()


def place_custom_task(
    session: Session, *, title: str, step: str, hours: float, source: str, detail: str = ""
) -> CustomTaskResult:
    """Add a task to the plan and say where it went and what practice it replaced.

    Calling it again with the same (source, title) returns the task added the first time.
    Raises NotFoundError without a profile, PlanDoesNotFitError (changing nothing) when
    the weeks left have no room for it.
    """
    title, source = _validated(title, step, source)
    need = units(parse_hours(hours))
    plan = ensure_plan(session)
    existing = _existing(session, plan, source, title)
    if existing is not None:
        return CustomTaskResult(existing, (existing.week,), added=False)
    current = week_number(plan, today())
    tasks = plan_tasks(session, plan)
    logged = logged_by_task(session, plan)
    room = _room(plan, tasks, logged, current)
    share = max(1, units(plan.hours_per_week) // ADDED_SHARE)
    pieces = _choose_weeks(need, room.weeks, room.room(), room.added, share)
    if pieces is None:
        short = need - sum(room.room().values())
        raise _does_not_fit(plan, tasks, logged, current, need, short, title)
    like = {
        "step": step,
        "detail": str(detail or "")[:2000],
        "item_key": f"{source}:{slug(title)}",
        "source": source,
    }
    created = [
        _new_task(plan, like, week, amount, title if i == 0 else f"{title[:285]} (continued)")
        for i, (week, amount) in enumerate(pieces)
    ]
    session.add_all(created)
    displaced = _make_room(room, pieces)
    if displaced:
        _note(plan, [d.task_id for d in displaced])
    session.flush()
    renumber(session, plan)
    return CustomTaskResult(created[0], tuple(w for w, _ in pieces), tuple(displaced))


def _does_not_fit(
    plan: Plan,
    tasks: list[PlanTask],
    logged: dict[int, float],
    current: int,
    need: int,
    short: int,
    title: str,
) -> PlanDoesNotFitError:
    """The error for a task the weeks left cannot hold, with how many weeks to add or
    which optional tasks to drop (worked out as a re-plan would)."""
    outcome = outcome_for(plan, tasks, logged, current, [replanner.Work(-1, need)])
    if outcome.fits:  # only half-hour rounding tells the two counts apart
        budget = units(plan.hours_per_week)
        outcome = replanner.Outcome(
            False, "overflow", short_units=short, extend_weeks=-(-short // budget)
        )
    return does_not_fit(
        outcome,
        {t.id: t for t in tasks},
        f"Adding “{title}”",
        plan.weeks - current + 1,
        plan.hours_per_week,
    )


def add_custom_task(
    session: Session, *, title: str, step: str, hours: float, source: str, detail: str = ""
) -> PlanTask:
    """Add a task to the plan (e.g. a real gap found by the ATS scan, source="resume").
    `place_custom_task` does the work and also says what practice the task replaced."""
    return place_custom_task(
        session, title=title, step=step, hours=hours, source=source, detail=detail
    ).task


@dataclass(frozen=True)
class TaskRef:
    """A plan task as another feature reports it: its id, title and week."""

    id: int
    title: str
    week: int


def close_added_tasks(session: Session, *, source: str, titles: Collection[str]) -> list[TaskRef]:
    """Mark done the open tasks `source` added with one of these titles (and the
    "(continued)" pieces of a task split over two weeks): the gap they stood for is
    filled. Does nothing without a plan, or without the profile a plan needs. Returns
    the tasks it marked done."""
    from pivotprep.plan.generation import get_plan
    from pivotprep.plan.progress import mark_done

    plan = get_plan(session)
    if not titles or plan is None or get_profile(session) is None:
        return []
    wanted = set(titles) | {f"{t[:285]} (continued)" for t in titles}
    tasks = plan_tasks(session, ensure_plan(session))
    return [
        _ref(mark_done(session, task.id))
        for task in tasks
        if task.source == source and task.status == "open" and task.title in wanted
    ]


def closed_added_tasks(session: Session, ids: Iterable[int], *, source: str) -> list[TaskRef]:
    """The tasks among `ids` that `source` added and that are done (ids that name no task,
    or a task of another kind, are left out)."""
    found = [session.get(PlanTask, i) for i in ids if 0 < i <= MAX_TASK_ID]
    return [_ref(t) for t in found if t is not None and t.source == source and t.status == "done"]


def _ref(task: PlanTask) -> TaskRef:
    return TaskRef(task.id, task.title, task.week)
