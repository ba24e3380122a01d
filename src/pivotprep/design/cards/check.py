"""Checking a typed answer to a card, and the FSRS rating it earns.

- cloze: the answer must equal one of the accepted answers after normalising case, spaces,
  punctuation and leading articles; a near miss of a longer answer (one typo in
  "write-through") is accepted and said so.
- number: read with its unit ("86.4k", "1 TB", "5 ms") and accepted within the card's
  relative tolerance.
- choice: a letter (b), a number (2) or the option's text.

The rating comes from the answer, never from a self-rating alone: wrong -> Again; right
after more than `SLOW_SECONDS`, or only as a near miss -> Hard; right -> Good; right within
`FAST_SECONDS` -> Easy. A learner who says they guessed can only lower a rating (to Hard at
most), never raise it. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from pivotprep.core.errors import ValidationError
from pivotprep.design.review.numbers import parse_bytes, parse_count, parse_rate_bytes, to_float

SLOW_SECONDS = 45.0
FAST_SECONDS = 10.0
NEAR_MISS = 88
MAX_ANSWER = 300
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
DURATIONS = {
    "ns": 1e-9,
    "us": 1e-6,
    "µs": 1e-6,
    "ms": 1e-3,
    "s": 1.0,
    "sec": 1.0,
    "seconds": 1.0,
    "second": 1.0,
    "min": 60.0,
    "minutes": 60.0,
    "minute": 60.0,
    "h": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "day": 86400.0,
    "days": 86400.0,
}


@dataclass(frozen=True)
class CardSpec:
    kind: str
    answers: tuple[str, ...] = ()
    value: float | None = None
    unit: str = ""
    tolerance: float = 0.1
    options: tuple[str, ...] = ()
    correct: int | None = None


@dataclass(frozen=True)
class Checked:
    correct: bool
    near_miss: bool
    expected: str  # the right answer, as shown to the learner
    note: str


DURATION = re.compile(
    r"(\d[\d.,]*(?:e[+-]?\d+)?)\s*(ns|us|µs|ms|seconds|second|sec|s|minutes|minute|min|hours"
    r"|hour|h|days|day)\b"
)


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("-", " ").replace("_", " ")
    text = re.sub(r"[^\w\s'./%]", " ", text)
    text = re.sub(r"^(?:a|an|the)\s+", "", " ".join(text.split()))
    return text.strip(" .")


def _check_cloze(spec: CardSpec, answer: str) -> Checked:
    given = normalise(answer)
    expected = spec.answers[0]
    for accepted in spec.answers:
        if given == normalise(accepted):
            return Checked(True, False, expected, "")
    for accepted in spec.answers:
        target = normalise(accepted)
        if len(target) >= 6 and fuzz.ratio(given, target) >= NEAR_MISS:
            return Checked(True, True, expected, f"accepted as a near miss of “{accepted}”")
    return Checked(False, False, expected, "")


def read_number(answer: str, unit: str) -> float | None:
    """The value of a typed number in the card's unit (None when there is no number)."""
    text = answer.strip().lower()
    if unit == "bytes":
        return parse_bytes(text) or parse_count(text)
    if unit == "bytes/s":
        return parse_rate_bytes(text) or parse_count(text)
    if unit == "seconds":
        found = DURATION.search(text)
        if found:
            try:
                return to_float(found.group(1)) * DURATIONS[found.group(2)]
            except ValueError:
                return None
    return parse_count(text.replace("%", ""))


def _check_number(spec: CardSpec, answer: str) -> Checked:
    value = read_number(answer, spec.unit)
    if value is None:
        raise ValidationError(
            f"Type a number{' with its unit' if spec.unit in ('bytes', 'bytes/s') else ''}, "
            "such as 86400, 86.4k or 1.5e3.",
            field="answer",
        )
    target = float(spec.value or 0.0)
    ok = abs(value - target) <= spec.tolerance * abs(target) if target else value == 0
    shown = f"{target:,.6g} {spec.unit}".strip()
    return Checked(ok, False, shown, "" if ok else f"you typed {value:,.6g}")


def _check_choice(spec: CardSpec, answer: str) -> Checked:
    given = normalise(answer)
    index: int | None = None
    if re.fullmatch(r"[a-z]", given) and ord(given) - 97 < len(spec.options):
        index = ord(given) - 97
    elif given.isdigit() and 1 <= int(given) <= len(spec.options):
        index = int(given) - 1
    else:
        index = next((i for i, o in enumerate(spec.options) if normalise(o) == given), None)
    if index is None:
        letters = ", ".join(f"{chr(97 + i)}" for i in range(len(spec.options)))
        raise ValidationError(f"Answer with one of the letters {letters}.", field="answer")
    expected = f"{chr(97 + (spec.correct or 0))}) {spec.options[spec.correct or 0]}"
    return Checked(index == spec.correct, False, expected, "")


def check(spec: CardSpec, answer: str) -> Checked:
    """Whether `answer` is right for the card; ValidationError for an answer that cannot be
    read at all (an empty one, a word where a number is asked, a letter out of range)."""
    if len(answer) > MAX_ANSWER:
        raise ValidationError(f"An answer has at most {MAX_ANSWER} characters.", field="answer")
    if not answer.strip():
        raise ValidationError(
            "Type an answer first (an empty answer is not graded).", field="answer"
        )
    if spec.kind == "cloze":
        return _check_cloze(spec, answer)
    if spec.kind == "number":
        return _check_number(spec, answer)
    return _check_choice(spec, answer)


def rate(checked: Checked, seconds: float | None, guessed: bool = False) -> tuple[int, str]:
    """The FSRS rating (1-4) an answer earns, and the sentence that justifies it."""
    if not checked.correct:
        return AGAIN, f"wrong: the answer is {checked.expected}"
    if checked.near_miss:
        return HARD, f"right, {checked.note}"
    if seconds is not None and seconds > SLOW_SECONDS:
        return HARD, f"right, but it took {seconds:.0f} s"
    if guessed:
        return HARD, "right, but you said you guessed"
    if seconds is not None and seconds <= FAST_SECONDS:
        return EASY, f"right in {seconds:.0f} s"
    return GOOD, "right"
