"""Do the first weeks follow the role? Over every role x hours x months, the plan as made
now against a baseline made in the same run from the same content with the earlier rules
(no `role_first`, the first take-home after project 1's README):

- week 1's foundations hours on the role's strongest focus, and on other focuses;
- small-company plans whose first take-home falls in the first half of the projects step.

Goal: a data engineer's and an ML engineer's week 1 is mostly their focus; every
small-company plan has its take-home in the first half.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import date

from pivotprep.plan import scheduler
from pivotprep.plan.scheduler import Draft, PlanRequest, build_plan
from pivotprep.plan.step_queue import strongest_focus
from pivotprep.plan.tracks import Item, Track, load_steps, load_tracks
from pivotprep.profile.roles import load_roles

HOURS = (10, 15, 20, 25)
MONTHS = (3, 4, 5, 6)
START = date(2026, 1, 5)


@contextmanager
def baseline() -> Iterator[None]:
    """The scheduler reading the earlier rules: no step leads with the role's focus, and
    the first take-home sits after project 1's README, where it used to be."""
    steps = tuple(s.model_copy(update={"role_first": False}) for s in load_steps())
    tracks = dict(load_tracks())
    projects = list(tracks["projects"].items)
    take_home = next(i for i in projects if i.id == "take-home-1")
    projects.remove(take_home)
    at = next(n for n, i in enumerate(projects) if i.id == "p1-readme") + 1
    projects.insert(at, take_home)
    tracks["projects"] = Track(
        step="projects", items=tuple(projects), filler=tracks["projects"].filler
    )
    saved_steps, saved_tracks = scheduler.load_steps, scheduler.load_tracks
    scheduler.load_steps = lambda: steps  # type: ignore[assignment]
    scheduler.load_tracks = lambda: tracks  # type: ignore[assignment]
    try:
        yield
    finally:
        scheduler.load_steps, scheduler.load_tracks = saved_steps, saved_tracks


def _focus_of() -> Callable[[str], str | None]:
    items: dict[str, Item] = {
        f"{step}:{i.id}": i for step, t in load_tracks().items() for i in (*t.items, *t.filler)
    }
    return lambda key: items[":".join(key.split(":")[:2])].focus


def week_one(draft: Draft, top: str | None) -> tuple[float, float]:
    """Week 1's foundations hours on the strongest focus, and on any other focus."""
    focus = _focus_of()
    tasks = [t for t in draft.week_tasks(1) if t.step == "foundations"]
    on_top = sum(t.hours for t in tasks if focus(t.item_key) == top)
    other = sum(t.hours for t in tasks if focus(t.item_key) not in (None, top))
    return on_top, other


def take_home_early(draft: Draft) -> bool:
    weeks = [t.week for t in draft.tasks if t.step == "projects"]
    found = [t.week for t in draft.tasks if t.item_key == "projects:take-home-1"]
    return bool(found) and found[0] <= (min(weeks) + max(weeks)) / 2


def requests(sizes: tuple[str, ...]) -> Iterator[PlanRequest]:
    for role, hours, months in itertools.product(load_roles().values(), HOURS, MONTHS):
        yield PlanRequest(role.id, role.emphasis.model_dump(), sizes, hours, months, START)


def figures() -> dict[str, dict[str, tuple[float, float, float]]]:
    """Per role: (top-focus hours, other-focus hours, share of small plans early)."""
    out: dict[str, dict[str, tuple[float, float, float]]] = {"now": {}, "baseline": {}}
    for label in ("now", "baseline"):
        with baseline() if label == "baseline" else nullcontext():
            for role in load_roles().values():
                mid = [r for r in requests(("mid",)) if r.role_id == role.id]
                small = [r for r in requests(("small",)) if r.role_id == role.id]
                top = strongest_focus(role.emphasis.model_dump())
                weeks = [week_one(build_plan(r), top) for r in mid]
                early = sum(take_home_early(build_plan(r)) for r in small) / len(small)
                out[label][role.id] = (
                    sum(w[0] for w in weeks) / len(weeks),
                    sum(w[1] for w in weeks) / len(weeks),
                    early,
                )
    return out


def main() -> int:
    found = figures()
    print(f"{len(HOURS) * len(MONTHS)} plans per role; week 1 foundations hours (mean)")
    print(f"{'role':18} {'focus':6} {'on focus':>17} {'other focus':>17} {'take-home early':>19}")
    for role in load_roles().values():
        now, base = found["now"][role.id], found["baseline"][role.id]
        top = strongest_focus(role.emphasis.model_dump()) or "-"
        print(
            f"{role.id:18} {top:6} {now[0]:6.1f} (was {base[0]:4.1f}) {now[1]:6.1f} "
            f"(was {base[1]:4.1f}) {now[2]:7.0%} (was {base[2]:4.0%})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
