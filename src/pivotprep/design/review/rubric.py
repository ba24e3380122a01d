"""Each rubric item covered, partly covered or missing, with the learner's own words.

An item lists concepts an interviewer listens for, each with phrases (synonyms). A concept
is evidenced by the first sentence or diagram node that contains one of its phrases; the
item is *covered* when `need` concepts are evidenced, *partly* with at least one, and
*missing* with none, the message then naming what an interviewer expects.

Off-topic guard: an answer that evidences too few of the prompt's concepts overall and
uses fewer than `topic_min` words of the prompt's own topic (its title and summary) is an
answer to another question, and its stray matches are not evidence: "we monitor p99
latency" in a chat design does not cover a drift-monitoring rubric.

The knobs (`ReviewSettings`) are tuned by bench/bench_design_review.py on one half of the
labelled answers and reported on the other half. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pivotprep.design.review.text import Phrase, Sentence, SentenceIndex, phrase

COVERED, PARTLY, MISSING = "covered", "partly", "missing"


@dataclass(frozen=True)
class ReviewSettings:
    """The reviewer's knobs. The defaults are the values bench/bench_design_review.py chose
    on the tuning half of the labelled answers (it prints them again on every run)."""

    need_offset: int = 0  # added to each item's `need` (min 1)
    prefix: bool = True  # "replica" finds "replication"
    negation: bool = True  # "we will not shard" is no evidence of sharding
    topic_gate: float = 0.2  # share of the prompt's concepts an on-topic answer evidences
    off_topic_status: str = "missing"  # what an evidenced item becomes in an off-topic answer
    topic_min: int = 0  # words of the prompt's own topic that also make an answer on topic


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
    item_id: str,
    kind: str,
    title: str,
    expects: str,
    need: int,
    concepts: Sequence[tuple[str, Sequence[str]]],
) -> ItemSpec:
    """An item ready for matching (phrases pre-tokenised)."""
    specs = tuple(
        ConceptSpec(name, tuple(p for p in (phrase(t) for t in terms) if p.words))
        for name, terms in concepts
    )
    return ItemSpec(item_id, kind, title, expects, need, specs)


def find_evidence(
    items: Sequence[ItemSpec], index: SentenceIndex, settings: ReviewSettings
) -> dict[tuple[str, str], Evidence | None]:
    """(item id, concept name) -> the first sentence evidencing the concept, or None."""
    found: dict[tuple[str, str], Evidence | None] = {}
    for item in items:
        for concept in item.concepts:
            hits = [
                spot
                for p in concept.phrases
                if (spot := index.first(p, prefix=settings.prefix, negation=settings.negation))
                is not None
            ]
            if hits:
                sentence = index.sentences[min(hits)]
                found[(item.id, concept.name)] = Evidence(
                    concept.name, sentence.quote, sentence.where
                )
            else:
                found[(item.id, concept.name)] = None
    return found


def topic_hits(topic: Sequence[str], index: SentenceIndex, prefix: bool = True) -> int:
    """How many of the prompt's topic words (stemmed) the answer uses."""
    return sum(1 for word in topic if index.matches(word, prefix))


def decide(
    items: Sequence[ItemSpec],
    found: dict[tuple[str, str], Evidence | None],
    settings: ReviewSettings,
    topic_count: int = 0,
) -> list[ItemResult]:
    """Statuses from the evidence found (the off-topic guard applies to the whole answer)."""
    total = sum(len(i.concepts) for i in items)
    hits = sum(1 for e in found.values() if e is not None)
    on_topic = (
        total == 0
        or hits / total >= settings.topic_gate
        or (settings.topic_min > 0 and topic_count >= settings.topic_min)
    )
    return [_result(item, found, settings, on_topic) for item in items]


def review_items(
    items: Sequence[ItemSpec],
    sentences: Sequence[Sentence],
    settings: ReviewSettings | None = None,
    topic: Sequence[str] = (),
) -> list[ItemResult]:
    """The status of every item, with quoted evidence and what is missing."""
    settings = settings or ReviewSettings()
    index = SentenceIndex(list(sentences))
    count = topic_hits(topic, index, settings.prefix)
    return decide(items, find_evidence(items, index, settings), settings, count)


def _result(
    item: ItemSpec,
    found: dict[tuple[str, str], Evidence | None],
    settings: ReviewSettings,
    on_topic: bool,
) -> ItemResult:
    evidence = tuple(e for c in item.concepts if (e := found[(item.id, c.name)]) is not None)
    missing = tuple(c.name for c in item.concepts if found[(item.id, c.name)] is None)
    need = max(1, min(len(item.concepts), item.need + settings.need_offset))
    if not evidence:
        status = MISSING
    elif not on_topic:
        status = settings.off_topic_status
    else:
        status = COVERED if len(evidence) >= need else PARTLY
    return ItemResult(
        item.id,
        item.kind,
        item.title,
        status,
        evidence,
        missing,
        _message(item, status, missing, on_topic),
    )


def _message(item: ItemSpec, status: str, missing: tuple[str, ...], on_topic: bool) -> str:
    if status == COVERED:
        return "Covered."
    listens = f" An interviewer listens for: {'; '.join(missing[:4])}." if missing else ""
    if not on_topic:
        return (
            "The answer as a whole says little about this prompt, so these words alone do "
            f"not cover the item. {item.expects}{listens}"
        )
    if status == MISSING:
        return f"{item.expects}{listens}"
    return f"Partly: still missing {'; '.join(missing[:4])}."


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
