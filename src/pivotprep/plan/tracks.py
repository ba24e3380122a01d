"""The plan's content: the six steps (`content/plan/steps.yaml`) and each step's ordered
queue of work items (`content/plan/<step>.yaml`), validated on load.

Which items a candidate gets depends on the target role's emphasis and the company sizes,
as the files say; no role or size is special-cased in code.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pivotprep.content import content_path
from pivotprep.profile.service import SIZE_IDS

STEP_IDS = ("foundations", "projects", "system_design", "stories", "mocks", "applications")
FOCUS_KEYS = ("dsa", "sql", "ml", "system_design")


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: str
    summary: str
    window: tuple[float, float]
    weight: float = Field(gt=0)
    emphasis: dict[str, float] = {}
    sizes: dict[str, float]
    # The items and fillers whose focus is the role's strongest emphasis go first.
    role_first: bool = False

    @field_validator("window")
    @classmethod
    def _window_in_six_months(cls, window: tuple[float, float]) -> tuple[float, float]:
        start, end = window
        if not 0 <= start < end <= 6:
            raise ValueError(f"window must satisfy 0 <= start < end <= 6, got {window}")
        return window

    @field_validator("emphasis")
    @classmethod
    def _known_emphasis(cls, emphasis: dict[str, float]) -> dict[str, float]:
        unknown = set(emphasis) - set(FOCUS_KEYS)
        if unknown:
            raise ValueError(f"unknown emphasis keys {sorted(unknown)}")
        return emphasis

    @field_validator("sizes")
    @classmethod
    def _every_size(cls, sizes: dict[str, float]) -> dict[str, float]:
        if set(sizes) != set(SIZE_IDS):
            raise ValueError(f"sizes must have exactly {SIZE_IDS}")
        return sizes


class Item(BaseModel):
    """One piece of work. Hours are nominal: the scheduler may compress or stretch them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=10, max_length=250)
    detail: str = ""
    hours: float = Field(ge=0.5, le=12)
    focus: str | None = None
    min: float = Field(default=0.0, ge=0, le=1)
    roles: tuple[str, ...] = ()
    sizes: tuple[str, ...] = ()
    optional: bool = False
    milestone: str = ""
    page: str = Field(default="", pattern=r"^(/[a-z0-9/_-]*)?$")  # where it is practised

    @field_validator("hours")
    @classmethod
    def _half_hours(cls, hours: float) -> float:
        if hours * 2 != int(hours * 2):
            raise ValueError(f"hours must be a multiple of 0.5, got {hours}")
        return hours

    @field_validator("focus")
    @classmethod
    def _known_focus(cls, focus: str | None) -> str | None:
        if focus is not None and focus not in FOCUS_KEYS:
            raise ValueError(f"focus must be one of {FOCUS_KEYS}, got {focus!r}")
        return focus

    @field_validator("sizes")
    @classmethod
    def _known_sizes(cls, sizes: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(sizes) - set(SIZE_IDS)
        if unknown:
            raise ValueError(f"unknown company sizes {sorted(unknown)}")
        return sizes

    def applies(self, role_id: str, emphasis: Mapping[str, float], sizes: tuple[str, ...]) -> bool:
        """Whether this item belongs in the plan of a candidate with these targets."""
        if self.roles and role_id not in self.roles:
            return False
        if self.sizes and not set(self.sizes) & set(sizes):
            return False
        return not (self.focus and emphasis.get(self.focus, 0.0) < max(self.min, 1e-9))


class Track(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    step: str
    items: tuple[Item, ...] = Field(min_length=3)
    filler: tuple[Item, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Track:
        ids = [item.id for item in (*self.items, *self.filler)]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate item ids in {self.step}: {dupes}")
        if any(item.optional or item.milestone for item in self.filler):
            raise ValueError("filler items cannot be optional or carry a milestone")
        if not any(not item.focus and not item.roles and not item.sizes for item in self.filler):
            raise ValueError(f"{self.step}: at least one filler must apply to every candidate")
        return self


def _load(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def load_steps() -> tuple[Step, ...]:
    raw = _load(content_path("plan", "steps.yaml"))
    if not isinstance(raw, list):
        raise ValueError("content/plan/steps.yaml must be a list of steps")
    steps = tuple(Step.model_validate(item) for item in raw)
    if tuple(step.id for step in steps) != STEP_IDS:
        raise ValueError(f"content/plan/steps.yaml must define {STEP_IDS} in that order")
    return steps


@lru_cache(maxsize=1)
def load_tracks() -> dict[str, Track]:
    tracks: dict[str, Track] = {}
    for step in STEP_IDS:
        path = content_path("plan", f"{step}.yaml")
        track = Track.model_validate(_load(path))
        if track.step != step:
            raise ValueError(f"{path.name}: step {track.step!r} does not match the file name")
        tracks[step] = track
    return tracks


def item_page(item_key: str) -> str:
    """The app page where the plan item behind `item_key` ("step:item[:n]") is practised,
    "" when the item names none (or the task was added by hand)."""
    step, _, rest = item_key.partition(":")
    track = load_tracks().get(step)
    if track is None:
        return ""
    item_id = rest.split(":", 1)[0]
    found = next((i for i in (*track.items, *track.filler) if i.id == item_id), None)
    return found.page if found else ""


def step_titles() -> dict[str, str]:
    return {step.id: step.title for step in load_steps()}
