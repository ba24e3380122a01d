"""The interviewer's script for one round, built from the item the round draws on. Pure.

The opening is the statement without the facts a candidate should ask for: a coding
problem's constraints, a SQL problem's data notes, a design scenario's numbers. Those are
released one topic at a time when a question asks about them (`answer_question`). Then
the follow-ups (after a pass, or after the answer), the hints (each costs points) and the
close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pivotprep.mock.content import pack

_SECTION = re.compile(r"^##\s+(.+)$", re.M)
_BULLET = re.compile(r"^\s*[-*]\s+(.+)$", re.M)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`(])")
_WORD = re.compile(r"[a-z0-9^]+")
_EDGE = re.compile(
    r"\b(empty|allowed|duplicates?|ties?|null|none|negative|zero|invalid|raise|missing|"
    r"without|may|if|at least|at most one|never|always|unless)\b",
    re.I,
)
_SIZE = re.compile(r"len\(|\blength\b|number of|\bn\b|\brows?\b|\bsizes?\b", re.I)
_NOTE = re.compile(r"\(([^()]*\s[^()]*)\)")  # a parenthetical remark, not len(xs)


@dataclass(frozen=True)
class Script:
    opening: str  # Markdown
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # topic -> facts
    hints: tuple[str, ...] = ()
    followups: tuple[str, ...] = ()
    close: str = ""


@dataclass(frozen=True)
class Reply:
    topic: str | None  # None: the question is about nothing the script knows
    text: str
    released: bool  # True: facts of the item were released


def _split_section(markdown: str, heading: str) -> tuple[str, str]:
    """(the text before `## heading`, the section's body) - ("", ...) when absent."""
    for match in _SECTION.finditer(markdown):
        if match.group(1).strip().lower() == heading:
            rest = markdown[match.end() :]
            following = _SECTION.search(rest)
            body = rest[: following.start()] if following else rest
            tail = rest[following.start() :] if following else ""
            return (markdown[: match.start()] + tail).rstrip() + "\n", body.strip()
    return markdown, ""


def classify(fact: str) -> str:
    """Which topic a fact answers: sizes, edge cases, or value ranges."""
    if _SIZE.search(fact) and ("<" in fact or "10^" in fact):
        return "size"
    if _EDGE.search(fact):
        return "edge"
    return "size" if _SIZE.search(fact) else "values"


def _parts(line: str) -> list[str]:
    """The facts of a constraint line: its ";"-separated parts; a remark in parentheses
    after a size or range is a fact of its own, after an edge case it stays with it."""
    out = []
    for part in (p.strip() for p in line.split(";")):
        notes = _NOTE.findall(part)
        main = _NOTE.sub("", part).strip(" .")
        if notes and classify(main) != "edge":
            out += [main, *notes]
        elif part:
            out.append(part)
    return out


def _facts_from(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """Facts by topic; a remark in parentheses ("(empty is allowed)") is a fact of its own."""
    out: dict[str, list[str]] = {}
    for line in lines:
        for part in _parts(line):
            if part:
                out.setdefault(classify(part), []).append(part)
    return {k: tuple(v) for k, v in out.items()}


def coding_script(statement: str, hints: tuple[str, ...], kind: str) -> Script:
    """A coding problem's (or SQL problem's) script."""
    followups = pack().followups[kind]
    if kind == "sql":
        opening, data = _split_section(statement, "data")
        facts: dict[str, tuple[str, ...]] = {"data": (data,)} if data else {}
        edge = tuple(s for s in _SENTENCE.split(_plain(opening)) if _EDGE.search(s))
        if edge:
            facts["edge"] = edge
        return Script(opening, facts, hints, followups, pack().close)
    opening, constraints = _split_section(statement, "constraints")
    lines = _BULLET.findall(constraints) or ([constraints] if constraints else [])
    return Script(opening, _facts_from(lines), hints, followups, pack().close)


def _plain(markdown: str) -> str:
    text = re.sub(r"```.*?```", " ", markdown, flags=re.S)
    return " ".join(line for line in text.splitlines() if not line.startswith("#"))


def design_script(scenario: str, summary: str, followups: tuple[str, ...]) -> Script:
    """A design prompt's script: the numbers of the scenario are released when asked."""
    sentences = [s.strip() for s in _SENTENCE.split(" ".join(scenario.split())) if s.strip()]
    numbers = tuple(s for s in sentences if re.search(r"\d", s))
    opening = " ".join(s for s in sentences if s not in numbers)
    facts: dict[str, tuple[str, ...]] = {"goal": (summary,)}
    if numbers:
        facts["size"] = numbers
    return Script(opening, facts, (), followups + pack().followups["design"], pack().close)


def behavioral_script(question: str) -> Script:
    facts: dict[str, tuple[str, ...]] = {
        "goal": (
            "One specific situation from any job, your part in it, and how it ended. "
            "About two minutes spoken.",
        )
    }
    return Script(question, facts, (), pack().followups["behavioral"], pack().close)


_CHECK_WORDS = {
    "install": "install it from a clean slate with only the dependencies you declared",
    "tests": "run your tests",
    "serve": "start the service on a local port",
    "probe": "send it valid requests and malformed ones (missing fields, wrong types, huge "
    "payloads)",
    "readme": "follow your README's setup, run and test commands",
    "dependencies": "compare your imports with your declared dependencies",
    "notebooks": "run each notebook top to bottom",
    "secrets": "look for committed secrets",
}


def takehome_script(
    title: str,
    scenario: str,
    deliverables: tuple[str, ...],
    checks: tuple[str, ...],
    stretch: str,
) -> Script:
    """A take-home brief's script: the brief is the opening; what the reviewer will try is
    released when asked about edge cases or the goal; the walkthrough follows the check."""
    items = "\n".join(f"- {d}" for d in deliverables)
    opening = (
        f"**{title}**\n\n{' '.join(scenario.split())}\n\nWhat to hand in:\n\n{items}\n\n"
        "You have 4 hours. Submit the project folder (or a zip) when you are done: it is "
        "checked the way a reviewer would try it, then we walk through it together."
    )
    tried = "; ".join(_CHECK_WORDS[c] for c in checks if c in _CHECK_WORDS)
    facts: dict[str, tuple[str, ...]] = {
        "goal": (f"The reviewer will {tried}.", f"Stretch, if time allows: {stretch}"),
        "edge": (
            "Bad input is part of the brief: a missing field or a wrong type must be refused "
            "with a clear error, never a crash.",
        ),
    }
    stretch_question = f"The stretch goal was: {stretch} How would you approach it with a day more?"
    followups = (*pack().followups["take-home"], stretch_question)
    return Script(opening, facts, (), followups, pack().close)


def topic_of(question: str) -> str | None:
    """The topic a free-text question asks about (most matching words), or None."""
    words = _WORD.findall(question.lower())
    text = " ".join(words)
    best, hits = None, 0
    for name, topic in pack().topics.items():
        count = sum(1 for w in topic.words if (w in words) or ("^" in w and w in text))
        if count > hits:
            best, hits = name, count
    return best


def answer_question(script: Script, question: str) -> Reply:
    """The interviewer's answer: the item's facts on the topic asked, else the topic's
    fallback, else an invitation to state an assumption."""
    topic = topic_of(question)
    if topic is None:
        return Reply(None, pack().unmatched, False)
    facts = script.facts.get(topic)
    if facts:
        return Reply(topic, " ".join(facts), True)
    return Reply(topic, pack().topics[topic].fallback, False)
