"""Each rubric item covered, partly covered or missing, with the learner's own words.

An item lists concepts an interviewer listens for, each with phrases (synonyms). A concept
is evidenced by the first sentence or diagram node that contains one of its phrases; the
item is *covered* when `need` concepts are evidenced, *partly* with at least one, and
*missing* with none, the message then naming what an interviewer expects.

Off-topic guard: an answer that evidences too few of the prompt's concepts overall (an
answer to another question) has no item better than *partly*: a stray "we monitor p99
latency" in a chat design is not evidence for a drift-monitoring rubric.

The knobs (`ReviewSettings`) are tuned by bench/bench_design_review.py on one half of the
labelled answers and reported on the other half. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pivotprep.design.review.text import Phrase, Sentence, find, phrase

COVERED, PARTLY, MISSING = "covered", "partly", "missing"


@dataclass(frozen=True)
class ReviewSettings:
    """The reviewer's knobs. The defaults are the values tuned on the tuning half."""

    need_offset: int = 0  # added to each item's `need` (min 1)
    prefix: bool = True  # "replica" finds "replication"
    negation: bool = True  # "we will not shard" is no evidence of sharding
    topic_gate: float = 0.12  # share of the prompt's concepts an on-topic answer evidences


@dataclass(frozen=True)
class ConceptSpec:
    name: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class ItemSpec:
    id: str
    kind: str
    title: str
    expects: str
    need: int
    concepts: tuple[ConceptSpec, ...]


@dataclass(frozen=True)
class Evidence:
    concept: str
    quote: str
    where: str


@dataclass(frozen=True)
class ItemResult:
    id: str
    kind: str
    title: str
    status: str
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...]  # concept names not evidenced
    message: str


def item_spec(
    item_id: str, kind: str, title: str, expects: str, need: int,
    concepts: Sequence[tuple[str, Sequence[str]]],
) -> ItemSpec:
    """An item ready for matching (phrases pre-tokenised)."""
    specs = tuple(
        ConceptSpec(name, tuple(p for p in (phrase(t) for t in terms) if p.words))
        for name, terms in concepts
    )
    return ItemSpec(item_id, kind, title, expects, need, specs)


def _evidence(
    concept: ConceptSpec, sentences: Sequence[Sentence], settings: ReviewSettings
) -> Evidence | None:
    for sentence in sentences:
        for p in concept.phrases:
            if find(p, sentence, prefix=settings.prefix, negation=settings.negation):
                return Evidence(concept.name, sentence.text, sentence.where)
    return None


def review_items(
    items: Sequence[ItemSpec],
    sentences: Sequence[Sentence],
    settings: ReviewSettings | None = None,
) -> list[ItemResult]:
    """The status of every item, with quoted evidence and what is missing."""
    settings = settings or ReviewSettings()
    found: dict[tuple[str, str], Evidence | None] = {}
    for item in items:
        for concept in item.concepts:
            found[(item.id, concept.name)] = _evidence(concept, sentences, settings)
    total = sum(len(i.concepts) for i in items)
    hits = sum(1 for e in found.values() if e is not None)
    on_topic = total == 0 or hits / total >= settings.topic_gate
    return [_result(item, found, settings, on_topic) for item in items]


def _result(
    item: ItemSpec,
    found: dict[tuple[str, str], Evidence | None],
    settings: ReviewSettings,
    on_topic: bool,
) -> ItemResult:
    evidence = tuple(e for c in item.concepts if (e := found[(item.id, c.name)]) is not None)
    missing = tuple(c.name for c in item.concepts if found[(item.id, c.name)] is None)
    need = max(1, min(len(item.concepts), item.need + settings.need_offset))
    if len(evidence) >= need and on_topic:
        status = COVERED
    elif evidence:
        status = PARTLY
    else:
        status = MISSING
    return ItemResult(item.id, item.kind, item.title, status, evidence, missing,
                      _message(item, status, missing, on_topic))


def _message(item: ItemSpec, status: str, missing: tuple[str, ...], on_topic: bool) -> str:
    if status == COVERED:
        return "Covered."
    listens = "; ".join(missing[:4])
    if status == MISSING:
        return f"{item.expects} An interviewer listens for: {listens}."
    if not on_topic and not missing:
        return (
            "Partly: the answer as a whole says little about this prompt, so these words "
            "alone do not cover the item."
        )
    return f"Partly: still missing {listens}."


def keyword_baseline(
    kind_words: dict[str, tuple[str, ...]],
) -> Callable[[Sequence[ItemSpec], Sequence[Sentence]], list[str]]:
    """The baseline the bench compares with: an item is covered when any sentence contains
    a generic word of its kind ("API", "cache", "monitor"...), missing otherwise."""

    def predict(items: Sequence[ItemSpec], sentences: Sequence[Sentence]) -> list[str]:
        text = " ".join(s.text.lower() for s in sentences)
        return [
            COVERED if any(w in text for w in kind_words.get(i.kind, ())) else MISSING
            for i in items
        ]

    return predict
