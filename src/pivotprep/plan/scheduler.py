"""Turns a profile into a week-by-week plan. Pure: no database, no clock, no randomness.

How it works, in three passes:

1. Each week's budget (in half-hour units) is shared among the steps whose window covers
   that week, by weight (step weight x role emphasis x company sizes), rounded with the
   largest-remainder method so every week adds up to the budget exactly.
2. Each step gets the ordered queue of work items that apply to the candidate (for a step
   marked `role_first`, the items of the role's strongest focus first) and fits it
   to the hours the step receives over its window: when it is tight, optional items are
   dropped first (and reported), then the rest are shortened; when there is room, items
   get up to a quarter more time and repeatable practice ("filler") takes the remainder
   (`plan.step_queue`).
3. The queue is poured into the step's weeks in order; an item that spans a week boundary
   is split into parts ("part 2/3"). A milestone is reached when its item's last part is.

Each pass is a small function with a typed result: the week shares, the fitted queue
(`Block`s), the poured `_Segment`s, the `_Placed` tasks and finally the `DraftTask`s.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial

from pivotprep.plan.step_queue import (
    UNIT,
    Block,
    fit_queue,
    largest_remainder,
    role_first,
    strongest_focus,
    to_units,
)
from pivotprep.plan.tracks import Item, Step, Track, load_steps, load_tracks

TIGHT = 0.9  # a step with less than 90% of its usual hours is reported as tight


@dataclass(frozen=True)
class PlanRequest:
    role_id: str
    emphasis: Mapping[str, float]
    sizes: tuple[str, ...]
    hours_per_week: int
    months: int
    start_date: date


@dataclass(frozen=True)
class DraftTask:
    week: int  # 1-based
    position: int
    step: str
    title: str
    detail: str
    hours: float
    item_key: str
    part: int
    parts: int
    optional: bool
    flexible: bool
    milestone: str  # set on the last part of a milestone item only


@dataclass(frozen=True)
class StepWindow:
    step: str
    first_week: int  # 1-based, inclusive
    last_week: int


@dataclass(frozen=True)
class StepFit:
    """How a step's queue met its hours: the honest account shown with the plan."""

    step: str
    hours: float
    usual_hours: float
    dropped: tuple[str, ...]
    shortened: bool


@dataclass(frozen=True)
class Draft:
    start_date: date
    weeks: int
    hours_per_week: int
    tasks: tuple[DraftTask, ...]
    windows: dict[str, StepWindow]
    fits: tuple[StepFit, ...]
    notes: tuple[str, ...] = field(default=())

    def week_tasks(self, week: int) -> list[DraftTask]:
        return [task for task in self.tasks if task.week == week]


def week_count(months: int) -> int:
    """3 months = 13 weeks, 6 months = 26."""
    return round(months * 52 / 12)


def week_start(start_date: date, week: int) -> date:
    return start_date + timedelta(days=7 * (week - 1))


def step_windows(steps: Sequence[Step], weeks: int) -> dict[str, StepWindow]:
    """Each step's window, stretched from the 6-month scale to `weeks` weeks."""
    out = {}
    for step in steps:
        first = math.floor(step.window[0] / 6 * weeks + 1e-9)
        last = max(first + 1, math.ceil(step.window[1] / 6 * weeks - 1e-9))
        out[step.id] = StepWindow(step.id, first + 1, min(last, weeks))
    return out


def step_weight(step: Step, emphasis: Mapping[str, float], sizes: Sequence[str]) -> float:
    role = 1 + sum(coef * emphasis.get(key, 0.0) for key, coef in step.emphasis.items())
    size = sum(step.sizes[s] for s in sizes) / len(sizes) if sizes else 1.0
    return step.weight * role * size


@dataclass(frozen=True)
class _Segment:
    """Part of a block poured into one week."""

    week: int
    block: int  # index into the step's blocks
    units: int


@dataclass(frozen=True)
class _Placed:
    """A task of one step before its position in the week is known."""

    week: int
    step_index: int
    order: int  # the order it was poured in, within its step
    step: str
    block: Block
    units: int
    part: int
    parts: int
    last: bool  # the block's last part: where a milestone is reached

    def draft(self, position: int) -> DraftTask:
        item, flexible = self.block.item, self.block.flexible
        return DraftTask(
            week=self.week,
            position=position,
            step=self.step,
            title=item.title,
            detail=item.detail,
            hours=self.units * UNIT,
            item_key=self.block.key,
            part=1 if flexible else self.part,
            parts=1 if flexible else self.parts,
            optional=item.optional,
            flexible=flexible,
            milestone=item.milestone if self.last else "",
        )


def _week_shares(
    steps: Sequence[Step],
    windows: Mapping[str, StepWindow],
    weights: Sequence[float],
    weeks: int,
    free: Callable[[int], int],
) -> dict[str, list[int]]:
    """Pass 1: the units each step gets in each week (index 0 unused), sharing each
    week's free units among the steps whose window covers it, by weight."""
    share: dict[str, list[int]] = {s.id: [0] * (weeks + 1) for s in steps}
    for week in range(1, weeks + 1):
        active = [
            i
            for i, s in enumerate(steps)
            if windows[s.id].first_week <= week <= windows[s.id].last_week
        ]
        parts = largest_remainder(free(week), [weights[i] for i in active])
        for i, units in zip(active, parts, strict=True):
            share[steps[i].id][week] = units
    return share


def _pour(blocks: list[Block], share: list[int]) -> list[_Segment]:
    """Pass 3: the blocks poured into the step's weeks in order, split at week ends."""
    segments: list[_Segment] = []
    index, left = 0, blocks[0].units if blocks else 0
    for week in range(1, len(share)):
        room = share[week]
        while room > 0 and index < len(blocks):
            take = min(room, left)
            segments.append(_Segment(week, index, take))
            room -= take
            left -= take
            if left == 0:
                index += 1
                left = blocks[index].units if index < len(blocks) else 0
    return segments


def _merge_practice(blocks: list[Block], segments: list[_Segment]) -> list[_Segment]:
    """Repeatable practice of the same kind within one week becomes one segment."""
    merged: list[_Segment] = []
    at: dict[tuple[int, str], int] = {}  # (week, filler id) -> index in merged
    for seg in segments:
        block = blocks[seg.block]
        key = (seg.week, block.item.id)
        if block.flexible and key in at:
            same = merged[at[key]]
            merged[at[key]] = _Segment(same.week, same.block, same.units + seg.units)
            continue
        if block.flexible:
            at[key] = len(merged)
        merged.append(seg)
    return merged


def _placed(step: Step, step_index: int, blocks: list[Block], share: list[int]) -> list[_Placed]:
    """The step's tasks, week by week, each numbered as a part of its block."""
    segments = _merge_practice(blocks, _pour(blocks, share))
    parts = [0] * len(blocks)
    for seg in segments:
        parts[seg.block] += 1
    seen = [0] * len(blocks)
    out = []
    for order, seg in enumerate(segments):
        seen[seg.block] += 1
        last = seen[seg.block] == parts[seg.block]
        block = blocks[seg.block]
        out.append(
            _Placed(
                seg.week,
                step_index,
                order,
                step.id,
                block,
                seg.units,
                seen[seg.block],
                parts[seg.block],
                last,
            )
        )
    return out


def _numbered(placed: list[_Placed], weeks: int) -> tuple[DraftTask, ...]:
    """Every step's tasks in week order, then step order, numbered within their week."""
    placed = sorted(placed, key=lambda p: (p.week, p.step_index, p.order))
    position = dict.fromkeys(range(1, weeks + 1), 0)
    tasks = []
    for piece in placed:
        position[piece.week] += 1
        tasks.append(piece.draft(position[piece.week]))
    return tuple(tasks)


def build_plan(
    request: PlanRequest,
    reserved: Mapping[int, int] | None = None,
    skip: Collection[str] = frozenset(),
) -> Draft:
    """The plan for `request`. The same request always gives the same plan.

    `reserved` (week -> half-hour units) is time already taken in a week, e.g. by work
    kept from an earlier plan: the week's tasks fill only what is left of its budget, so
    kept and new work together never exceed it. `skip` lists item keys already done,
    which are left out of the queues before they are fitted."""
    taken = reserved or {}
    steps = load_steps()
    tracks: Mapping[str, Track] = load_tracks()
    weeks = week_count(request.months)
    budget = to_units(request.hours_per_week)
    windows = step_windows(steps, weeks)
    weights = [step_weight(s, request.emphasis, request.sizes) for s in steps]
    share = _week_shares(steps, windows, weights, weeks, lambda w: max(0, budget - taken.get(w, 0)))
    applies = partial(
        Item.applies, role_id=request.role_id, emphasis=request.emphasis, sizes=request.sizes
    )
    placed: list[_Placed] = []
    fits: list[StepFit] = []
    for step_index, step in enumerate(steps):
        track = tracks[step.id]
        items = [i for i in track.items if applies(i) and f"{step.id}:{i.id}" not in skip]
        fillers = [i for i in track.filler if applies(i)]
        lead = strongest_focus(request.emphasis) if step.role_first else None
        if lead:  # the first weeks follow the role (steps.yaml `role_first`)
            items, fillers = (
                role_first(items, request.emphasis),
                role_first(fillers, request.emphasis),
            )
        capacity = sum(share[step.id])
        blocks, dropped, shortened = fit_queue(items, fillers, capacity, step.id, lead)  # pass 2
        fits.append(
            StepFit(
                step=step.id,
                hours=capacity * UNIT,
                usual_hours=sum(i.hours for i in items),
                dropped=tuple(i.title for i in dropped),
                shortened=shortened,
            )
        )
        placed += _placed(step, step_index, blocks, share[step.id])
    return Draft(
        start_date=request.start_date,
        weeks=weeks,
        hours_per_week=request.hours_per_week,
        tasks=_numbered(placed, weeks),
        windows=windows,
        fits=tuple(fits),
        notes=tuple(fit_notes(fits, request, {s.id: s.title for s in steps})),
    )


def fit_notes(
    fits: Sequence[StepFit], request: PlanRequest, titles: Mapping[str, str]
) -> list[str]:
    """Plain sentences about every step that got less time than it usually needs."""
    notes = []
    for fit in fits:
        if fit.usual_hours and fit.hours < TIGHT * fit.usual_hours:
            note = (
                f"At {request.hours_per_week} h/week over {request.months} months, "
                f"{titles[fit.step].lower()} get {fit.hours:g} h of the ~{fit.usual_hours:g} h "
                "usually needed"
            )
            if fit.dropped:
                note += "; dropped: " + "; ".join(f"“{t}”" for t in fit.dropped)
            if fit.shortened:
                note += "; the remaining tasks are shortened"
            notes.append(note + ". The timeline is tight: more hours or months would help.")
    return notes
