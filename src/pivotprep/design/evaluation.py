"""Measuring the design reviewer on labelled answers (content/design/labelled/).

Every answer is labelled per rubric item (covered, partly, missing). For the classes
"covered" and "missing" we report precision (of the items the reviewer put in the class,
the share labelled so) and recall (of the items labelled so, the share the reviewer found),
next to a keyword-only baseline that calls an item covered when any generic word of its
kind ("API", "cache", "monitor", "trade-off"...) appears anywhere in the answer.

`tune` searches the reviewer's knobs on the tuning split only; the bench then reports the
held-out split with the knobs chosen there. Reads content files; no database.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from pivotprep.content import content_path
from pivotprep.core.errors import PackError
from pivotprep.design.content import SafeLoader, get_prompt, phases
from pivotprep.design.review.report import answer_sentences, rubric_specs, topic_words
from pivotprep.design.review.rubric import (
    COVERED,
    MISSING,
    Evidence,
    ItemSpec,
    ReviewSettings,
    decide,
    find_evidence,
    keyword_baseline,
    review_items,
    topic_hits,
)
from pivotprep.design.review.text import Sentence, SentenceIndex
from pivotprep.design.review.worksheet import PhaseHeadings, parse_worksheet

Status = Literal["covered", "partly", "missing"]
SPLITS = {"tuning": "tuning.yaml", "heldout": "heldout.yaml"}
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "requirements": ("requirement", "must ", "should ", "users"),
    "estimates": ("per second", "qps", "storage", " tb", " gb", "per day"),
    "api": ("api", "endpoint", "post /", "get /"),
    "data_model": ("table", "schema", "data model", " key"),
    "components": ("service", "database", "cache", "queue", "kafka"),
    "deep_dive": ("deep", "algorithm", "detail", "partition", "index"),
    "failure_modes": ("fail", "retry", "replica", "outage", "crash"),
    "operations": ("monitor", "alert", "dashboard", "metric", "latency"),
    "tradeoffs": ("trade-off", "tradeoff", " vs ", "instead of", "at the cost of"),
}


class LabelledAnswer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    prompt: str
    kind: Literal["strong", "weak", "off-topic"]
    text: str
    labels: dict[str, Status]

    @model_validator(mode="after")
    def _labels_match_rubric(self) -> LabelledAnswer:
        items = {i.id for i in get_prompt(self.prompt).rubric}
        if set(self.labels) != items:
            raise ValueError(f"{self.id}: labels must name exactly the items {sorted(items)}")
        return self


@dataclass(frozen=True)
class Sample:
    answer: LabelledAnswer
    split: str
    items: tuple[ItemSpec, ...]
    sentences: tuple[Sentence, ...]
    topic: tuple[str, ...]


@lru_cache(maxsize=1)
def load_labelled() -> tuple[Sample, ...]:
    heads = [PhaseHeadings(p.id, p.headings) for p in phases()]
    samples = []
    for split, name in SPLITS.items():
        with content_path("design", "labelled", name).open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=SafeLoader)  # noqa: S506 - a safe loader
        for entry in data:
            try:
                answer = LabelledAnswer.model_validate(entry)
            except ValueError as error:
                raise PackError(f"labelled/{name}: {error}") from None
            sheet = parse_worksheet(answer.text, heads)
            found, _, _ = answer_sentences(sheet.texts, phases(), sheet.diagram)
            prompt = get_prompt(answer.prompt)
            items = tuple(rubric_specs(prompt))
            samples.append(Sample(answer, split, items, tuple(found), topic_words(prompt)))
    return tuple(samples)


@dataclass(frozen=True)
class ClassScore:
    tp: int
    predicted: int
    actual: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.actual if self.actual else None

    @property
    def f1(self) -> float:
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    covered: ClassScore
    missing: ClassScore
    agreement: float  # share of items where the status equals the label exactly
    items: int

    @property
    def objective(self) -> float:
        """What tuning maximises: F1 of covered and of missing, and exact agreement (which
        also rewards getting "partly" right), equally weighted."""
        return (self.covered.f1 + self.missing.f1 + self.agreement) / 3


Predictor = Callable[[Sample], list[str]]


def reviewer(settings: ReviewSettings) -> Predictor:
    def predict(sample: Sample) -> list[str]:
        results = review_items(sample.items, sample.sentences, settings, sample.topic)
        return [r.status for r in results]

    return predict


def baseline() -> Predictor:
    predict_items = keyword_baseline(KIND_WORDS)

    def predict(sample: Sample) -> list[str]:
        return predict_items(sample.items, sample.sentences)

    return predict


def evaluate(samples: Iterable[Sample], predict: Predictor) -> Scores:
    pairs: list[tuple[str, str]] = []
    for sample in samples:
        predicted = predict(sample)
        pairs += [
            (p, sample.answer.labels[i.id]) for p, i in zip(predicted, sample.items, strict=True)
        ]
    return Scores(
        _score(pairs, COVERED),
        _score(pairs, MISSING),
        sum(p == a for p, a in pairs) / len(pairs) if pairs else 0.0,
        len(pairs),
    )


def _score(pairs: Sequence[tuple[str, str]], cls: str) -> ClassScore:
    return ClassScore(
        sum(1 for p, a in pairs if p == cls and a == cls),
        sum(1 for p, _ in pairs if p == cls),
        sum(1 for _, a in pairs if a == cls),
    )


GRID = {
    "need_offset": (-1, 0, 1),
    "prefix": (True, False),
    "negation": (True, False),
    "topic_gate": (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4),
    "off_topic_status": ("partly", "missing"),
    "topic_min": (0, 1, 2, 3, 4),
}


def tune(samples: Sequence[Sample]) -> tuple[ReviewSettings, Scores]:
    """The knobs with the best objective on `samples` (ties: the grid's first). Evidence is
    found once per matching mode; statuses are then decided for every other knob."""
    best: tuple[ReviewSettings, Scores] | None = None
    indexes = [SentenceIndex(list(s.sentences)) for s in samples]
    for prefix, negation in itertools.product(GRID["prefix"], GRID["negation"]):
        mode = ReviewSettings(prefix=prefix, negation=negation)  # type: ignore[arg-type]
        found = [find_evidence(s.items, ix, mode) for s, ix in zip(samples, indexes, strict=True)]
        topics = [topic_hits(s.topic, ix, prefix) for s, ix in zip(samples, indexes, strict=True)]  # type: ignore[arg-type]
        rest = itertools.product(
            GRID["need_offset"], GRID["topic_gate"], GRID["off_topic_status"], GRID["topic_min"]
        )
        for need_offset, gate, status, topic_min in rest:
            settings = ReviewSettings(need_offset, prefix, negation, gate, status, topic_min)  # type: ignore[arg-type]
            scores = _evaluate_found(samples, found, topics, settings)
            if best is None or (scores.objective, scores.agreement) > (
                best[1].objective,
                best[1].agreement,
            ):
                best = (settings, scores)
    assert best is not None
    return best


def _evaluate_found(
    samples: Sequence[Sample],
    found: Sequence[dict[tuple[str, str], Evidence | None]],
    topics: Sequence[int],
    settings: ReviewSettings,
) -> Scores:
    pairs: list[tuple[str, str]] = []
    for sample, evidence, topic in zip(samples, found, topics, strict=True):
        results = decide(sample.items, evidence, settings, topic)
        pairs += [(r.status, sample.answer.labels[r.id]) for r in results]
    return Scores(
        _score(pairs, COVERED),
        _score(pairs, MISSING),
        sum(p == a for p, a in pairs) / len(pairs) if pairs else 0.0,
        len(pairs),
    )


def split(name: str) -> list[Sample]:
    return [s for s in load_labelled() if s.split == name]
