""" "Explain it to a VP" drills: the concepts, and the scoring of an answer. Pure.

An answer is scored on four parts, each shown with its evidence:
- reading grade (Flesch-Kincaid, via textstat): a busy executive reads at grade 8-9;
- jargon density: the concept's own jargon, common tech jargon and unknown acronyms,
  per 100 words, with the words quoted;
- length: 40-150 words (about 15-60 seconds spoken);
- business: does it say why it matters (customers, money, time, risk) and link it
  ("which means", "so that")?

textstat is configured with the language code "en-US" on its own instance: syllables
then come from pyphen's bundled English dictionary. (textstat's "en_US" default loads
NLTK's CMU dictionary, which it downloads at run time; pivotprep never downloads.)
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from pivotprep.content import content_path
from pivotprep.core.errors import InputTooLargeError, NextStep, NotFoundError, ValidationError
from pivotprep.stories.analyzer.lexicon import KNOWN_ACRONYMS

MAX_WORDS = 600
MAX_CHARS = 5_000
GOOD_WORDS = (40, 150)
GENERAL_JARGON = (
    "algorithm",
    "backend",
    "back-end",
    "frontend",
    "latency",
    "schema",
    "query",
    "queries",
    "database",
    "server-side",
    "deploy",
    "deployment",
    "microservice",
    "microservices",
    "kubernetes",
    "docker",
    "container",
    "parameters",
    "hyperparameter",
    "hyperparameters",
    "vector",
    "tensor",
    "gradient",
    "regression",
    "classifier",
    "runtime",
    "throughput",
    "pipeline",
    "stack",
    "framework",
    "refactor",
    "refactoring",
    "asynchronous",
    "synchronous",
    "idempotent",
    "heuristic",
    "stochastic",
    "distribution",
    "variance",
    "statistically",
    "orchestration",
    "infrastructure",
    "dataset",
    "datasets",
    "model weights",
    "inference",
    "endpoint",
    "payload",
)
BUSINESS_WORDS = (
    "customer",
    "customers",
    "client",
    "clients",
    "user",
    "users",
    "revenue",
    "sales",
    "money",
    "cost",
    "costs",
    "cheaper",
    "profit",
    "budget",
    "spend",
    "saves",
    "save",
    "risk",
    "risky",
    "trust",
    "decisions",
    "churn",
    "growth",
    "market",
    "deadline",
    "outage",
    "outages",
    "downtime",
    "faster",
    "slower",
    "fraud",
    "loss",
    "losses",
    "stock",
    "orders",
    "complaints",
    "reputation",
    "audit",
    "compliance",
    "business",
)
LINK_PHRASES = (
    "which means",
    "this means",
    "that means",
    "so that",
    "so we",
    "so you",
    "so our",
    "because",
    "matters",
    "the impact",
    "that is why",
    "that's why",
    "in practice",
    "for us",
    "for the business",
    "bottom line",
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")


class Concept(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    field: str
    prompt: str = Field(min_length=20)
    business: str = Field(min_length=30)
    jargon: list[str] = Field(min_length=3)


@lru_cache(maxsize=1)
def load_concepts() -> dict[str, Concept]:
    with content_path("behavioral", "concepts.yaml").open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    concepts = [Concept.model_validate(item) for item in raw]
    by_id = {c.id: c for c in concepts}
    if len(by_id) != len(concepts):
        raise ValueError("concepts.yaml: duplicate ids")
    return by_id


def get_concept(concept_id: str) -> Concept:
    try:
        return load_concepts()[concept_id]
    except KeyError:
        raise NotFoundError(
            f"No concept {concept_id!r}.", next_step=NextStep("stories.concepts")
        ) from None


class _DeferredModule(types.ModuleType):
    """Stands in for a module until one of its attributes is used, then imports it."""

    def __getattr__(self, attr: str) -> Any:
        module = sys.modules.get(self.__name__)
        if module is None or module is self:
            sys.modules.pop(self.__name__, None)
            module = importlib.import_module(self.__name__)
        return getattr(module, attr)


def _defer_nltk() -> None:
    """textstat imports NLTK at load time but, with "en-US", never uses it; importing NLTK
    (which pulls in SciPy) takes seconds. Until something really uses NLTK, a stand-in
    takes its place; the first attribute access imports the real module."""
    if "nltk" not in sys.modules and importlib.util.find_spec("nltk") is not None:
        sys.modules["nltk"] = _DeferredModule("nltk")


@lru_cache(maxsize=1)
def _textstat() -> Any:
    _defer_nltk()
    from textstat.textstat import textstatistics

    stats = textstatistics()
    stats.set_lang("en-US")  # pyphen's bundled dictionary; see the module docstring
    return stats


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade of `text`, computed offline."""
    return float(_textstat().flesch_kincaid_grade(text))


@dataclass(frozen=True)
class Part:
    name: str
    points: int
    out_of: int
    evidence: str
    advice: str = ""


@dataclass(frozen=True)
class ExplainResult:
    concept_id: str
    words: int
    seconds: int
    grade: float
    jargon: list[str]
    density: float  # jargon words per 100 words
    business_terms: list[str]
    links: list[str]
    parts: list[Part] = field(default_factory=list)

    @property
    def score(self) -> int:
        return sum(p.points for p in self.parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "concept_id": self.concept_id,
            "score": self.score,
            "words": self.words,
            "seconds": self.seconds,
            "grade": round(self.grade, 1),
            "jargon": self.jargon,
            "density": round(self.density, 1),
            "business_terms": self.business_terms,
            "links": self.links,
            "parts": [p.__dict__ for p in self.parts],
        }


def _find_terms(text: str, terms: list[str] | tuple[str, ...]) -> list[str]:
    low = text.lower()
    found = []
    for term in terms:
        if re.search(r"(?<![a-z])" + re.escape(term.lower()) + r"(?![a-z])", low):
            found.append(term)
    return found


def _check_answer(answer: str) -> list[str]:
    """The answer's words; refuses an answer too long, empty or not in English."""
    from pivotprep.stories.analyzer.analysis import looks_english

    if len(answer.split()) > MAX_WORDS:
        raise InputTooLargeError(
            f"The answer is {len(answer.split()):,} words; keep it under {MAX_WORDS} "
            "(a VP gives you a minute, about 150 words).",
            field="answer",
        )
    if len(answer) > MAX_CHARS:  # a text without spaces is one "word": name the characters
        raise InputTooLargeError(
            f"The answer is {len(answer):,} characters; keep it under {MAX_CHARS:,} "
            "(a VP gives you a minute, about 150 words).",
            field="answer",
        )
    words: list[str] = _WORD.findall(answer)
    if not words and not any(c.isalpha() for c in answer):
        raise ValidationError(
            "The answer is empty: explain the concept in a few sentences.", field="answer"
        )
    if not words or not looks_english(answer):
        raise ValidationError(
            "This answer does not look like English; the drill scores English answers.",
            field="answer",
        )
    return words


def _jargon_in(concept: Concept, answer: str) -> list[str]:
    """The concept's own jargon, common tech jargon and unknown acronyms, once each."""
    own = _find_terms(answer, concept.jargon)
    own_lower = {j.lower() for j in own}
    general = [t for t in _find_terms(answer, GENERAL_JARGON) if t.lower() not in own_lower]
    acronyms = [
        a
        for a in dict.fromkeys(_ACRONYM.findall(answer))
        if a not in KNOWN_ACRONYMS and a.lower() not in concept.name.lower()
    ]
    return list(dict.fromkeys([*own, *general, *acronyms]))


def _points(value: float, bands: tuple[tuple[float, int], ...]) -> int:
    """The points of the first band whose limit `value` is within (else 0)."""
    return next((points for limit, points in bands if value <= limit), 0)


# Each part of the score: (result so far, concept) -> Part. Run in this order.


def _grade_part(r: ExplainResult, concept: Concept) -> Part:
    points = _points(r.grade, ((9, 25), (11, 15), (13, 8)))
    advice = "" if points == 25 else "Use shorter sentences and everyday words."
    evidence = f"Flesch-Kincaid grade {r.grade:.1f} (aim for 9 or below)."
    return Part("Reading grade", points, 25, evidence, advice)


def _jargon_part(r: ExplainResult, concept: Concept) -> Part:
    points = _points(r.density, ((2, 25), (5, 12)))
    quoted = ", ".join(f"“{t}”" for t in r.jargon) or "none"
    advice = "Replace each term with what it does: an analogy from everyday life works."
    evidence = f"{r.density:.1f} jargon words per 100 ({quoted})."
    return Part("Jargon", points, 25, evidence, "" if points == 25 else advice)


def _length_part(r: ExplainResult, concept: Concept) -> Part:
    low, high = GOOD_WORDS
    if low <= r.words <= high:
        points = 20
    elif low // 2 <= r.words <= high + 70:
        points = 10
    else:
        points = 0
    advice = (
        "Say more: what it is, an everyday comparison, and why it matters."
        if r.words < low
        else "Cut to the one idea and the one reason it matters."
    )
    evidence = f"{r.words} words, about {r.seconds} seconds spoken (aim for {low}-{high} words)."
    return Part("Length", points, 20, evidence, "" if points == 20 else advice)


def _business_part(r: ExplainResult, concept: Concept) -> Part:
    points = 30 if r.business_terms and r.links else 15 if r.business_terms else 0
    said = (
        f"Business words: {', '.join(r.business_terms[:5])}"
        if r.business_terms
        else "No business impact"
    )
    evidence = said + (f"; linked with “{r.links[0]}”." if r.links else ".")
    advice = f"Connect it to the business, e.g.: {concept.business}"
    return Part("Why it matters", points, 30, evidence, "" if points == 30 else advice)


PARTS: tuple[Callable[[ExplainResult, Concept], Part], ...] = (
    _grade_part,
    _jargon_part,
    _length_part,
    _business_part,
)


def score_explanation(concept: Concept, answer: str) -> ExplainResult:
    """Score an explanation of `concept` for a non-technical VP."""
    count = len(_check_answer(answer))
    jargon = _jargon_in(concept, answer)
    measured = ExplainResult(
        concept_id=concept.id,
        words=count,
        seconds=round(count / 150 * 60),
        grade=reading_grade(answer),
        jargon=jargon,
        density=100 * sum(len(t.split()) for t in jargon) / count,
        business_terms=_find_terms(answer, BUSINESS_WORDS),
        links=_find_terms(answer, LINK_PHRASES),
    )
    return replace(measured, parts=[part(measured, concept) for part in PARTS])
