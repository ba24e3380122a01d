"""Analyse a STAR story: sentences with labels and reasons, components present / weak /
missing, findings that quote their sentences, and a score that shows its parts. Pure.

`analyze(text)` takes free text (a story written in the four S/T/A/R boxes arrives as
one text, each box under its heading). Past-domain jargon comes from a finder passed in
(the ATS translation map in production), so this module does no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pivotprep.core.errors import InputTooLargeError, ValidationError
from pivotprep.core.language import WORD, english_share, foreign_share, script_reason
from pivotprep.stories.analyzer.checks import structure_findings
from pivotprep.stories.analyzer.delivery import WORDS_PER_MINUTE, delivery_findings
from pivotprep.stories.analyzer.findings import SEVERITY, Finding, JargonFinder
from pivotprep.stories.analyzer.jargon import find_story_jargon
from pivotprep.stories.analyzer.labels import NAMES, LabelledSentence, label_sentences
from pivotprep.stories.analyzer.relevance import off_topic
from pivotprep.stories.analyzer.sentences import split_sentences

MAX_CHARS = 20_000  # about 3,000 words: six times the longest story worth telling
MAX_WORDS = 3_000
MIN_ENGLISH_SHARE = 0.15  # English prose has 35-50% stop words
# Terse English notes ("S: Deployed migration without testing rollback") can fall to
# 10-15% stop words; under the share above, a text is refused only when it has more
# foreign function words than English ones, or almost no English ones at all.
FLOOR_ENGLISH_SHARE = 0.05
WEIGHTS = {"S": 15, "T": 10, "A": 35, "R": 25}
DELIVERY_POINTS = 15
DELIVERY_CODES = ("filler", "hedging", "jargon", "long_setup", "too_long", "too_short")
OFF_TOPIC_PENALTY = 40  # a good story for another question does not answer this one


class EmptyStoryError(ValidationError):
    """Nothing to analyse."""


class NotEnglishError(ValidationError):
    """The analyzer reads English only."""


@dataclass(frozen=True)
class Component:
    key: str  # S, T, A, R
    name: str
    status: str  # present, weak, missing
    sentences: tuple[int, ...]
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "status": self.status,
            "sentences": list(self.sentences),
            "note": self.note,
        }


@dataclass(frozen=True)
class Analysis:
    sentences: list[LabelledSentence]
    components: list[Component]
    findings: list[Finding]
    words: int
    score: int
    score_parts: dict[str, int] = field(default_factory=dict)

    @property
    def spoken_minutes(self) -> float:
        return self.words / WORDS_PER_MINUTE

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    @property
    def to_fix(self) -> tuple[str, ...]:
        """The codes of the findings worth fixing before telling the story, in order
        ("too short" is left out: a short story is not wrong, only brief)."""
        return tuple(f.code for f in self.findings if f.code != "too_short")

    def findings_for(self, index: int) -> list[Finding]:
        return [f for f in self.findings if index in f.sentences]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able summary, stored with practice attempts."""
        return {
            "score": self.score,
            "score_parts": self.score_parts,
            "words": self.words,
            "spoken_minutes": round(self.spoken_minutes, 2),
            "components": [c.to_dict() for c in self.components],
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [
                {
                    "index": s.sentence.index,
                    "text": s.text,
                    "label": s.label,
                    "also": list(s.also),
                    "reasons": s.reasons,
                }
                for s in self.sentences
            ],
        }


def count_words(text: str) -> int:
    return len(text.split())


def check_size(text: str, *, field_name: str = "text", what: str = "story") -> None:
    """Refuse a paste over the limits before doing any work on it (bounded time).

    Both words and characters are limited, and the message names the one that is over:
    a text without spaces (Chinese, Japanese, a pasted blob) is one "word" long, so a
    word count alone would say "1 words" for 50,000 characters.
    """
    words = count_words(text[: MAX_CHARS + 1])
    if words > MAX_WORDS:
        raise InputTooLargeError(
            f"This {what} is {count_words(text):,} words long; the limit is {MAX_WORDS:,} words "
            f"({MAX_CHARS:,} characters). A spoken answer is 225-450 words: paste one story "
            "at a time.",
            field=field_name,
        )
    if len(text) > MAX_CHARS:
        raise InputTooLargeError(
            f"This {what} is {len(text):,} characters long; the limit is {MAX_CHARS:,} "
            f"characters (about {MAX_WORDS:,} words). A spoken answer is 225-450 words: paste "
            "one story at a time.",
            field=field_name,
        )


def not_english_reason(text: str) -> str:
    """Why `text` does not look like English, or "" when it does.

    Mostly non-Latin letters (Chinese, Japanese, Korean, Cyrillic, Arabic ...) is never
    English, however short. Latin-script text is judged by its share of common English
    words; a short one (under 8 words) gets the benefit of the doubt.
    """
    script = script_reason(text)
    if script:
        return script
    tokens = WORD.findall(text)
    share = english_share(text)
    if len(tokens) >= 8 and share < MIN_ENGLISH_SHARE:
        foreign = foreign_share(text)
        if foreign >= share or share < FLOOR_ENGLISH_SHARE:
            return f"only {share:.0%} common English words"
    return ""


def looks_english(text: str) -> bool:
    """Latin script, and a stop-word ratio: short Latin texts get the benefit of the doubt."""
    return not not_english_reason(text)


def _components(labelled: list[LabelledSentence], codes: set[str]) -> list[Component]:
    def picked(key: str) -> tuple[int, ...]:
        return tuple(s.sentence.index for s in labelled if s.label == key or key in s.also)

    out = []
    notes = {
        "S": {"missing": "No context: where, when, what was wrong.", "weak": "Only a fragment."},
        "T": {"missing": "Your goal or responsibility is not said.", "weak": "Only implied."},
        "A": {
            "missing": "Nothing you did is told.",
            "weak": "Told as “we”, in generic verbs, or in a few words.",
        },
        "R": {"missing": "No outcome.", "weak": "An outcome without a number, or a lesson alone."},
    }
    for key in ("S", "T", "A", "R"):
        indices = picked(key)
        status = "present" if indices else "missing"
        if key == "S" and indices and sum(labelled[i].features.words for i in indices) < 8:
            status = "weak"
        if key == "T" and indices and not any(labelled[i].label == "T" for i in indices):
            status = "weak"
        if key == "S" and not indices and labelled and "missing_situation" not in codes:
            status = "weak"  # the scene is set inside the opening task sentence
        if key == "T" and not indices and picked("S") and "missing_task" not in codes:
            status = "weak"  # read off the problem the situation states
        if key == "A" and indices and codes & {"we_ownership", "vague_actions"}:
            status = "weak"
        if key == "A" and indices and sum(labelled[i].features.words for i in indices) < 15:
            status = "weak"  # one short act is thin: "I rushed it and didn't train them"
        if key == "R" and indices and "unquantified_result" in codes:
            status = "weak"
        if key == "R" and indices and all(_lesson_only(labelled[i]) for i in indices):
            status = "weak"  # a lesson drawn, but no outcome told
        if key == "S" and "missing_situation" in codes:
            status = "missing"
        note = notes[key].get(status, f"{len(indices)} sentence(s).")
        out.append(Component(key, NAMES[key], status, indices, note))
    return out


def _lesson_only(s: LabelledSentence) -> bool:
    """ "I learned that you need buy-in first": the lesson, with no outcome of its own."""
    f = s.features
    return bool(f.lesson or s.sentence.lesson) and not (
        f.measures or f.numbers or f.outcome_phrases or f.measured_outcome
    )


def _score(components: list[Component], codes: set[str]) -> tuple[int, dict[str, int]]:
    parts: dict[str, int] = {}
    for component in components:
        full = WEIGHTS[component.key]
        parts[component.name] = {"present": full, "weak": full // 2, "missing": 0}[component.status]
    lost = 5 * len(codes & set(DELIVERY_CODES))
    parts["Delivery"] = max(0, DELIVERY_POINTS - lost)
    if "off_topic" in codes:
        parts["Fits the question"] = -OFF_TOPIC_PENALTY
    return max(0, sum(parts.values())), parts


def _off_topic_finding(question: str, labelled: list[LabelledSentence]) -> list[Finding]:
    found = off_topic(question, labelled)
    if found is None:
        return []
    about = found.sentence
    return [
        Finding(
            code="off_topic",
            message=f"The question asks about {found.asks}, but this story does not tell one: "
            f"it is about “{about.text}”.",
            fix="Pick a story where that moment happened, or open with it: say in the first "
            "two sentences where the "
            + found.asks.removeprefix("a ").removeprefix("an ")
            + " was and what was at stake.",
            sentences=(about.sentence.index,),
            quotes=(about.text,),
            severity=SEVERITY["off_topic"],
        )
    ]


def analyze(
    text: str,
    *,
    domain: str | None = None,
    jargon_finder: JargonFinder | None = None,
    question: str | None = None,
) -> Analysis:
    """Analyse one story told as free text, and, given the `question` it answers, whether
    it answers it. Raises on empty, oversized or non-English text."""
    check_size(text)
    if not text.strip() or not WORD.search(text):
        raise EmptyStoryError(
            "The story is empty. Write it as free text, or fill the Situation, Task, Action "
            "and Result boxes.",
            field="text",
        )
    reason = not_english_reason(text)
    if reason:
        raise NotEnglishError(
            f"This text does not look like English ({reason}). The analyzer reads English.",
            field="text",
        )
    sentences = split_sentences(text)
    if not sentences:  # only a "Q:" line: the question without its answer
        raise EmptyStoryError(
            "Only the question is here. Write your answer below it.", field="text"
        )
    labelled = label_sentences(sentences)
    words = count_words(text)
    findings = structure_findings(labelled)
    jargon = find_story_jargon(text, labelled, domain, jargon_finder)
    findings += delivery_findings(labelled, words, jargon)
    findings += _off_topic_finding(question or "", labelled)
    codes = {f.code for f in findings}
    components = _components(labelled, codes)
    score, parts = _score(components, codes)
    return Analysis(labelled, components, findings, words, score, parts)


def join_fields(situation: str = "", task: str = "", action: str = "", result: str = "") -> str:
    """The four boxes as one story, in STAR order, each box its own paragraph."""
    parts = [p.strip() for p in (situation, task, action, result) if p and p.strip()]
    return "\n\n".join(parts)
