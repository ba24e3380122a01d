"""Step 5 of the plan ("mock interviews") linked to the rounds, through
`pivotprep.plan.service` only.

`content/mock/plan_links.yaml` says which items a closed round finishes: the items of its
kind (a coding round: mock 1, then mock 4, then mock 8), else the items any round may
finish; a loop's last close also finishes the loop item. Each tick marks the earliest open
task made from those items (which logs its planned hours); the close records what it
ticked as a "plan" event on the round, after the scorecard, which never reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy.orm import Session

from pivotprep.content import content_path
from pivotprep.core.errors import UserError
from pivotprep.mock.loops import KINDS

STEP = "mocks"


class PlanLinks(BaseModel):
    """The items each kind of round finishes, the fallback items, the loop items."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kinds: dict[str, tuple[str, ...]]
    any_round: tuple[str, ...] = ()
    loop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ticked:
    """A plan task a close finished, as the scorecard and the CLI show it."""

    id: int
    title: str
    week: int


@lru_cache(maxsize=1)
def plan_links() -> PlanLinks:
    path = content_path("mock", "plan_links.yaml")
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    try:
        links = PlanLinks.model_validate(raw)
    except ValidationError as error:
        raise ValueError(f"{path.name}: {error}") from None
    unknown = set(links.kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"{path.name}: unknown round kinds {sorted(unknown)}")
    return links


def _tick(session: Session, items: tuple[str, ...]) -> Ticked | None:
    from pivotprep.plan.service import tick_first_open

    if not items:
        return None
    try:
        task = tick_first_open(session, STEP, set(items))
    except UserError:  # a profile the plan cannot be made from: nothing to tick
        return None
    return None if task is None else Ticked(task.id, task.title, task.week)


def tick_for_close(session: Session, kind: str, *, finished_loop: bool) -> list[Ticked]:
    """The plan tasks closing a round of `kind` finishes (none without a profile)."""
    links = plan_links()
    found = _tick(session, links.kinds.get(kind, ())) or _tick(session, links.any_round)
    ticked = [found] if found else []
    if finished_loop:
        loop = _tick(session, links.loop)
        ticked += [loop] if loop else []
    return ticked


def as_event(ticked: list[Ticked]) -> dict[str, Any]:
    """The "plan" event's data: the tasks, as plain values."""
    return {"tasks": [{"id": t.id, "title": t.title, "week": t.week} for t in ticked]}


def ticks_of(events: list[dict[str, Any]]) -> tuple[Ticked, ...]:
    """The plan tasks a round's close ticked, read back from its "plan" event."""
    return tuple(
        Ticked(int(t["id"]), str(t["title"]), int(t["week"]))
        for e in events
        if e.get("kind") == "plan"
        for t in e.get("tasks", [])
    )
