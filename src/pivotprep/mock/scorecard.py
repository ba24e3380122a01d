"""A round's scorecard from what the candidate did, never from how it felt. Pure.

Three 4-point scales (technical, problem solving, communication) and advance yes/no, each
score listing the evidence it rests on: a sentence and the event (index and round time) it
comes from, so a page can link every score to the moment it points at. The rules are
written out below so the learner can see why a score is what it is; `bench/mock_scorecards.py`
checks them against scores given by hand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

SCALES = ("technical", "problem_solving", "communication")
SUBSTANTIAL_WORDS = 12  # a follow-up reply or closing question shorter than this is a shrug
MANY_FAILS = 3  # failing runs before the first pass that read as guessing
_TESTS = re.compile(
    r"\b(tests?|testing|edge cases?|empty|assert|unit|case where|property|fuzz|boundary)\b", re.I
)
_DESIGN_OPS = re.compile(r"\b(monitor\w*|alert\w*|metric\w*|trade-?offs?|p99|latency|sla)\b", re.I)


@dataclass(frozen=True)
class Evidence:
    text: str
    event: int | None = None  # index into the round's events
    t: float | None = None  # round seconds


@dataclass(frozen=True)
class Score:
    scale: str
    value: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Scorecard:
    kind: str
    scores: tuple[Score, ...]
    advance: bool
    advance_reason: str
    notes: tuple[str, ...] = field(default_factory=tuple)

    def value(self, scale: str) -> int:
        return next(s.value for s in self.scores if s.scale == scale)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def clock_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _clamp(value: int) -> int:
    return max(1, min(4, value))


def _of(events: Sequence[dict[str, Any]], kind: str) -> list[tuple[int, dict[str, Any]]]:
    return [(i, e) for i, e in enumerate(events) if e.get("kind") == kind]


def _ev(text: str, index: int | None, events: Sequence[dict[str, Any]]) -> Evidence:
    t = float(events[index].get("t", 0.0)) if index is not None else None
    stamp = f" at {clock_text(t)}" if t is not None else ""
    return Evidence(text + stamp, index, t)


def _first_work(events: Sequence[dict[str, Any]]) -> int | None:
    """The index of the first run, answer or submission: clarifying questions count before
    it."""
    return next(
        (i for i, e in enumerate(events) if e.get("kind") in ("run", "answer", "check")), None
    )


def _words(text: object) -> int:
    return len(str(text or "").split())


def _technical_code(events: Sequence[dict[str, Any]], minutes: int) -> Score:
    runs = _of(events, "run")
    if not runs:
        return Score("technical", 1, (Evidence("No run of the code during the round."),))
    passing = [(i, e) for i, e in runs if e.get("passed")]
    if not passing:
        best_i, best = max(runs, key=lambda r: _ratio(r[1]))
        text = f"Best run passed {best.get('cases_passed', 0)}/{best.get('cases_total', 0)} cases"
        return Score("technical", 2 if _ratio(best) >= 0.5 else 1, (_ev(text, best_i, events),))
    i, first = passing[0]
    cases = f"{first.get('cases_passed', 0)}/{first.get('cases_total', 0)}"
    evidence = [_ev(f"First passing run ({cases} cases)", i, events)]
    complexity = next(
        (e.get("complexity") for _, e in reversed(passing) if e.get("complexity")), None
    )
    if complexity:
        evidence.append(Evidence(f"Complexity against the reference: {complexity}"))
    if complexity == "worse":
        return Score("technical", 2, tuple(evidence))
    in_time = float(first.get("t", 0)) <= minutes * 60
    if not in_time:
        evidence.append(Evidence(f"The pass came after the {minutes} minutes of the round"))
    return Score("technical", 4 if in_time else 3, tuple(evidence))


def _technical_takehome(events: Sequence[dict[str, Any]]) -> Score:
    """A take-home is scored on what a reviewer finds when trying it: the portfolio check's
    score, the failures that stop a reviewer (no install, failing tests), and lateness."""
    checks = _of(events, "check")
    if not checks:
        return Score("technical", 1, (Evidence("Nothing was submitted."),))
    i, check = checks[-1]
    score = int(check.get("score", 0))
    evidence = [_ev(f"Portfolio check {check.get('check_id')}: {score}/100", i, events)]
    failed = check.get("failed") or []
    if failed:
        evidence.append(Evidence("Failed: " + ", ".join(str(f) for f in failed)))
    value = 4 if score >= 80 else 3 if score >= 70 else 2 if score >= 45 else 1
    blocked = check.get("blocked") or []
    if blocked:
        value = min(value, 2 if score >= 45 else 1)
        evidence.append(Evidence("A reviewer stops at: " + ", ".join(str(b) for b in blocked)))
    if check.get("late"):
        value -= 1
        evidence.append(Evidence("Submitted after the 4-hour clock ran out"))
    return Score("technical", _clamp(value), tuple(evidence))


def _ratio(run: dict[str, Any]) -> float:
    total = int(run.get("cases_total") or 0)
    return int(run.get("cases_passed") or 0) / total if total else 0.0


def _technical_answer(events: Sequence[dict[str, Any]], kind: str) -> Score:
    answers = _of(events, "answer")
    if not answers:
        return Score("technical", 1, (Evidence("No answer was given."),))
    i, answer = answers[-1]
    if kind == "design":
        cover = int(answer.get("coverage", 0))
        text = f"Rubric coverage {cover}% ({answer.get('covered', 0)} covered, " + (
            f"{answer.get('partly', 0)} partly, {len(answer.get('missing', []))} missing)"
        )
    else:
        cover = int(answer.get("score", 0))
        text = f"STAR analysis score {cover}/100"
    value = 4 if cover >= 75 else 3 if cover >= 55 else 2 if cover >= 35 else 1
    evidence = [_ev(text, i, events)]
    missing = answer.get("missing") or []
    if missing:
        evidence.append(Evidence("Missing: " + ", ".join(str(m) for m in missing[:5])))
    if kind == "behavioral" and float(answer.get("relevance", 1.0)) < 0.1:
        value -= 1
        evidence.append(Evidence("The answer shares almost no words with the question"))
    return Score("technical", _clamp(value), tuple(evidence))


def _clarified(events: Sequence[dict[str, Any]]) -> list[int]:
    first = _first_work(events)
    return [i for i, _ in _of(events, "ask") if first is None or i < first]


def _replies(events: Sequence[dict[str, Any]]) -> list[int]:
    return [i for i, e in _of(events, "reply") if _words(e.get("text")) >= SUBSTANTIAL_WORDS]


def _problem_solving(events: Sequence[dict[str, Any]], kind: str, cost: int) -> Score:
    value, evidence = 4, list[Evidence]()
    asked = _clarified(events)
    if asked:
        evidence.append(
            _ev(f"{len(asked)} clarifying question(s) before the first attempt", asked[0], events)
        )
    elif kind != "behavioral":
        value -= 1
        evidence.append(Evidence("No clarifying question before the first attempt"))
    first = _of(events, "run")[:1]
    if first:
        evidence.append(_ev("Time to the first run", first[0][0], events))
    for i, _ in _of(events, "hint"):
        value -= cost
        evidence.append(_ev(f"Hint taken (-{cost})", i, events))
    value += _work_pattern(events, kind, evidence)
    offered = _of(events, "followup")
    replies = _replies(events)
    if offered and not replies:
        value -= 1
        evidence.append(_ev("No substantial answer to the follow-ups", offered[0][0], events))
    elif replies:
        evidence.append(
            _ev(f"{len(replies)} follow-up(s) answered in substance", replies[0], events)
        )
    return Score("problem_solving", _clamp(value), tuple(evidence))


def _work_pattern(events: Sequence[dict[str, Any]], kind: str, evidence: list[Evidence]) -> int:
    """Points lost to how the work went: blind retries, no working code, a weak action or
    result part of a story."""
    if kind in ("coding", "sql"):
        runs = _of(events, "run")
        if not runs:
            evidence.append(Evidence("No attempt was run"))
            return -2
        fails = 0
        for _, run in runs:
            if run.get("passed"):
                break
            fails += 1
        if fails >= MANY_FAILS:
            evidence.append(_ev(f"{fails} failing runs before a pass", runs[fails - 1][0], events))
            return -1
        return 0
    if kind == "take-home":
        if not _of(events, "check"):
            evidence.append(Evidence("Nothing was submitted"))
            return -2
        return 0
    if kind == "behavioral":
        answers = _of(events, "answer")
        weak = set(answers[-1][1].get("missing") or []) if answers else {"Action", "Result"}
        lost = len(weak & {"Action", "Result"})
        if lost:
            evidence.append(Evidence("Weak or missing: " + ", ".join(sorted(weak))))
        return -lost
    answers = _of(events, "answer")
    if answers and not int(answers[-1][1].get("tradeoffs", 0)):
        evidence.append(Evidence("No trade-off stated in the answer"))
        return -1
    return 0


def _communication(events: Sequence[dict[str, Any]], kind: str) -> Score:
    value, evidence = 1, list[Evidence]()
    notes = _of(events, "note")
    end = max((float(e.get("t", 0)) for e in events), default=0.0) or 1.0
    thirds = {min(2, int(3 * float(e.get("t", 0)) / end)) for _, e in notes}
    if kind == "behavioral":
        value += _delivery(events, evidence)
    elif kind == "take-home":
        value += _walkthrough(events, evidence)
    elif len(notes) >= 3 and len(thirds) >= 2:
        value += 1
        evidence.append(
            _ev(f"{len(notes)} think-aloud notes across the round", notes[0][0], events)
        )
    else:
        evidence.append(Evidence(f"Only {len(notes)} think-aloud note(s): long silent stretches"))
    spoken = _spoken_share(events, end)
    if spoken is not None:
        evidence.append(Evidence(f"Talked {spoken:.0%} of the round (spoken notes)"))
    if _clarified(events):
        value += 1
        evidence.append(Evidence("Asked before assuming"))
    named = _named(events, kind)
    if named is not None:
        value += 1
        evidence.append(_ev("Named tests or trade-offs aloud", named, events))
    closes = [(i, e) for i, e in _of(events, "close") if "?" in str(e.get("text", ""))]
    if closes:
        value += 1
        evidence.append(_ev("Asked the interviewer questions at the close", closes[0][0], events))
    if kind not in ("behavioral", "take-home") and len(notes) < 3:
        value = min(value, 2)
    return Score("communication", _clamp(value), tuple(evidence))


def _spoken_share(events: Sequence[dict[str, Any]], end: float) -> float | None:
    """The share of the round spent talking, from the measures of spoken notes (None
    when no note was spoken)."""
    voiced = [e["voice"] for _, e in _of(events, "note") if isinstance(e.get("voice"), dict)]
    if not voiced:
        return None
    seconds = sum(float(v.get("duration", 0)) * float(v.get("talking_share", 0)) for v in voiced)
    return min(1.0, seconds / end)


def _walkthrough(events: Sequence[dict[str, Any]], evidence: list[Evidence]) -> int:
    """A take-home's walkthrough: most of the follow-ups answered in substance."""
    offered, replies = _of(events, "followup"), _replies(events)
    if offered and len(replies) >= max(2, (len(offered) + 1) // 2):
        text = f"Walked through the work ({len(replies)} replies)"
        evidence.append(_ev(text, replies[0], events))
        return 1
    evidence.append(Evidence("The walkthrough was thin: few follow-ups answered in substance"))
    return 0


def _delivery(events: Sequence[dict[str, Any]], evidence: list[Evidence]) -> int:
    answers = _of(events, "answer")
    if not answers:
        return 0
    i, answer = answers[-1]
    found = set(answer.get("findings") or []) & {"filler", "hedging", "too_long", "too_short"}
    if found:
        evidence.append(_ev("Delivery: " + ", ".join(sorted(found)), i, events))
        return 0
    evidence.append(_ev("A clear answer of a good length", i, events))
    return 1


def _named(events: Sequence[dict[str, Any]], kind: str) -> int | None:
    pattern = _DESIGN_OPS if kind == "design" else _TESTS
    if kind == "behavioral":
        return next(iter(_replies(events)), None)
    return next(
        (
            i
            for i, e in enumerate(events)
            if e.get("kind") in ("note", "reply") and pattern.search(str(e.get("text", "")))
        ),
        None,
    )


def advance(scores: Sequence[Score]) -> tuple[bool, str]:
    """Yes when the work itself is at the bar (technical 3+), nothing is below 2, and the
    three add up to 9 or more."""
    values = {s.scale: s.value for s in scores}
    total = sum(values.values())
    if values["technical"] < 3:
        return False, "No: the technical bar (3) is not met."
    if min(values.values()) < 2:
        low = min(values, key=lambda k: values[k]).replace("_", " ")
        return False, f"No: {low} is at 1."
    if total < 9:
        return False, f"No: {total}/12 overall, below 9."
    return True, f"Yes: technical {values['technical']}, {total}/12 overall."


def score_round(
    kind: str, events: Sequence[dict[str, Any]], minutes: int, *, hint_cost: int = 1
) -> Scorecard:
    """The scorecard of a round from its events (see the module docstring)."""
    if kind in ("coding", "sql"):
        technical = _technical_code(events, minutes)
    elif kind == "take-home":
        technical = _technical_takehome(events)
    else:
        technical = _technical_answer(events, kind)
    scores = (
        technical,
        _problem_solving(events, kind, hint_cost),
        _communication(events, kind),
    )
    yes, reason = advance(scores)
    return Scorecard(kind, scores, yes, reason)


def from_dict(data: dict[str, Any]) -> Scorecard:
    scores = tuple(
        Score(s["scale"], int(s["value"]), tuple(Evidence(**e) for e in s["evidence"]))
        for s in data["scores"]
    )
    return Scorecard(
        data["kind"],
        scores,
        bool(data["advance"]),
        data["advance_reason"],
        tuple(data.get("notes", ())),
    )
