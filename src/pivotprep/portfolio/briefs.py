"""Take-home briefs (content/portfolio/briefs.yaml), validated on load, and the clock of a
timed attempt: 4 hours (the usual take-home) or 24 hours (the stretch goals too).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import lru_cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pivotprep.content import content_path
from pivotprep.core.errors import NextStep, NotFoundError, PackError

HOURS = (4, 24)
ROLES = ("ml-engineer", "data-engineer", "data-analyst", "data-scientist", "backend-engineer")


class Brief(BaseModel):
    """One take-home brief: what to build, what to hand in, what the check looks for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,60}$")
    role: Literal[
        "ml-engineer", "data-engineer", "data-analyst", "data-scientist", "backend-engineer"
    ]
    title: str = Field(min_length=5, max_length=100)
    scenario: str = Field(min_length=100)
    deliverables: tuple[str, ...] = Field(min_length=3)
    checks: tuple[
        Literal[
            "install", "tests", "serve", "probe", "readme", "dependencies", "notebooks", "secrets"
        ],
        ...,
    ] = Field(min_length=1)
    stretch: str = Field(min_length=10)


class _Pack(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    briefs: tuple[Brief, ...] = Field(min_length=8)


@lru_cache(maxsize=1)
def all_briefs() -> tuple[Brief, ...]:
    """Every brief, in file order. A malformed pack raises PackError naming the file."""
    path = content_path("portfolio", "briefs.yaml")
    try:
        pack = _Pack.model_validate(yaml.safe_load(path.read_text("utf-8")))
    except (ValidationError, yaml.YAMLError) as error:
        raise PackError(f"{path.name}: {error}") from None
    ids = [b.id for b in pack.briefs]
    if len(set(ids)) != len(ids):
        raise PackError(f"{path.name}: two briefs share an id")
    return pack.briefs


def briefs_for(role: str | None) -> list[Brief]:
    return [b for b in all_briefs() if role in (None, "", b.role)]


def get_brief(brief_id: str) -> Brief:
    for brief in all_briefs():
        if brief.id == brief_id:
            return brief
    raise NotFoundError(
        f"There is no take-home brief {brief_id!r}.", next_step=NextStep("portfolio.briefs")
    )


def deadline(started: datetime, hours: int) -> datetime:
    return started + timedelta(hours=hours)


def remaining(started: datetime, hours: int, now: datetime) -> timedelta:
    """Time left on the clock (negative once it has run out)."""
    return deadline(started, hours) - now
