"""The whole review of one written design: rubric items with evidence, trade-offs counted,
time per phase against the suggested split, the numbers rechecked and follow-up questions
chosen from what was missed. A session and a pasted answer get the same review. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from pivotprep.core.errors import UserError
from pivotprep.design.content import KIND_TITLES, Phase, Prompt, expand
from pivotprep.design.diagram.parse import parse
from pivotprep.design.review.estimates import Assumption, NumberCheck, check_numbers
from pivotprep.design.review.rubric import (
    COVERED,
    MISSING,
    PARTLY,
    ItemResult,
    ItemSpec,
    ReviewSettings,
    item_spec,
    review_items,
)
from pivotprep.design.review.text import Sentence, diagram_sentences, sentences, words_of
from pivotprep.design.review.worksheet import UNSORTED

TRADEOFF = re.compile(
    r"\b(?:vs\.?|versus|instead of|trade[- ]?offs?|at the cost of|rather than|in exchange for|"
    r"the downside|the price (?:is|we pay)|we give up|pros and cons|the cost is|on the other hand|"
    r"but (?:it )?costs?|which costs|cheaper but|simpler but|faster but|slower but)\b",
    re.IGNORECASE,
)
FOLLOWUPS = 3
OVER = 1.25  # a phase over 125% of its suggested time is called out


@dataclass(frozen=True)
class PhaseTime:
    phase: str
    title: str
    suggested: int  # minutes
    spent: float | None  # minutes; None when not timed
    words: int
    verdict: str


@dataclass(frozen=True)
class TradeOff:
    quote: str
    where: str
    marker: str


@dataclass(frozen=True)
class Review:
    prompt_id: str
    prompt_title: str
    items: tuple[ItemResult, ...]
    tradeoffs: tuple[TradeOff, ...]
    phases: tuple[PhaseTime, ...]
    assumptions: tuple[Assumption, ...]
    numbers: tuple[NumberCheck, ...]
    followups: tuple[str, ...]
    diagram_error: str | None
    diagram_nodes: int
    words: int
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> dict[str, int]:
        return {s: sum(1 for i in self.items if i.status == s) for s in (COVERED, PARTLY, MISSING)}

    @property
    def score(self) -> int:
        """Covered items count 1, partly 0.5; as a percentage of the rubric."""
        if not self.items:
            return 0
        points = sum(
            1.0 if i.status == COVERED else 0.5 if i.status == PARTLY else 0.0 for i in self.items
        )
        return round(100 * points / len(self.items))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = self.counts
        data["score"] = self.score
        return data


def rubric_specs(prompt: Prompt) -> list[ItemSpec]:
    return [
        item_spec(
            item.id,
            item.kind,
            item.title,
            item.expects,
            item.need,
            [(c.name, expand(c.terms)) for c in item.concepts],
        )
        for item in prompt.rubric
    ]


GENERIC = frozenset(
    # words of a prompt's title and summary that every design uses: they say nothing
    # about whether an answer is about this prompt
    [
        "design",
        "system",
        "service",
        "build",
        "one",
        "ones",
        "turn",
        "make",
        "many",
        "large",
        "fast",
        "quick",
        "quickly",
        "million",
        "billion",
        "thousand",
        "every",
        "each",
        "new",
        "reliable",
        "reliably",
        "safe",
        "safely",
        "team",
        "teams",
        "company",
        "production",
        "real",
        "time",
        "within",
        "minute",
        "minutes",
        "day",
        "days",
        "without",
        "across",
        "cheap",
        "cheaply",
        "scale",
        "who",
        "let",
        "keep",
        "kept",
        "find",
        "use",
        "used",
        "into",
        "with",
        "for",
        "from",
        "have",
        "has",
        "when",
        "per",
        "enough",
        "tell",
        "their",
        "them",
        "then",
        "than",
        "while",
        "what",
        "where",
        "how",
        "data",
        "database",
        "table",
        "model",
        "stream",
        "api",
        "server",
        "request",
        "latency",
        "key",
        "user",
        "users",
        "app",
        "show",
        "people",
        "week",
        "weeks",
        "late",
        "performance",
        "monitor",
        "change",
        "update",
        "insert",
        "delete",
        "public",
        "fleet",
        "distribut",
        "accurately",
        "adding",
        "run",
        "right",
        "wrong",
        "platform",
        "pipeline",
        "job",
        "jobs",
        "way",
        "ways",
    ]
)


def topic_words(prompt: Prompt) -> tuple[str, ...]:
    """The stemmed words of the prompt's title and summary that name its topic ("short",
    "link", "redirect" for a URL shortener), minus words every design uses."""
    words, _ = words_of(f"{prompt.title}. {prompt.summary}")
    return tuple(
        dict.fromkeys(w for w in words if w not in GENERIC and len(w) > 2 and not w.isdigit())
    )


def answer_sentences(
    texts: Mapping[str, str], phases: Sequence[Phase], diagram: str
) -> tuple[list[Sentence], int, str | None]:
    """Every sentence of the worksheet and the diagram; the diagram's node count and its
    error (the raw text is reviewed whatever the diagram's state)."""
    titles = {p.id: p.title for p in phases}
    found: list[Sentence] = []
    for phase_id, text in texts.items():
        where = titles.get(phase_id, "your answer" if phase_id == UNSORTED else phase_id)
        found.extend(sentences(text, phase_id, where))
    nodes, error = 0, None
    if diagram.strip():
        try:
            parsed = parse(diagram)
            nodes = len(parsed.nodes)
            found.extend(diagram_sentences(parsed))
        except UserError as problem:
            error = problem.message
    return found, nodes, error


def count_tradeoffs(found: Sequence[Sentence]) -> list[TradeOff]:
    out = []
    for sentence in found:
        if sentence.phase == "diagram":
            continue
        match = TRADEOFF.search(sentence.text)
        if match:
            out.append(TradeOff(sentence.quote, sentence.where, match.group(0)))
    return out


def phase_times(
    phases: Sequence[Phase],
    minutes: int,
    texts: Mapping[str, str],
    seconds: Mapping[str, float] | None,
) -> list[PhaseTime]:
    rows = []
    for phase in phases:
        suggested = phase.minutes.get(minutes, 0)
        words = len(texts.get(phase.id, "").split())
        spent = None if seconds is None else round(seconds.get(phase.id, 0.0) / 60, 1)
        rows.append(
            PhaseTime(
                phase.id, phase.title, suggested, spent, words, _verdict(suggested, spent, words)
            )
        )
    return rows


def _verdict(suggested: int, spent: float | None, words: int) -> str:
    if words == 0:
        return "empty: nothing was written in this phase"
    if spent is None:
        return "not timed"
    if spent > suggested * OVER:
        return f"over by {spent - suggested:.0f} min"
    if spent < suggested * 0.4:
        return "much shorter than suggested"
    return "on time"


def choose_followups(prompt: Prompt, items: Sequence[ItemResult]) -> list[str]:
    """Follow-ups that probe what was missed (missing weighs 2, partly 1); when nothing
    was missed, the prompt's last (hardest) questions."""
    status = {i.id: i.status for i in items}
    weight = {MISSING: 2, PARTLY: 1, COVERED: 0}
    scored = [
        (sum(weight[status.get(p, COVERED)] for p in f.probes), -index, f.question)
        for index, f in enumerate(prompt.followups)
    ]
    picked = [q for score, _, q in sorted(scored, reverse=True) if score > 0][:FOLLOWUPS]
    if not picked:
        picked = [f.question for f in prompt.followups[-2:]]
    return picked


def review_answer(
    prompt: Prompt,
    phases: Sequence[Phase],
    texts: Mapping[str, str],
    diagram: str = "",
    *,
    minutes: int = 45,
    seconds: Mapping[str, float] | None = None,
    settings: ReviewSettings | None = None,
) -> Review:
    """Review a worksheet (phase id -> text, plus the diagram source) against `prompt`."""
    found, nodes, error = answer_sentences(texts, phases, diagram)
    items = review_items(rubric_specs(prompt), found, settings, topic_words(prompt))
    numbers_in = [s.text for s in found if s.phase != "diagram"]
    assumptions, numbers = check_numbers(numbers_in)
    words = sum(len(t.split()) for t in texts.values())
    notes = _notes(words, error, items)
    timed = (
        []
        if not any(p in texts for p in (ph.id for ph in phases)) and seconds is None
        else (phase_times(phases, minutes, texts, seconds))
    )
    return Review(
        prompt.id,
        prompt.title,
        tuple(items),
        tuple(count_tradeoffs(found)),
        tuple(timed),
        tuple(assumptions),
        tuple(numbers),
        tuple(choose_followups(prompt, items)),
        error,
        nodes,
        words,
        tuple(notes),
    )


def _notes(words: int, error: str | None, items: Sequence[ItemResult]) -> list[str]:
    notes = []
    if words == 0:
        notes.append("Nothing is written yet: every rubric item is missing.")
    if error:
        notes.append("The diagram did not parse, so its nodes are not evidence; the text is.")
    missing_kinds = [KIND_TITLES[i.kind] for i in items if i.status == MISSING]
    if missing_kinds:
        notes.append("Missing: " + ", ".join(dict.fromkeys(missing_kinds)) + ".")
    return notes
