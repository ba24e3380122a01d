"""Turns a profile into a week-by-week plan. Pure: no database, no clock, no randomness.

How it works, in three passes:

1. Each week's budget (in half-hour units) is shared among the steps whose window covers
   that week, by weight (step weight x role emphasis x company sizes), rounded with the
   largest-remainder method so every week adds up to the budget exactly.
2. Each step gets the ordered queue of work items that apply to the candidate and fits it
   to the hours the step receives over its window: when it is tight, optional items are
   dropped first (and reported), then the rest are shortened; when there is room, items
   get up to a quarter more time and repeatable practice ("filler") takes the remainder.
3. The queue is poured into the step's weeks in order; an item that spans a week boundary
   is split into parts ("part 2/3"). A milestone is reached when its item's last part is.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from pivotprep.plan.tracks import Item, Step, Track, load_steps, load_tracks

UNIT = 0.5  # hours: every estimate is a multiple of half an hour
MAX_STRETCH = 1.25  # items never get more than 25% over their nominal time
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


def largest_remainder(total: int, weights: Sequence[float]) -> list[int]:
    """Split `total` units in proportion to `weights`; the parts add up to `total`.
    Ties go to the earlier weight, so the result is deterministic."""
    mass = sum(weights)
    if total <= 0 or mass <= 0:
        return [0] * len(weights)
    quotas = [total * w / mass for w in weights]
    parts = [math.floor(q + 1e-9) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _units(hours: float) -> int:
    return round(hours / UNIT)


@dataclass
class _Block:
    item: Item
    key: str
    units: int
    flexible: bool


def fit_queue(
    items: Sequence[Item], fillers: Sequence[Item], capacity: int, step: str
) -> tuple[list[_Block], list[Item], bool]:
    """Fit `items` into `capacity` units. Returns the blocks in order, the dropped items
    and whether the kept items were shortened."""
    kept = list(items)
    dropped: list[Item] = []
    need = sum(_units(i.hours) for i in kept)
    for item in reversed(list(kept)):  # optional work goes first, latest first
        if need <= capacity:
            break
        if item.optional:
            kept.remove(item)
            dropped.append(item)
            need -= _units(item.hours)
    while len(kept) > capacity:  # not even half an hour each: drop from the end
        victim = next((i for i in reversed(kept) if not i.milestone), kept[-1])
        kept.remove(victim)
        dropped.append(victim)
        need -= _units(victim.hours)
    dropped.reverse()
    if not kept:
        target, item_units = 0, []
    elif need > capacity:
        extra = largest_remainder(capacity - len(kept), [_units(i.hours) - 1 for i in kept])
        item_units = [1 + e for e in extra]
        target = capacity
    else:
        target = min(capacity, math.floor(need * MAX_STRETCH))
        item_units = largest_remainder(target, [_units(i.hours) for i in kept])
    blocks = [
        _Block(item, f"{step}:{item.id}", units, False)
        for item, units in zip(kept, item_units, strict=True)
    ]
    spare = capacity - target
    if spare <= 0:
        return blocks, dropped, need > capacity
    # Spread repeatable practice evenly between the items, cycling through the fillers.
    out: list[_Block] = []
    count = 0

    def add_filler(units: int) -> None:
        nonlocal count
        filler = fillers[count % len(fillers)]
        count += 1
        out.append(_Block(filler, f"{step}:{filler.id}:{count}", units, True))

    ratio = spare / target if target else 0.0
    credit = 0.0
    left = spare
    for block in blocks:
        out.append(block)
        credit += ratio * block.units
        while left > 0:
            size = min(_units(fillers[count % len(fillers)].hours), left)
            if credit + 1e-9 < size:
                break
            add_filler(size)
            credit -= size
            left -= size
    while left > 0:
        size = min(_units(fillers[count % len(fillers)].hours), left)
        add_filler(size)
        left -= size
    return out, dropped, False


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
    reserved = reserved or {}
    steps = load_steps()
    tracks: Mapping[str, Track] = load_tracks()
    weeks = week_count(request.months)
    budget = _units(request.hours_per_week)
    windows = step_windows(steps, weeks)
    weights = [step_weight(s, request.emphasis, request.sizes) for s in steps]

    # Pass 1: the units each step gets in each week.
    share: dict[str, list[int]] = {s.id: [0] * (weeks + 1) for s in steps}
    for week in range(1, weeks + 1):
        active = [
            i
            for i, s in enumerate(steps)
            if windows[s.id].first_week <= week <= windows[s.id].last_week
        ]
        free = max(0, budget - reserved.get(week, 0))
        parts = largest_remainder(free, [weights[i] for i in active])
        for i, units in zip(active, parts, strict=True):
            share[steps[i].id][week] = units

    tasks: list[tuple[int, int, int, tuple]] = []  # type: ignore[type-arg]
    fits: list[StepFit] = []
    for step_index, step in enumerate(steps):
        track = tracks[step.id]
        items = [
            i
            for i in track.items
            if i.applies(request.role_id, request.emphasis, request.sizes)
            and f"{step.id}:{i.id}" not in skip
        ]
        fillers = [
            i for i in track.filler if i.applies(request.role_id, request.emphasis, request.sizes)
        ]
        capacity = sum(share[step.id])
        # Pass 2: fit the queue to the hours.
        blocks, dropped, shortened = fit_queue(items, fillers, capacity, step.id)
        fits.append(
            StepFit(
                step=step.id,
                hours=capacity * UNIT,
                usual_hours=sum(i.hours for i in items),
                dropped=tuple(i.title for i in dropped),
                shortened=shortened,
            )
        )
        # Pass 3: pour the queue into the step's weeks, splitting at week boundaries.
        segments: list[tuple[int, int, int]] = []  # (week, block index, units)
        index, left = 0, blocks[0].units if blocks else 0
        for week in range(1, weeks + 1):
            room = share[step.id][week]
            while room > 0 and index < len(blocks):
                take = min(room, left)
                segments.append((week, index, take))
                room -= take
                left -= take
                if left == 0:
                    index += 1
                    left = blocks[index].units if index < len(blocks) else 0
        # Repeatable practice of the same kind within one week becomes one block.
        merged: list[list[int]] = []  # [week, block index, units]
        practice_at: dict[tuple[int, str], list[int]] = {}
        for week, b, units in segments:
            if blocks[b].flexible:
                same = practice_at.get((week, blocks[b].item.id))
                if same is not None:
                    same[2] += units
                    continue
                practice_at[(week, blocks[b].item.id)] = entry = [week, b, units]
                merged.append(entry)
            else:
                merged.append([week, b, units])
        total_parts = [0] * len(blocks)
        for _, b, _ in merged:
            total_parts[b] += 1
        seen = [0] * len(blocks)
        for order, (week, b, units) in enumerate(merged):
            block = blocks[b]
            seen[b] += 1
            last = seen[b] == total_parts[b]
            flexible = block.flexible
            fields = (
                step.id,
                block.item.title,
                block.item.detail,
                units * UNIT,
                block.key,
                1 if flexible else seen[b],
                1 if flexible else total_parts[b],
                block.item.optional,
                flexible,
                block.item.milestone if last else "",
            )
            tasks.append((week, step_index, order, fields))
    tasks.sort(key=lambda t: t[:3])
    ordered: list[DraftTask] = []
    position = {w: 0 for w in range(1, weeks + 1)}
    for week, _, _, fields in tasks:
        position[week] += 1
        ordered.append(DraftTask(week, position[week], *fields))
    return Draft(
        start_date=request.start_date,
        weeks=weeks,
        hours_per_week=request.hours_per_week,
        tasks=tuple(ordered),
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
