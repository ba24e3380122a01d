"""Grading an estimation drill: read the number the learner typed in the drill's unit and
accept it within the drill's tolerance factor (2: anything from half to double). Pure."""

from __future__ import annotations

from dataclasses import dataclass

from pivotprep.core.errors import ValidationError
from pivotprep.design.review.numbers import (
    human,
    parse_bytes,
    parse_count,
    parse_rate_bytes,
    within,
)

MAX_ANSWER = 200
EXAMPLES = {"bytes": "40 TB", "bytes/s": "25 MB/s", "req/s": "12k", "seconds": "86400"}


@dataclass(frozen=True)
class DrillResult:
    value: float
    correct: bool
    ratio: float  # yours / expected
    expected: str
    verdict: str


def read_answer(answer: str, unit: str) -> float:
    """The value typed, in the drill's unit; ValidationError when there is none."""
    text = (answer or "").strip()
    if len(text) > MAX_ANSWER:
        raise ValidationError(f"An answer has at most {MAX_ANSWER} characters.", field="answer")
    if unit == "bytes":
        value = parse_bytes(text)
    elif unit == "bytes/s":
        value = parse_rate_bytes(text) or parse_bytes(text)
    else:
        value = parse_count(text)
    if value is None or value <= 0:
        example = EXAMPLES.get(unit, "1.5k")
        needs_unit = " with its unit" if unit in ("bytes", "bytes/s") else ""
        raise ValidationError(
            f"That is not a number{needs_unit}: type something like {example}.", field="answer"
        )
    return value


def grade(answer: str, expected: float, unit: str, tolerance: float) -> DrillResult:
    value = read_answer(answer, unit)
    ok = within(value, expected, tolerance)
    ratio = value / expected
    shown = human(expected, unit if unit in ("bytes", "bytes/s") else "")
    if ok:
        verdict = f"within {tolerance:g}x of {shown}"
    else:
        direction = "high" if ratio > 1 else "low"
        off = ratio if ratio > 1 else 1 / ratio
        verdict = f"{off:.1f}x too {direction}: the answer is about {shown}"
    return DrillResult(value, ok, ratio, shown, verdict)
