"""Role and company-size profiles, loaded from `content/roles/` and validated.

A role says what the job is day to day, the skills that matter and the interview loop
by company size; `emphasis` tells the plan how much DS&A, SQL, ML and system design to
schedule. Adding a role is adding a YAML file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import ValidationError

SIZE_IDS = ("small", "mid", "large")


class WorkShare(BaseModel):
    model_config = ConfigDict(extra="forbid")
    activity: str
    share: int = Field(ge=1, le=100)


class RoleSkills(BaseModel):
    model_config = ConfigDict(extra="forbid")
    core: list[str] = Field(min_length=3)
    nice: list[str] = []


class Emphasis(BaseModel):
    model_config = ConfigDict(extra="forbid")
    dsa: float = Field(ge=0, le=1)
    sql: float = Field(ge=0, le=1)
    ml: float = Field(ge=0, le=1)
    system_design: float = Field(ge=0, le=1)


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z0-9-]+$")
    title: str
    aliases: list[str] = Field(min_length=1)
    summary: str
    day_to_day: str = Field(min_length=80)
    work_mix: list[WorkShare] = Field(min_length=2)
    skills: RoleSkills
    interview_loops: dict[str, str]
    emphasis: Emphasis

    @field_validator("interview_loops")
    @classmethod
    def _every_size(cls, loops: dict[str, str]) -> dict[str, str]:
        if set(loops) != set(SIZE_IDS):
            raise ValueError(f"interview_loops must have exactly {SIZE_IDS}, got {sorted(loops)}")
        return loops

    @model_validator(mode="after")
    def _shares_add_up(self) -> Role:
        total = sum(part.share for part in self.work_mix)
        if total != 100:
            raise ValueError(f"work_mix shares add up to {total}, not 100")
        return self


class CompanySize(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    label: str
    summary: str
    formats: list[str]
    practice: list[str]


def _load_yaml(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def load_roles() -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for path in sorted(content_path("roles").glob("*.yaml")):
        role = Role.model_validate(_load_yaml(path))
        if role.id != path.stem:
            raise ValueError(f"{path.name}: id {role.id!r} does not match the file name")
        roles[role.id] = role
    return roles


@lru_cache(maxsize=1)
def load_company_sizes() -> dict[str, CompanySize]:
    raw = _load_yaml(content_path("company_sizes.yaml"))
    if not isinstance(raw, list):
        raise ValueError("company_sizes.yaml must be a list of company sizes")
    sizes = {item["id"]: CompanySize.model_validate(item) for item in raw}
    if tuple(sizes) != SIZE_IDS:
        raise ValueError(f"company_sizes.yaml must define {SIZE_IDS} in that order")
    return sizes


def get_role(role_id: str) -> Role:
    roles = load_roles()
    try:
        return roles[role_id]
    except KeyError:
        known = ", ".join(sorted(roles))
        raise ValidationError(
            f"Unknown target role {role_id!r}. Choose one of: {known}.", field="target_role"
        ) from None
