"""One step's queue of work items fitted to the hours the step receives. Pure.

When it is tight, optional items are dropped first (and reported), then the rest are
shortened, each keeping at least half an hour; when there is room, items get up to a
quarter more time and repeatable practice ("filler") takes the remainder, spread evenly
between the items.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pivotprep.plan.tracks import FOCUS_KEYS, Item

UNIT = 0.5  # hours: every estimate is a multiple of half an hour
MAX_STRETCH = 1.25  # items never get more than 25% over their nominal time


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


def strongest_focus(emphasis: Mapping[str, float]) -> str | None:
    """The focus the role weighs most (on a tie, the one listed first in FOCUS_KEYS);
    None when the role weighs none."""
    best = max(FOCUS_KEYS, key=lambda k: (emphasis.get(k, 0.0), -FOCUS_KEYS.index(k)))
    return best if emphasis.get(best, 0.0) > 0 else None


def role_first(items: Sequence[Item], emphasis: Mapping[str, float]) -> list[Item]:
    """The items whose focus is the role's strongest emphasis first, then the rest, each
    group in its content order: a data engineer's foundations open with SQL, an ML
    engineer's with ML fundamentals, a backend engineer's stay as written (DSA leads)."""
    top = strongest_focus(emphasis)
    return sorted(items, key=lambda item: top is None or item.focus != top)


def to_units(hours: float) -> int:
    return round(hours / UNIT)


@dataclass
class Block:
    item: Item
    key: str
    units: int
    flexible: bool


@dataclass(frozen=True)
class _Fitted:
    """A step's queue fitted to its capacity: the blocks in order, what was dropped,
    whether the kept items were shortened, and the units left for repeatable practice."""

    blocks: list[Block]
    dropped: list[Item]
    shortened: bool
    spare: int


def _drop_to_fit(items: Sequence[Item], capacity: int) -> tuple[list[Item], list[Item], int]:
    """The items kept, the items dropped (in queue order) and the units the kept need:
    optional work goes first, latest first; then, if there is not even half an hour
    each, items from the end (milestones last)."""
    kept = list(items)
    dropped: list[Item] = []
    need = sum(to_units(i.hours) for i in kept)
    for item in reversed(list(kept)):
        if need <= capacity:
            break
        if item.optional:
            kept.remove(item)
            dropped.append(item)
            need -= to_units(item.hours)
    while len(kept) > capacity:
        victim = next((i for i in reversed(kept) if not i.milestone), kept[-1])
        kept.remove(victim)
        dropped.append(victim)
        need -= to_units(victim.hours)
    dropped.reverse()
    return kept, dropped, need


def _sized(kept: list[Item], need: int, capacity: int) -> tuple[list[int], int]:
    """Units for each kept item and their total: shortened to fit (each keeps half an
    hour), or stretched by up to a quarter when there is room."""
    if not kept:
        return [], 0
    if need > capacity:
        extra = largest_remainder(capacity - len(kept), [to_units(i.hours) - 1 for i in kept])
        return [1 + e for e in extra], capacity
    target = min(capacity, math.floor(need * MAX_STRETCH))
    return largest_remainder(target, [to_units(i.hours) for i in kept]), target


def _fit(items: Sequence[Item], capacity: int, step: str) -> _Fitted:
    kept, dropped, need = _drop_to_fit(items, capacity)
    item_units, target = _sized(kept, need, capacity)
    blocks = [
        Block(item, f"{step}:{item.id}", units, False)
        for item, units in zip(kept, item_units, strict=True)
    ]
    return _Fitted(blocks, dropped, need > capacity, capacity - target)


def _with_fillers(
    blocks: list[Block],
    fillers: Sequence[Item],
    spare: int,
    step: str,
    lead_focus: str | None = None,
) -> list[Block]:
    """Spread `spare` units of repeatable practice evenly between the blocks, cycling
    through the fillers; what is left after the last block goes at the end. Between the
    leading blocks of `lead_focus` (a role-first step's lead), only fillers of that focus
    or of none are used, so the role's first weeks hold no practice of another focus."""
    out: list[Block] = []
    count = 0
    target = sum(b.units for b in blocks)
    ratio = spare / target if target else 0.0
    credit = 0.0
    left = spare
    leading = [f for f in fillers if f.focus in (None, lead_focus)] if lead_focus else []
    pool: Sequence[Item] = leading or fillers

    def next_size() -> int:
        return min(to_units(pool[count % len(pool)].hours), left)

    def add_filler(units: int) -> None:
        nonlocal count, left
        filler = pool[count % len(pool)]
        count += 1
        left -= units
        out.append(Block(filler, f"{step}:{filler.id}:{count}", units, True))

    for block in blocks:
        if pool is not fillers and block.item.focus != lead_focus:
            pool = fillers  # the lead is over: every filler takes its turn again
        out.append(block)
        credit += ratio * block.units
        while left > 0 and credit + 1e-9 >= next_size():
            credit -= next_size()
            add_filler(next_size())
    while left > 0:
        add_filler(next_size())
    return out


def fit_queue(
    items: Sequence[Item],
    fillers: Sequence[Item],
    capacity: int,
    step: str,
    lead_focus: str | None = None,
) -> tuple[list[Block], list[Item], bool]:
    """Fit `items` into `capacity` units. Returns the blocks in order, the dropped items
    and whether the kept items were shortened. `lead_focus`: the focus the queue leads
    with (`role_first`), whose blocks only same-focus or general practice follows."""
    fitted = _fit(items, capacity, step)
    if fitted.spare <= 0:
        return fitted.blocks, fitted.dropped, fitted.shortened
    blocks = _with_fillers(fitted.blocks, fillers, fitted.spare, step, lead_focus)
    return blocks, fitted.dropped, False
