"""The applications content pack (`content/applications/`), validated on load.

Research checklist, outreach steps and their cadence, message templates, published
baselines and CSV column names are data: this module reads and checks them, and the rest
of the feature asks it. A malformed file raises `PackError` naming the file and the fault.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import PackError

STAGES = (
    "saved",
    "researched",
    "referral_asked",
    "applied",
    "screen",
    "technical",
    "onsite",
    "offer",
    "rejected",
    "withdrawn",
)
CHANNELS = ("referral", "recruiter", "cold", "job_board")
STEP_KINDS = ("ask", "follow_up", "reply", "referred", "note")
CSV_KINDS = ("contacts", "applications", "companies")
PLACEHOLDERS = ("first_name", "company", "role", "my_name", "past_role", "project")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ResearchItem(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z-]+$")
    title: str = Field(min_length=5)
    prompt: str = Field(min_length=40)
    min_words: int = Field(ge=1, le=200)


class ResearchChecklist(_Strict):
    mostly_empty_below: float = Field(gt=0, le=1)
    items: tuple[ResearchItem, ...] = Field(min_length=3)

    @model_validator(mode="after")
    def _unique(self) -> ResearchChecklist:
        ids = [i.id for i in self.items]
        titles = [i.title.lower() for i in self.items]
        if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
            raise ValueError("research items need unique ids and titles")
        return self


class OutreachStep(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z-]+$")
    label: str = Field(min_length=3)
    kind: str
    template: str | None = None
    referral: bool = False

    @model_validator(mode="after")
    def _kind(self) -> OutreachStep:
        if self.kind not in STEP_KINDS:
            raise ValueError(f"{self.id}: kind must be one of {STEP_KINDS}")
        return self


class Outreach(_Strict):
    follow_up_days: tuple[int, ...] = Field(min_length=1)
    steps: tuple[OutreachStep, ...] = Field(min_length=3)

    @model_validator(mode="after")
    def _cadence(self) -> Outreach:
        days = list(self.follow_up_days)
        if days != sorted(set(days)) or days[0] < 1 or days[-1] > 60:
            raise ValueError("follow_up_days must be increasing days between 1 and 60")
        kinds = {s.kind for s in self.steps}
        if not {"ask", "follow_up", "reply"} <= kinds:
            raise ValueError("outreach needs ask, follow_up and reply steps")
        if len({s.id for s in self.steps}) != len(self.steps):
            raise ValueError("outreach step ids must be unique")
        return self


class MessageTemplate(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z-]+$")
    step: str
    subject: str = Field(min_length=5, max_length=120)
    body: str = Field(min_length=80)

    @model_validator(mode="after")
    def _placeholders(self) -> MessageTemplate:
        used = set(re.findall(r"\{([a-z_]+)\}", self.subject + self.body))
        unknown = used - set(PLACEHOLDERS)
        if unknown:
            raise ValueError(f"{self.id}: unknown placeholders {sorted(unknown)}")
        words = len(self.body.split())
        if words > 130:
            raise ValueError(f"{self.id}: {words} words; a message should stay short (<= 130)")
        return self


class Baseline(_Strict):
    id: str
    channel: str
    measure: str
    rate: float = Field(gt=0, lt=1)
    text: str = Field(min_length=10)
    source: str = Field(min_length=10)
    url: str = Field(pattern=r"^https://")


class Preset(_Strict):
    kind: str
    ref_prefix: str = Field(pattern=r"^[a-z]+-$")
    columns: dict[str, str]
    empty_values: tuple[str, ...] = ()


class Columns(_Strict):
    contacts: dict[str, tuple[str, ...]]
    applications: dict[str, tuple[str, ...]]
    companies: dict[str, tuple[str, ...]]
    presets: dict[str, Preset]
    stages: dict[str, tuple[str, ...]]
    channels: dict[str, tuple[str, ...]]

    @model_validator(mode="after")
    def _vocabulary(self) -> Columns:
        if set(self.stages) != set(STAGES):
            raise ValueError(f"stages must name exactly {STAGES}")
        if set(self.channels) != set(CHANNELS):
            raise ValueError(f"channels must name exactly {CHANNELS}")
        for name, preset in self.presets.items():
            fields = getattr(self, preset.kind, None) if preset.kind in CSV_KINDS else None
            if fields is None:
                raise ValueError(f"preset {name}: unknown kind {preset.kind!r}")
            unknown = set(preset.columns.values()) - set(fields)
            if unknown:
                raise ValueError(f"preset {name}: unknown fields {sorted(unknown)}")
        return self

    def fields(self, kind: str) -> dict[str, tuple[str, ...]]:
        found: dict[str, tuple[str, ...]] = getattr(self, kind)
        return found


def _load(name: str) -> Any:
    path = content_path("applications", name)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise PackError(f"content/applications/{name} cannot be read: {exc}") from None


def _checked(model: type[BaseModel], name: str, data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise PackError(f"content/applications/{name}: {where}: {first.get('msg')}") from None


@lru_cache(maxsize=1)
def research_checklist() -> ResearchChecklist:
    result: ResearchChecklist = _checked(ResearchChecklist, "research.yaml", _load("research.yaml"))
    return result


@lru_cache(maxsize=1)
def outreach() -> Outreach:
    result: Outreach = _checked(Outreach, "outreach.yaml", _load("outreach.yaml"))
    return result


@lru_cache(maxsize=1)
def templates() -> dict[str, MessageTemplate]:
    raw = _load("messages.yaml")
    if not isinstance(raw, list):
        raise PackError("content/applications/messages.yaml must be a list of templates")
    found = [_checked(MessageTemplate, "messages.yaml", item) for item in raw]
    by_id: dict[str, MessageTemplate] = {t.id: t for t in found}
    steps = {s.id for s in outreach().steps}
    for template in found:
        if template.step not in steps:
            raise PackError(f"messages.yaml: {template.id} names unknown step {template.step!r}")
    for step in outreach().steps:
        if step.template and step.template not in by_id:
            raise PackError(f"outreach.yaml: {step.id} names unknown template {step.template!r}")
    if len(by_id) != len(found):
        raise PackError("content/applications/messages.yaml: duplicate template ids")
    return by_id


@lru_cache(maxsize=1)
def baselines() -> tuple[Baseline, ...]:
    raw = _load("baselines.yaml")
    if not isinstance(raw, list) or not raw:
        raise PackError("content/applications/baselines.yaml must be a non-empty list")
    found = tuple(_checked(Baseline, "baselines.yaml", item) for item in raw)
    for item in found:
        if item.channel not in CHANNELS:
            raise PackError(f"baselines.yaml: {item.id} names unknown channel {item.channel!r}")
    return found


@lru_cache(maxsize=1)
def columns() -> Columns:
    result: Columns = _checked(Columns, "columns.yaml", _load("columns.yaml"))
    return result


@lru_cache(maxsize=1)
def size_bands() -> dict[str, str]:
    """Company size id -> label ("<50 people"), from the shared `company_sizes.yaml`."""
    path = content_path("company_sizes.yaml")
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    if not isinstance(raw, list):
        raise PackError("content/company_sizes.yaml must be a list")
    return {str(item["id"]): str(item["label"]) for item in raw}


def step(step_id: str) -> OutreachStep | None:
    return next((s for s in outreach().steps if s.id == step_id), None)


def load_all() -> None:
    """Load and check every file (the content test calls this)."""
    research_checklist()
    outreach()
    templates()
    baselines()
    columns()
    size_bands()
