"""What the analyzer reports: the finding codes, their names and severities, and the
`Finding` each check returns. Pure.

Finding codes (also used by the labelled set in content/behavioral/labelled/):
missing_situation, missing_task, missing_action, missing_result, unquantified_result,
we_ownership, vague_actions, result_first, filler, hedging, jargon, long_setup,
too_long, too_short, off_topic (only when the story is read against a question).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

FINDING_CODES = (
    "missing_situation",
    "missing_task",
    "missing_action",
    "missing_result",
    "unquantified_result",
    "we_ownership",
    "vague_actions",
    "result_first",
    "filler",
    "hedging",
    "jargon",
    "long_setup",
    "too_long",
    "too_short",
    "off_topic",
)
# What each finding is called where people read it (a history, a summary); the code
# stays the key in stored analyses and the labelled set.
FINDING_NAMES = {
    "missing_situation": "No situation",
    "missing_task": "No task",
    "missing_action": "No actions",
    "missing_result": "No result",
    "unquantified_result": "Result without a number",
    "we_ownership": "“We” instead of “I”",
    "vague_actions": "Vague actions",
    "result_first": "Result told first",
    "filler": "Filler words",
    "hedging": "Hedging",
    "jargon": "Jargon from your old field",
    "long_setup": "Long setup",
    "too_long": "Too long",
    "too_short": "Too short",
    "off_topic": "Does not answer the question",
}


def finding_name(code: str) -> str:
    """The human name of a finding code (a code this version no longer has: made readable)."""
    return FINDING_NAMES.get(code) or code.replace("_", " ").capitalize()


SEVERITY = {
    "missing_action": "high",
    "missing_result": "high",
    "missing_situation": "medium",
    "we_ownership": "high",
    "unquantified_result": "medium",
    "vague_actions": "medium",
    "missing_task": "low",
    "result_first": "low",
    "filler": "low",
    "hedging": "medium",
    "jargon": "medium",
    "long_setup": "medium",
    "too_long": "medium",
    "too_short": "low",
    "off_topic": "high",
}


# `pivotprep.resume.report.translation.find_jargon`: (text, domain) -> hits with .term, .start,
# .end and .suggestion. Passed in, so the checks stay pure.
JargonFinder = Callable[[str, str | None], Sequence[Any]]


@dataclass(frozen=True)
class Finding:
    code: str
    message: str  # what is wrong, naming the sentences
    fix: str  # what to do about it
    sentences: tuple[int, ...] = ()  # indices of the sentences it is about
    quotes: tuple[str, ...] = ()
    details: tuple[str, ...] = ()  # the words that triggered it
    severity: str = field(default="medium")

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "fix": self.fix,
            "sentences": list(self.sentences),
            "quotes": list(self.quotes),
            "details": list(self.details),
            "severity": self.severity,
        }
