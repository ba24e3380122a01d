"""Re-planning on the stored plan: late work moves into the weeks left without
overfilling any of them (the arithmetic is in `plan.replan_fit`); when it does not fit,
nothing changes and the error (`plan.fit_error`) says how many weeks to add or what to
drop."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.clock import today
from pivotprep.core.errors import NextStep, ValidationError
from pivotprep.plan import replan_fit as replanner
from pivotprep.plan.fit_error import does_not_fit
from pivotprep.plan.generation import ensure_plan
from pivotprep.plan.models import MAX_PLAN_WEEKS, Plan, PlanTask
from pivotprep.plan.progress import get_task
from pivotprep.plan.queries import (
    logged_by_task,
    plan_tasks,
    renumber,
    task_label,
    units,
    week_number,
)
from pivotprep.plan.step_queue import UNIT

MAX_EXTEND_WEEKS = 26


@dataclass(frozen=True)
class ReplanReport:
    moved: int
    moved_hours: float
    strategy: str
    first_week: int
    last_week: int
    removed_practice_hours: float
    message: str


def _apply(
    session: Session,
    plan: Plan,
    outcome: replanner.Outcome,
    by_id: dict[int, PlanTask],
    logged: dict[int, float],
) -> float:
    """Write an outcome's placements and filler changes. Returns the filler hours removed.
    Removed filler with logged hours stays, marked dropped."""
    removed = 0.0
    for filler_id, left in outcome.resized.items():
        filler = by_id[filler_id]
        removed += filler.hours - left * UNIT
        if left > 0:
            filler.hours = left * UNIT
        elif logged.get(filler_id):
            filler.status = "dropped"
        else:
            session.delete(filler)
    pieces: dict[int, list[replanner.Placement]] = defaultdict(list)
    for placement in outcome.placements:
        pieces[placement.task_id].append(placement)
    for task_id, parts in pieces.items():
        task = by_id[task_id]
        task.week, task.hours = parts[0].week, parts[0].units * UNIT
        task.position = 0
        for extra in parts[1:]:
            session.add(
                PlanTask(
                    plan_id=plan.id,
                    week=extra.week,
                    position=0,
                    step=task.step,
                    title=task.title
                    if task.title.endswith("(continued)")
                    else f"{task.title[:285]} (continued)",
                    detail=task.detail,
                    hours=extra.units * UNIT,
                    item_key=task.item_key,
                    part=task.part,
                    parts=task.parts,
                    optional=task.optional,
                    flexible=task.flexible,
                    milestone=task.milestone,
                    source=task.source,
                    status="open",
                )
            )
            task.milestone = ""  # reached with the last piece
    session.flush()
    renumber(session, plan)
    return removed


def outcome_for(
    plan: Plan,
    tasks: list[PlanTask],
    logged: dict[int, float],
    current: int,
    late: list[replanner.Work],
    *,
    respread: bool = False,
) -> replanner.Outcome:
    """Where `late` work goes: in place of filler when that is enough, else every open
    task from `current` on is poured again. `respread` skips straight to the second,
    which is what evens out weeks that are already over budget."""
    fillers = [
        (t.id, t.week, units(t.hours))
        for t in tasks
        if t.status == "open" and t.flexible and t.week >= current and t.id not in logged
    ]
    outcome = None if respread else replanner.absorb(late, fillers)
    if outcome is not None:
        return outcome
    budget = units(plan.hours_per_week)
    used: dict[int, int] = defaultdict(int)
    for t in tasks:
        if t.status == "done" and t.week >= current:
            used[t.week] += units(t.hours)
    room = {w: max(0, budget - used[w]) for w in range(current, plan.weeks + 1)}
    ahead = [
        replanner.Work(t.id, units(t.hours), t.flexible and t.id not in logged, t.optional)
        for t in tasks
        if t.status == "open" and t.week >= current
    ]
    return replanner.repack([*late, *ahead], room, budget)


def over_budget(
    plan: Plan, tasks: Sequence[PlanTask], first: int, *, movable: bool = False
) -> list[int]:
    """Weeks from `first` on that hold more hours than the budget. With `movable`, only
    those with open work that could move out (done work stays where it was done)."""
    load: dict[int, float] = defaultdict(float)
    has_open: set[int] = set()
    for t in tasks:
        if t.status != "dropped" and t.week >= first:
            load[t.week] += t.hours
            if t.status == "open":
                has_open.add(t.week)
    return [
        w
        for w, h in sorted(load.items())
        if h > plan.hours_per_week + 1e-9 and (w in has_open or not movable)
    ]


def _weeks_text(weeks: Sequence[int]) -> str:
    return ("week " if len(weeks) == 1 else "weeks ") + ", ".join(str(w) for w in weeks)


EXTENDED = re.compile(r"^Extended by (\d+) week\(s\)")


def _extended_notes(notes: Sequence[str], extend: int) -> list[str]:
    """The notes with one line for all extensions so far: after two extensions of 2
    weeks it says 4, not the last 2 (earlier lines are folded into it)."""
    earlier = [int(m.group(1)) for note in notes if (m := EXTENDED.match(note))]
    kept = [note for note in notes if not EXTENDED.match(note)]
    total = sum(earlier) + extend
    when = today().isoformat()
    if earlier:
        return [*kept, f"Extended by {total} week(s) in all, most recently on {when}."]
    return [*kept, f"Extended by {total} week(s) on {when}."]


def _ids_text(ids: Sequence[int]) -> str:
    return ("Task " if len(ids) == 1 else "Tasks ") + ", ".join(f"#{i}" for i in ids)


def _drop(session: Session, ids: Sequence[int]) -> tuple[list[int], list[int]]:
    """Mark the named optional tasks dropped. Returns (ids dropped now, ids that were
    already dropped). Refuses, changing nothing, a done task or one that is not optional:
    dropping takes the optional tasks a replan names, so required work (which may hold
    logged hours) is never dropped by a mistyped id."""
    tasks = [get_task(session, task_id) for task_id in dict.fromkeys(ids)]
    done = [t.id for t in tasks if t.status == "done"]
    if done:
        raise ValidationError(
            f"{_ids_text(done)} {'is' if len(done) == 1 else 'are'} already done; "
            "done work cannot be dropped.",
            field="drop",
        )
    required = [t for t in tasks if not t.optional and t.status != "dropped"]
    if required:
        names = "; ".join(f"#{t.id} {task_label(t)}" for t in required)
        raise ValidationError(
            f"Only optional tasks can be dropped, and these are not: {names}. Drop the "
            "optional tasks a replan names, or extend the plan instead.",
            field="drop",
            next_step=NextStep("plan.replan"),
        )
    already = [t.id for t in tasks if t.status == "dropped"]
    for task in tasks:
        task.status = "dropped"
    return [t.id for t in tasks if t.id not in already], already


def parse_task_ids(raw: Iterable[object]) -> list[int]:
    """Task ids as typed: one per entry, or several in one separated by commas or spaces
    ("57,61"). ValidationError for anything that is not a whole number."""
    items = [str(item) for item in raw]
    parts = [part for item in items for part in item.replace(",", " ").split()]
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise ValidationError(
            f"Task ids are whole numbers such as 57,61; got {' '.join(items)!r}.", field="drop"
        )
    return [int(part) for part in parts]


def parse_weeks(raw: object) -> int:
    """A number of weeks to extend the plan by, as typed ("" is none)."""
    text = str(raw if raw is not None else "").strip() or "0"
    if not (text.isascii() and text.isdigit()) or not 0 <= int(text) <= MAX_EXTEND_WEEKS:
        raise ValidationError(
            f"Extend by 0 to {MAX_EXTEND_WEEKS} weeks, got {raw}.", field="extend"
        )
    return int(text)


@dataclass(frozen=True)
class _Late:
    """The work a re-plan places: late tasks and weeks over budget from `current` on."""

    current: int
    tasks: list[PlanTask]
    logged: dict[int, float]
    late_tasks: list[PlanTask]
    late: list[replanner.Work]
    crowded: list[int]


def _late_work(session: Session, plan: Plan) -> _Late:
    """Past weeks' open tasks (what is left of them), after dropping the repeatable
    practice of past weeks, which is not carried over: there is more ahead."""
    current = week_number(plan, today())
    tasks = plan_tasks(session, plan)
    logged = logged_by_task(session, plan)
    for t in tasks:
        if t.status == "open" and t.week < current and t.flexible:
            t.status = "dropped"
    late_tasks = [t for t in tasks if t.status == "open" and t.week < current and not t.flexible]
    late = [
        replanner.Work(
            t.id, units(max(t.hours - logged.get(t.id, 0.0), UNIT)), t.flexible, t.optional
        )
        for t in late_tasks
    ]
    crowded = over_budget(plan, tasks, current, movable=True)
    return _Late(current, tasks, logged, late_tasks, late, crowded)


def _moved_text(plan: Plan, work: _Late, removed: float, still: Sequence[int]) -> str:
    """What the re-plan moved, or that there was nothing to move."""
    if not work.late and not work.crowded:
        return "Nothing to move: no unfinished tasks in past weeks."
    span = f"{work.current}-{plan.weeks}"
    parts = []
    if work.crowded:
        parts.append(
            f"{_weeks_text(work.crowded).capitalize()} had more than "
            f"{plan.hours_per_week} h planned, so the open work of weeks {span} was spread "
            "out again"
        )
    if work.late:
        hours = sum(w.units for w in work.late) * UNIT
        parts.append(f"Moved {len(work.late)} unfinished task(s) ({hours:g} h) into weeks {span}")
    message = "; ".join(parts)
    if removed:
        message += f", in place of {removed:g} h of repeatable practice"
    return message + ("; no week is over its budget." if not still else ".")


def _report_text(
    session: Session,
    plan: Plan,
    work: _Late,
    removed: float,
    changes: tuple[int, list[int], list[int]],
) -> str:
    """The re-plan's whole report: extension, drops, moves and weeks still over budget."""
    extend, dropped, already = changes
    still = over_budget(plan, plan_tasks(session, plan), work.current)
    message = _moved_text(plan, work, removed, still)
    if still:
        message += (
            f" {_weeks_text(still).capitalize()} already "
            + ("holds" if len(still) == 1 else "hold")
            + f" more than {plan.hours_per_week} h of done work; nothing else is planned there."
        )
    if already:
        was = "was" if len(already) == 1 else "were"
        message = f"{_ids_text(already)} {was} already dropped. {message}"
    if dropped:
        message = f"Dropped {len(dropped)} task(s). " + message
    if extend:
        message = f"Extended the plan by {extend} week(s). " + message
    return message


def replan(session: Session, *, extend: object = 0, drop: Iterable[object] = ()) -> ReplanReport:
    """Move unfinished work from past weeks into the weeks left, never over budget.
    Weeks from this one on that hold more than the budget (a plan stored before a fix,
    or an added task that had nowhere else to go) are spread out again the same way.

    `extend` adds weeks at the end; `drop` marks the named optional tasks dropped first
    (a required or done task is refused); both may be given as typed (`parse_weeks`,
    `parse_task_ids`). When the work still does not fit, raises `PlanDoesNotFitError`
    and changes nothing.
    """
    weeks, ids = parse_weeks(extend), parse_task_ids(drop)
    plan = ensure_plan(session)
    if weeks and plan.weeks + weeks > MAX_PLAN_WEEKS:
        raise ValidationError(
            f"Your plan has {plan.weeks} weeks; a plan is at most {MAX_PLAN_WEEKS} weeks long, "
            f"so extend it by {max(MAX_PLAN_WEEKS - plan.weeks, 0)} weeks at most.",
            field="extend",
        )
    dropped, already = _drop(session, ids)
    plan.weeks += weeks
    if weeks:
        plan.notes = _extended_notes(plan.notes or [], weeks)
    session.flush()
    work = _late_work(session, plan)
    outcome = outcome_for(
        plan, work.tasks, work.logged, work.current, work.late, respread=bool(work.crowded)
    )
    by_id = {t.id: t for t in work.tasks}
    if not outcome.fits:
        what = "The unfinished work" if work.late else "The open work"
        if work.crowded:
            what += f" (with {_weeks_text(work.crowded)} over budget)"
        left = plan.weeks - work.current + 1
        raise does_not_fit(outcome, by_id, what, left, plan.hours_per_week)
    for t in work.late_tasks:  # what is left to do, not what was planned
        t.hours = max(t.hours - work.logged.get(t.id, 0.0), UNIT)
    removed = _apply(session, plan, outcome, by_id, work.logged)
    return ReplanReport(
        moved=len(work.late),
        moved_hours=sum(w.units for w in work.late) * UNIT,
        strategy=outcome.strategy,
        first_week=work.current,
        last_week=plan.weeks,
        removed_practice_hours=removed,
        message=_report_text(session, plan, work, removed, (weeks, dropped, already)),
    )
