"""The behavioral content: signals (what interviewers listen for) and the question bank.

Both are YAML in `content/behavioral/`, validated on load: every question's signals must
exist, ids are unique, and the bank covers every core signal.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import lru_cache

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import NextStep, NotFoundError, ValidationError

LEVELS = ("junior", "mid", "senior")
# A career changer interviews at the junior level of the new role: what interviewers look
# for at that level is what practice and the plan's gap tasks show.
CANDIDATE_LEVEL = "junior"
KINDS = ("general", "career-change", "company-size")
SIZES = ("small", "mid", "large")


class Signal(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z][a-z-]+$")
    name: str
    core: bool
    summary: str = Field(min_length=20)
    look_for: dict[str, str]
    red_flags: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_level(self) -> Signal:
        if set(self.look_for) != set(LEVELS):
            raise ValueError(f"{self.id}: look_for needs exactly {LEVELS}")
        return self


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^q\d{3}$")
    text: str = Field(min_length=15)
    signals: list[str] = Field(min_length=1)
    kind: str
    sizes: list[str] = []

    @model_validator(mode="after")
    def _kind(self) -> Question:
        if self.kind not in KINDS:
            raise ValueError(f"{self.id}: kind must be one of {KINDS}")
        if (self.kind == "company-size") != bool(self.sizes):
            raise ValueError(f"{self.id}: company-size questions (and only they) have sizes")
        if set(self.sizes) - set(SIZES):
            raise ValueError(f"{self.id}: sizes must be among {SIZES}")
        return self


def _yaml(name: str) -> object:
    with content_path("behavioral", name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _items(name: str) -> list[object]:
    """A content file that holds a list (of signals, of questions)."""
    raw = _yaml(name)
    if not isinstance(raw, list):
        raise ValueError(f"content/behavioral/{name} must be a list")
    return raw


@lru_cache(maxsize=1)
def load_signals() -> dict[str, Signal]:
    signals = [Signal.model_validate(item) for item in _items("signals.yaml")]
    by_id = {s.id: s for s in signals}
    if len(by_id) != len(signals):
        raise ValueError("signals.yaml: duplicate ids")
    return by_id


def signals_at(level: str) -> list[tuple[Signal, str]]:
    """Every signal with what interviewers look for at `level` (junior, mid, senior)."""
    if level not in LEVELS:
        raise ValidationError(f"Level must be one of {', '.join(LEVELS)}.", field="level")
    return [(signal, signal.look_for[level]) for signal in load_signals().values()]


def core_signals() -> list[Signal]:
    return [s for s in load_signals().values() if s.core]


@lru_cache(maxsize=1)
def load_questions() -> dict[str, Question]:
    questions = [Question.model_validate(q) for q in _items("questions.yaml")]
    by_id = {q.id: q for q in questions}
    if len(by_id) != len(questions):
        raise ValueError("questions.yaml: duplicate ids")
    signals = load_signals()
    for question in questions:
        unknown = set(question.signals) - set(signals)
        if unknown:
            raise ValueError(f"{question.id}: unknown signals {sorted(unknown)}")
    uncovered = {s.id for s in core_signals()} - {s for q in questions for s in q.signals}
    if uncovered:
        raise ValueError(f"questions.yaml: no question for core signals {sorted(uncovered)}")
    return by_id


def get_signal(signal_id: str) -> Signal:
    signals = load_signals()
    try:
        return signals[signal_id]
    except KeyError:
        raise ValidationError(
            f"Unknown signal {signal_id!r}. Choose one of: {', '.join(signals)}.", field="signal"
        ) from None


def check_signals(ids: Iterable[str]) -> list[str]:
    """Clean a list of signal ids typed by a person (order kept, duplicates dropped)."""
    out: list[str] = []
    for raw in ids:
        key = str(raw).strip().lower().replace(" ", "-").replace("_", "-")
        if key and key not in out:
            out.append(get_signal(key).id)
    return out


def get_question(question_id: str) -> Question:
    try:
        return load_questions()[question_id]
    except KeyError:
        raise NotFoundError(
            f"No question {question_id!r}.", next_step=NextStep("stories.questions")
        ) from None


def find_questions(
    *, signal: str | None = None, kind: str | None = None, size: str | None = None
) -> list[Question]:
    if signal:
        get_signal(signal)
    if kind and kind not in KINDS:
        raise ValidationError(f"Unknown kind {kind!r}. Use one of: {', '.join(KINDS)}.")
    if size and size not in SIZES:
        raise ValidationError(f"Unknown company size {size!r}. Use one of: {', '.join(SIZES)}.")
    return [
        q
        for q in load_questions().values()
        if (not signal or signal in q.signals)
        and (not kind or q.kind == kind)
        and (not size or size in q.sizes)
    ]


def pick_question(
    signal: str | None = None,
    rng: random.Random | None = None,
    sizes: Iterable[str] = (),
) -> Question:
    """A random question, probing `signal` if given.

    `sizes` are the candidate's target company sizes (the profile's): company-size
    questions for other sizes are left out, so a mid-size candidate is not asked why
    they want a small company. When nothing fits (a signal only other sizes probe) the
    whole pool is used rather than refusing.
    """
    pool = find_questions(signal=signal)
    if not pool:
        raise NotFoundError(f"No question probes the signal {signal!r} yet.")
    wanted = set(sizes)
    if wanted:
        pool = [q for q in pool if not q.sizes or wanted & set(q.sizes)] or pool
    return (rng or random.Random()).choice(pool)
