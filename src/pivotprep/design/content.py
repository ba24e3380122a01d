"""The design content packs, validated on load: prompts, phases, estimation drills, cards,
drift-lab scenarios, the shared vocabulary of synonyms and the links to plan tasks.

Everything lives as YAML under `content/design/` (see its README.md). A pack that breaks a
rule raises PackError naming the file and the rule, so a bad edit fails loudly at load
time and in the content test, never as a half-working page.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import NextStep, NotFoundError, PackError, UserError

KINDS = (
    "requirements",
    "estimates",
    "api",
    "data_model",
    "components",
    "deep_dive",
    "failure_modes",
    "operations",
    "tradeoffs",
)
KIND_TITLES = {
    "requirements": "Requirements",
    "estimates": "Estimates",
    "api": "API",
    "data_model": "Data model",
    "components": "High-level components",
    "deep_dive": "Deep dive",
    "failure_modes": "Failure modes",
    "operations": "Operations and monitoring",
    "tradeoffs": "Trade-offs",
}
TRACKS = {"ml": "ML systems", "data": "Data engineering", "classic": "Classic systems"}


def track_for(emphasis: Mapping[str, float]) -> str:
    """The track of a role's design rounds, from its emphasis: ML roles ML systems,
    SQL-heavy roles data engineering, the rest classic design."""
    if emphasis.get("ml", 0) >= 0.3:
        return "ml"
    if emphasis.get("sql", 0) >= 0.5:
        return "data"
    return "classic"


ID = r"^[a-z0-9][a-z0-9-]{1,60}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Concept(_Model):
    """One thing an interviewer listens for, and the phrases that evidence it."""

    name: str = Field(min_length=3, max_length=160)
    terms: tuple[str, ...] = Field(min_length=1)


class RubricItem(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]{1,40}$")
    kind: Literal[
        "requirements",
        "estimates",
        "api",
        "data_model",
        "components",
        "deep_dive",
        "failure_modes",
        "operations",
        "tradeoffs",
    ]
    title: str = Field(min_length=5, max_length=160)
    expects: str = Field(min_length=15, max_length=400)  # said when the item is missing
    concepts: tuple[Concept, ...] = Field(min_length=2)
    need: int = Field(default=2, ge=1, le=6)  # concepts evidenced for "covered"

    @model_validator(mode="after")
    def _need_fits(self) -> RubricItem:
        if self.need > len(self.concepts):
            raise ValueError(f"{self.id}: need {self.need} > {len(self.concepts)} concepts")
        return self


class Levels(_Model):
    junior: str = Field(min_length=30)
    mid: str = Field(min_length=30)
    senior: str = Field(min_length=30)


class Reference(_Model):
    summary: str = Field(min_length=40)
    diagram: str = Field(min_length=20)
    design: str = Field(min_length=200)  # Markdown
    tradeoffs: tuple[str, ...] = Field(min_length=2)


class FollowUp(_Model):
    question: str = Field(min_length=15)
    probes: tuple[str, ...] = Field(min_length=1)  # rubric item ids it digs into


class Prompt(_Model):
    id: str = Field(pattern=ID)
    title: str = Field(min_length=5, max_length=120)
    track: Literal["ml", "data", "classic"]
    summary: str = Field(min_length=20, max_length=300)
    scenario: str = Field(min_length=120)
    levels: Levels
    reference: Reference
    rubric: tuple[RubricItem, ...]
    followups: tuple[FollowUp, ...] = Field(min_length=3)
    tags: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _complete(self) -> Prompt:
        kinds = {item.kind for item in self.rubric}
        missing = [k for k in KINDS if k not in kinds]
        if missing:
            raise ValueError(f"{self.id}: the rubric has no item of kind {', '.join(missing)}")
        ids = [item.id for item in self.rubric]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.id}: duplicate rubric item ids")
        for follow in self.followups:
            unknown = set(follow.probes) - set(ids)
            if unknown:
                raise ValueError(f"{self.id}: a follow-up probes unknown items {sorted(unknown)}")
        return self

    def item(self, item_id: str) -> RubricItem:
        return next(i for i in self.rubric if i.id == item_id)


class Phase(_Model):
    id: str = Field(pattern=r"^[a-z_]+$")
    title: str
    minutes: dict[int, int]
    guide: str = Field(min_length=20)
    headings: tuple[str, ...] = Field(min_length=1)


class Drill(_Model):
    id: str = Field(pattern=ID)
    question: str = Field(min_length=20)
    answer: float = Field(gt=0)
    unit: str  # "req/s", "bytes", "bytes/s", "count", "seconds", "servers"
    tolerance: float = Field(
        default=2.0, gt=1.0, le=10.0
    )  # a factor: pass within answer/t..answer*t
    worked: str = Field(min_length=40)
    topic: str


class Card(_Model):
    id: str = Field(pattern=ID)
    deck: str
    topic: str
    kind: Literal["cloze", "number", "choice"]
    front: str = Field(min_length=10)
    answers: tuple[str, ...] = ()  # cloze: accepted answers
    value: float | None = None  # number
    unit: str = ""
    tolerance: float = Field(default=0.1, ge=0.0, le=1.0)  # number: relative tolerance
    options: tuple[str, ...] = ()  # choice
    correct: int | None = None  # choice: index into options
    explain: str = Field(min_length=15)

    @model_validator(mode="after")
    def _shape(self) -> Card:
        if self.kind == "cloze" and (not self.answers or "____" not in self.front):
            raise ValueError(f"{self.id}: a cloze card has ____ in front and accepted answers")
        if self.kind == "number" and self.value is None:
            raise ValueError(f"{self.id}: a number card needs a value")
        if self.kind == "choice" and (
            len(self.options) < 2
            or self.correct is None
            or not 0 <= self.correct < len(self.options)
        ):
            raise ValueError(f"{self.id}: a choice card needs options and a valid correct index")
        return self


class Deck(_Model):
    id: str = Field(pattern=ID)
    title: str
    roles: tuple[str, ...] = ()  # empty: every role
    description: str = Field(min_length=10)


class DriftFeature(_Model):
    name: str = Field(pattern=r"^[a-z_]+$")
    kind: Literal["numeric", "categorical"]
    description: str


class DriftScenario(_Model):
    id: str = Field(pattern=ID)
    title: str
    kind: str
    story: str = Field(min_length=60)
    drifted: tuple[str, ...]  # features whose change should raise an alert
    optional: tuple[str, ...] = ()  # small, real changes: an alert is neither right nor wrong
    lesson: str = Field(min_length=40)
    windows: dict[str, dict[str, Any]] = Field(default_factory=dict)  # generator overrides


class DriftLab(_Model):
    seed: int = 1414
    features: tuple[DriftFeature, ...] = Field(min_length=3)
    scenarios: tuple[DriftScenario, ...] = Field(min_length=6)
    checklist: tuple[RubricItem, ...] = Field(min_length=5)


class PlanLink(_Model):
    item: str  # a step-3 plan item id (content/plan/system_design.yaml)
    prompts: tuple[str, ...] = ()
    lab: bool = False
    drills: int = 0  # drills answered correctly on one day
    decks: tuple[str, ...] = ()
    cards: int = 0  # cards of those decks reviewed on one day
    note: str = ""


SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster


def _read(path: Path) -> object:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=SafeLoader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as error:
        raise PackError(f"{path.name}: cannot be read as YAML ({error}).") from None


def _files(folder: str) -> Iterator[Path]:
    yield from sorted(content_path("design", folder).glob("*.yaml"))


M = TypeVar("M", bound=_Model)


def _validate(model: type[M], data: object, where: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first.get("loc", ()))
        raise PackError(f"{where}: {place}: {first.get('msg')}") from None


def _entries(data: object, where: str) -> list[object]:
    if not isinstance(data, list):
        raise PackError(f"{where}: expected a list")
    return data


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Shared synonym lists: a concept term "@cache" stands for every phrase listed here."""
    data = _read(content_path("design", "vocabulary.yaml"))
    if not isinstance(data, dict):
        raise PackError("vocabulary.yaml: expected a mapping of name -> phrases")
    return {str(k): tuple(str(v) for v in values) for k, values in data.items()}


def expand(terms: tuple[str, ...]) -> tuple[str, ...]:
    """A concept's phrases with "@name" references replaced by the vocabulary's list."""
    words = vocabulary()
    out: list[str] = []
    for term in terms:
        if term.startswith("@"):
            if term[1:] not in words:
                raise PackError(f"unknown vocabulary entry {term!r}")
            out.extend(words[term[1:]])
        else:
            out.append(term)
    return tuple(dict.fromkeys(out))


def check_terms(terms: tuple[str, ...], where: str) -> None:
    """Every phrase must keep a word after stemming and carry no negation (a negated
    phrase could never be found: negated words are not evidence)."""
    from pivotprep.design.review.text import NEGATIONS, words_of

    for term in terms:
        words, _ = words_of(term)
        raw = {w.replace("'", "") for w in term.lower().replace("not null", "").split()}
        if not words or raw & NEGATIONS or any(w.endswith("n't") for w in raw):
            raise PackError(f"{where}: the phrase {term!r} cannot be matched")


@lru_cache(maxsize=1)
def prompts() -> dict[str, Prompt]:
    found: dict[str, Prompt] = {}
    for path in _files("prompts"):
        for index, entry in enumerate(_entries(_read(path), path.name)):
            name = entry.get("id", f"entry {index}") if isinstance(entry, dict) else index
            prompt = _validate(Prompt, entry, f"{path.name} ({name})")
            if prompt.id in found:
                raise PackError(f"{path.name}: duplicate prompt id {prompt.id!r}")
            for item in prompt.rubric:
                for concept in item.concepts:
                    check_terms(expand(concept.terms), f"{path.name}: {prompt.id}.{item.id}")
            found[prompt.id] = prompt
    return found


def get_prompt(prompt_id: str) -> Prompt:
    known = prompts()
    key = (prompt_id or "").strip().lower()
    if key not in known:
        raise NotFoundError(
            f"There is no design prompt {prompt_id!r}.", next_step=NextStep("design.list")
        )
    return known[key]


@lru_cache(maxsize=1)
def phases() -> tuple[Phase, ...]:
    data = _entries(_read(content_path("design", "phases.yaml")), "phases.yaml")
    items = tuple(_validate(Phase, p, "phases.yaml") for p in data)
    for minutes in (45, 60):
        total = sum(p.minutes.get(minutes, 0) for p in items)
        if total != minutes:
            raise PackError(f"phases.yaml: the {minutes}-minute split adds up to {total}")
    return items


@lru_cache(maxsize=1)
def drills() -> dict[str, Drill]:
    data = _entries(_read(content_path("design", "drills.yaml")), "drills.yaml")
    return _unique([_validate(Drill, d, "drills.yaml") for d in data], "drills.yaml")


@lru_cache(maxsize=1)
def decks() -> dict[str, Deck]:
    data = _entries(_read(content_path("design", "decks.yaml")), "decks.yaml")
    return _unique([_validate(Deck, d, "decks.yaml") for d in data], "decks.yaml")


@lru_cache(maxsize=1)
def cards() -> dict[str, Card]:
    items: list[Card] = []
    known = decks()
    for path in _files("cards"):
        for entry in _entries(_read(path), path.name):
            card = _validate(Card, entry, path.name)
            if card.deck not in known:
                raise PackError(f"{path.name}: card {card.id} names unknown deck {card.deck!r}")
            items.append(card)
    return _unique(items, "cards/")


@lru_cache(maxsize=1)
def drift_lab() -> DriftLab:
    lab = _validate(DriftLab, _read(content_path("design", "drift_lab.yaml")), "drift_lab.yaml")
    names = {f.name for f in lab.features}
    for scenario in lab.scenarios:
        unknown = (set(scenario.drifted) | set(scenario.optional)) - names
        if unknown:
            raise PackError(f"drift_lab.yaml: {scenario.id} names unknown features {unknown}")
    return lab


@lru_cache(maxsize=1)
def plan_links() -> tuple[PlanLink, ...]:
    data = _entries(_read(content_path("design", "plan_links.yaml")), "plan_links.yaml")
    links = tuple(_validate(PlanLink, d, "plan_links.yaml") for d in data)
    known_prompts, known_decks = prompts(), decks()
    for link in links:
        bad = [p for p in link.prompts if p not in known_prompts]
        bad += [d for d in link.decks if d not in known_decks]
        if bad:
            raise PackError(f"plan_links.yaml: {link.item} names unknown {bad}")
    return links


def _unique(items: list[M], where: str) -> dict[str, M]:
    by_id: dict[str, M] = {}
    for item in items:
        item_id = str(getattr(item, "id"))  # noqa: B009 - every listed model has an id
        if item_id in by_id:
            raise PackError(f"{where}: duplicate id {item_id!r}")
        by_id[item_id] = item
    return by_id


def load_all() -> dict[str, int]:
    """Load and validate every pack (the content test and `design list` call it)."""
    from pivotprep.design.diagram.parse import parse

    for prompt in prompts().values():
        try:
            parse(prompt.reference.diagram)
        except UserError as error:
            raise PackError(f"prompt {prompt.id}: reference diagram: {error}") from None
    return {
        "prompts": len(prompts()),
        "phases": len(phases()),
        "drills": len(drills()),
        "cards": len(cards()),
        "scenarios": len(drift_lab().scenarios),
        "plan_links": len(plan_links()),
    }
