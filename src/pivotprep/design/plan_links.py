"""Step 3 of the plan ("system design and domain knowledge") linked to this feature's
activities, through `pivotprep.plan.service` only.

`content/design/plan_links.yaml` says which activity finishes which plan item: a session
on one of its prompts, a graded drift-lab run, N drills solved in a day, N cards of its
decks answered in a day. Finishing one ticks the earliest open task made from that item
(one part of a task split over weeks, or one practice block).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.design.content import PlanLink, decks, plan_links, prompts

STEP = "system_design"


@dataclass(frozen=True)
class Activity:
    kind: str  # prompt, lab, drills, cards
    target: str  # prompt id, "lab", a count, deck ids
    label: str


@dataclass(frozen=True)
class LinkedTask:
    id: int
    title: str
    week: int
    status: str
    item: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class Ticked:
    id: int
    title: str
    week: int


def activities(link: PlanLink) -> tuple[Activity, ...]:
    found = [Activity("prompt", p, f"Design session: {prompts()[p].title}") for p in link.prompts]
    if link.lab:
        found.append(Activity("lab", "lab", "Drift lab: detect drift and write the plan"))
    if link.drills:
        found.append(
            Activity("drills", str(link.drills), f"Solve {link.drills} estimation drills in a day")
        )
    if link.cards:
        names = ", ".join(decks()[d].title for d in link.decks)
        found.append(
            Activity("cards", ",".join(link.decks), f"Answer {link.cards} cards in a day ({names})")
        )
    return tuple(found)


def _item_of(task: object) -> str | None:
    key = str(getattr(task, "item_key", ""))
    parts = key.split(":")
    if getattr(task, "source", "") != "plan" or len(parts) < 2 or parts[0] != STEP:
        return None
    return parts[1]


def linked_tasks(session: Session, *, open_only: bool = False) -> list[LinkedTask]:
    """The plan's step-3 tasks that an activity here finishes (empty without a plan)."""
    from pivotprep.plan.service import all_tasks

    try:
        _, tasks, _ = all_tasks(session)
    except UserError:  # no profile any more: the plan cannot be read
        return []
    links = {link.item: link for link in plan_links()}
    out = []
    for task in tasks:
        item = _item_of(task)
        if item not in links or (open_only and task.status != "open"):
            continue
        out.append(
            LinkedTask(
                task.id,
                task.title,
                task.week,
                task.status,
                item,
                activities(links[item]),
            )
        )
    return out


def _tick(session: Session, items: list[str]) -> list[Ticked]:
    from pivotprep.plan.service import tick_first_open

    if not items:
        return []
    ticked: list[Ticked] = []
    for item in dict.fromkeys(items):
        try:
            task = tick_first_open(session, STEP, {item})
        except UserError:
            return ticked
        if task is not None:
            ticked.append(Ticked(task.id, task.title, task.week))
    return ticked


def tick_for_prompt(session: Session, prompt_id: str) -> list[Ticked]:
    return _tick(session, [link.item for link in plan_links() if prompt_id in link.prompts])


def tick_for_lab(session: Session) -> list[Ticked]:
    return _tick(session, [link.item for link in plan_links() if link.lab])


def tick_for_drills(session: Session, solved_today: int) -> list[Ticked]:
    items = [
        link.item
        for link in plan_links()
        if link.drills and solved_today and solved_today % link.drills == 0
    ]
    return _tick(session, items)


def tick_for_cards(session: Session, deck: str, count_for: dict[str, int]) -> list[Ticked]:
    """`count_for[item]`: cards of the item's decks answered today."""
    items = [
        link.item
        for link in plan_links()
        if link.cards
        and deck in link.decks
        and count_for.get(link.item, 0)
        and count_for[link.item] % link.cards == 0
    ]
    return _tick(session, items)
