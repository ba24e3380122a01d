"""Re-planning: fit unfinished work into the weeks left without overfilling any of them.
Pure: works on plain numbers (half-hour units) and task ids, returns what to change.

Two strategies, the gentler first:

- absorb: late work takes the place of repeatable practice ("filler") in the coming
  weeks, earliest first. Nothing else moves.
- repack: when the filler is not enough, every open task from the current week on is
  poured again in order (late work first) into the weeks' free room, splitting a task at
  a week boundary. Filler is removed from the end if that makes the rest fit.

When even that does not fit, nothing changes: the outcome says how many weeks to add, or
which optional tasks to drop (and how many weeks are still needed after dropping them),
and the caller asks the person.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Work:
    """An open task to place: `units` half-hours, in the order given."""

    task_id: int
    units: int
    flexible: bool = False
    optional: bool = False


@dataclass(frozen=True)
class Placement:
    task_id: int
    week: int
    units: int


@dataclass(frozen=True)
class Outcome:
    fits: bool
    strategy: str  # "absorb", "repack", "none" (nothing to do) or "overflow"
    placements: tuple[Placement, ...] = ()
    resized: Mapping[int, int] = field(default_factory=dict)  # filler id -> units (0: remove)
    short_units: int = 0
    extend_weeks: int = 0
    drop_candidates: tuple[int, ...] = ()  # optional work to drop, latest first reversed
    extend_after_drop: int = 0  # weeks still needed after dropping the candidates


def absorb(late: Sequence[Work], fillers: Sequence[tuple[int, int, int]]) -> Outcome | None:
    """Put `late` work in place of filler. `fillers` are (task id, week, units) in week
    order. Returns None when the filler is not enough."""
    need = sum(w.units for w in late)
    if need == 0:
        return Outcome(fits=True, strategy="none")
    if sum(units for _, _, units in fillers) < need:
        return None
    placements: list[Placement] = []
    resized: dict[int, int] = {}
    queue = [(w.task_id, w.units) for w in late]
    for filler_id, week, units in fillers:
        free = units
        while free > 0 and queue:
            task_id, left = queue[0]
            take = min(free, left)
            placements.append(Placement(task_id, week, take))
            free -= take
            if take == left:
                queue.pop(0)
            else:
                queue[0] = (task_id, left - take)
        resized[filler_id] = free
        if not queue:
            break
    return Outcome(fits=True, strategy="absorb", placements=_merge(placements), resized=resized)


def repack(work: Sequence[Work], room: Mapping[int, int], budget_units: int) -> Outcome:
    """Pour `work` in order into `room` (week -> free units), splitting at week ends."""
    kept = list(work)
    capacity = sum(room.values())
    total = sum(w.units for w in kept)
    resized: dict[int, int] = {}
    for item in reversed(list(kept)):
        if total <= capacity:
            break
        if item.flexible:
            kept.remove(item)
            resized[item.task_id] = 0
            total -= item.units
    if total > capacity:
        short = total - capacity
        drop: list[int] = []
        freed = 0
        for item in reversed(kept):
            if freed >= short:
                break
            if item.optional:
                drop.append(item.task_id)
                freed += item.units
        extend = _weeks(short, budget_units)
        after = _weeks(max(0, short - freed), budget_units)
        if after >= extend:  # dropping would not save a single week: do not offer it
            drop, after = [], extend
        return Outcome(
            fits=False,
            strategy="overflow",
            short_units=short,
            extend_weeks=extend,
            drop_candidates=tuple(reversed(drop)),
            extend_after_drop=after,
        )
    placements: list[Placement] = []
    weeks = sorted(room)
    index = 0
    free = room[weeks[0]] if weeks else 0
    for item in kept:
        left = item.units
        while left > 0:
            while free == 0:
                index += 1
                free = room[weeks[index]]
            take = min(free, left)
            placements.append(Placement(item.task_id, weeks[index], take))
            free -= take
            left -= take
    return Outcome(fits=True, strategy="repack", placements=_merge(placements), resized=resized)


def _weeks(units: int, budget_units: int) -> int:
    return math.ceil(units / budget_units) if budget_units else 0


def _merge(placements: list[Placement]) -> tuple[Placement, ...]:
    """Join consecutive pieces of the same task in the same week."""
    out: list[Placement] = []
    for p in placements:
        if out and out[-1].task_id == p.task_id and out[-1].week == p.week:
            out[-1] = Placement(p.task_id, p.week, out[-1].units + p.units)
        else:
            out.append(p)
    return tuple(out)
