"""The interviewer's words and the rubric (content/mock/script.yaml), validated on load."""

from __future__ import annotations

from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict, Field

from pivotprep.content import content_path


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Topic(_Model):
    title: str
    words: tuple[str, ...] = Field(min_length=3)
    fallback: str = Field(min_length=20)


class Scale(_Model):
    title: str
    levels: dict[int, str]


class ScriptPack(_Model):
    topics: dict[str, Topic]
    unmatched: str
    followups: dict[str, tuple[str, ...]]
    close: str
    hint_cost: int = Field(ge=0, le=3)
    rubric: dict[str, Scale]


@lru_cache(maxsize=1)
def pack() -> ScriptPack:
    with content_path("mock", "script.yaml").open(encoding="utf-8") as handle:
        return ScriptPack.model_validate(yaml.safe_load(handle))
