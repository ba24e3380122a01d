"""Sentences and phrase matching for the design review.

A learner's worksheet is cut into sentences (a bullet or a line is a sentence too), each
remembering the phase it was written in; diagram nodes and edge labels become sentences
of their own. A rubric concept lists phrases ("idempotency key", "dedupe"); a phrase is
found in a sentence when its words appear in order, with at most `GAP` other words between
two of them, after a light stemming ("replicas" finds "replication", "caching" finds
"cache"). A phrase right after a negation ("we will not shard") is not evidence; after a modal it is
a requirement ("messages must not be lost") and counts.

Pure: no I/O, bounded work (sentences are capped in length).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pivotprep.design.diagram.parse import Diagram

GAP = 2
MAX_SENTENCE_WORDS = 80
QUOTE_CHARS = 220
MAX_SENTENCE_CHARS = 2000
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Only words that never carry a design meaning are dropped: "per", "by", "with", "without"
# stay, so "bytes per prediction" is not found in a sentence that merely says "prediction".
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "is",
        "are",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "we",
        "our",
        "us",
        "i",
        "my",
        "me",
        "you",
        "your",
        "they",
        "their",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "just",
        "also",
        "then",
    ]
)
NEGATIONS = frozenset(["not", "dont", "doesnt", "wont", "cannot", "cant", "isnt", "arent", "wasnt"])
# "must not lose", "should not exceed": a negated verb after a modal states a requirement.
MODALS = frozenset(["must", "should", "shall"])
NOT_NULL = re.compile(r"\bnot\s+null\b")


@dataclass(frozen=True)
class Sentence:
    text: str  # as written, spaces collapsed (at most MAX_SENTENCE_CHARS)
    phase: str  # phase id, "answer" when the text had no headings, or "diagram"
    where: str  # how the review names its place: "Requirements", "diagram node 'Kafka'"
    words: tuple[str, ...]  # stemmed, stopwords dropped
    negated_at: tuple[int, ...]  # word positions that follow a negation closely

    @property
    def quote(self) -> str:
        """The sentence as the review quotes it (long ones shortened)."""
        return _quote(self.text)


@dataclass(frozen=True)
class Phrase:
    raw: str
    words: tuple[str, ...]


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """A light, consistent stem: plural and -ing/-ed endings off, nothing else."""
    word = word.replace("'", "")
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            return base[:-1] if len(base) > 2 and base[-1] == base[-2] else base
    if word.endswith("es") and len(word) > 4 and word[-3] in "sxz":
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _raw_words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("-", " ").replace("/", " ")
    text = NOT_NULL.sub("notnull", text)  # a column constraint, not a negation
    return WORD.findall(text)


def words_of(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Stemmed content words of `text`, and the positions within 3 words after a negation."""
    out: list[str] = []
    negated: list[int] = []
    last_negation = -10
    previous = ""
    for raw in _raw_words(text)[: MAX_SENTENCE_WORDS * 2]:
        plain = raw.replace("'", "")
        if plain in NEGATIONS or raw.endswith("n't"):
            if previous not in MODALS and plain not in ("mustnt", "shouldnt"):
                last_negation = len(out)
            previous = plain
            continue
        previous = plain
        if plain in STOPWORDS:
            continue
        if len(out) - last_negation < 3:
            negated.append(len(out))
        out.append(stem(plain))
    return tuple(out), tuple(negated)


@lru_cache(maxsize=4096)
def phrase(raw: str) -> Phrase:
    words, _ = words_of(raw)
    return Phrase(raw, words)


@lru_cache(maxsize=200000)
def same_word(a: str, b: str, prefix: bool = True) -> bool:
    """Equal stems, or (with `prefix`) long words sharing all but their last letter or so:
    "replica"/"replication", "idempotent"/"idempotency"; "share"/"shard" stay apart."""
    if a == b:
        return True
    if not prefix or len(a) < 6 or len(b) < 6:
        return False
    shortest = min(len(a), len(b))
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(5, shortest - 1)


def find(p: Phrase, sentence: Sentence, *, prefix: bool = True, negation: bool = True) -> bool:
    """Whether the phrase's words occur in order in the sentence (small gaps allowed)."""
    words = sentence.words
    if not p.words or len(p.words) > len(words):
        return False
    first = p.words[0]
    for start, word in enumerate(words):
        if not same_word(first, word, prefix):
            continue
        if negation and start in sentence.negated_at:
            continue
        if _rest_follows(p.words[1:], words, start, prefix):
            return True
    return False


def _rest_follows(rest: tuple[str, ...], words: tuple[str, ...], at: int, prefix: bool) -> bool:
    position = at
    for wanted in rest:
        window = words[position + 1 : position + 2 + GAP]
        step = next((i for i, w in enumerate(window) if same_word(wanted, w, prefix)), None)
        if step is None:
            return False
        position += step + 1
    return True


class SentenceIndex:
    """Where each word occurs (sentence, position), so a phrase is looked up, not scanned
    for: the review of a 1,500-word answer stays within milliseconds."""

    def __init__(self, found: list[Sentence] | tuple[Sentence, ...]) -> None:
        self.sentences = tuple(found)
        self.occurrences: dict[str, list[tuple[int, int]]] = {}
        for s_index, sentence in enumerate(self.sentences):
            for position, word in enumerate(sentence.words):
                self.occurrences.setdefault(word, []).append((s_index, position))
        self.buckets: dict[str, list[str]] = {}
        for word in self.occurrences:
            if len(word) >= 6:
                self.buckets.setdefault(word[:5], []).append(word)
        self._matches: dict[tuple[str, bool], tuple[str, ...]] = {}

    def matches(self, word: str, prefix: bool) -> tuple[str, ...]:
        """The answer's words that count as `word`."""
        key = (word, prefix)
        if key not in self._matches:
            found = [word] if word in self.occurrences else []
            if prefix and len(word) >= 6:
                found += [
                    w
                    for w in self.buckets.get(word[:5], ())
                    if w != word and same_word(word, w, True)
                ]
            self._matches[key] = tuple(found)
        return self._matches[key]

    def first(self, p: Phrase, *, prefix: bool = True, negation: bool = True) -> int | None:
        """The index of the first sentence containing the phrase, or None."""
        if not p.words:
            return None
        starts = sorted(
            spot for word in self.matches(p.words[0], prefix) for spot in self.occurrences[word]
        )
        for s_index, position in starts:
            sentence = self.sentences[s_index]
            if negation and position in sentence.negated_at:
                continue
            if _rest_follows(p.words[1:], sentence.words, position, prefix):
                return s_index
        return None


SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])")
BULLET = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s*|>\s*)")
STARTS_BLOCK = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|#+\s|>|\||[A-Za-z_ ]{1,40}:\s*$)")


def _blocks(text: str) -> list[str]:
    """Paragraphs and list items, with wrapped lines joined: a sentence may span lines."""
    blocks: list[list[str]] = []
    for line in text.splitlines():
        if not line.strip():
            blocks.append([])
            continue
        if not blocks or not blocks[-1] or STARTS_BLOCK.match(line):
            blocks.append([line])
        else:
            blocks[-1].append(line.strip())
    return [" ".join(b) for b in blocks if b]


def sentences(text: str, phase: str, where: str) -> list[Sentence]:
    """The sentences of a phase's text (each list item or heading is one at least)."""
    found = []
    for block in _blocks(text):
        for piece in SPLIT.split(block):
            cleaned = BULLET.sub("", piece).strip().strip("|").strip()
            if len(cleaned) < 3:
                continue
            words, negated = words_of(cleaned)
            if words:
                text = " ".join(cleaned.split())[:MAX_SENTENCE_CHARS]
                found.append(Sentence(text, phase, where, words, negated))
    return found


def diagram_sentences(diagram: Diagram) -> list[Sentence]:
    """Each node and each labelled edge as a sentence a rubric concept can be found in."""
    found = []
    labels = {n.id: n.label for n in diagram.nodes}
    for node in diagram.nodes:
        words, negated = words_of(node.label)
        if words:
            found.append(
                Sentence(node.label, "diagram", f"diagram node '{node.label}'", words, negated)
            )
    for edge in diagram.edges:
        if not edge.label:
            continue
        text = f"{labels[edge.source]} -> {labels[edge.target]}: {edge.label}"
        words, negated = words_of(edge.label)
        if words:
            found.append(Sentence(text, "diagram", f"diagram edge '{text}'", words, negated))
    for group in diagram.groups:
        words, negated = words_of(group.title)
        if words:
            found.append(
                Sentence(group.title, "diagram", f"diagram group '{group.title}'", words, negated)
            )
    return found


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def word_count(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)
