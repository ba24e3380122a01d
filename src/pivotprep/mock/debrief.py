"""A loop's debrief: the strongest and weakest signals across its rounds, and plan tasks
proposed for the weak ones. Pure (the rounds are passed in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from pivotprep.mock.scorecard import SCALES

WEAK = 2  # a score at or below this proposes a task
TASK_HOURS = 1.5


class ScoredRound(Protocol):
    id: int
    kind: str
    title: str
    item_id: str
    scorecard: dict[str, Any] | None


@dataclass(frozen=True)
class Signal:
    round_id: int
    round_title: str
    scale: str
    value: int
    evidence: str  # the first piece of evidence of the score


@dataclass(frozen=True)
class ProposedTask:
    title: str
    hours: float
    because: str


@dataclass(frozen=True)
class Debrief:
    signals: tuple[Signal, ...]
    strongest: tuple[Signal, ...]
    weakest: tuple[Signal, ...]
    tasks: tuple[ProposedTask, ...]
    advanced: int
    rounds: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_TASKS = {
    ("coding", "technical"): "Mock drill: two unseen {pattern}problems at 30 minutes each, "
    "run early and often",
    ("sql", "technical"): "Mock drill: three SQL problems on joins and windows, checking "
    "the row counts before submitting",
    ("design", "technical"): "Mock drill: a 45-minute design session on a new prompt, "
    "covering every rubric heading",
    ("behavioral", "technical"): "Mock drill: rewrite the story for a weak answer with your "
    "own actions and a measured result",
    ("take-home", "technical"): "Mock drill: a timed take-home from the briefs, checked "
    "before you submit it: clean install, tests, bad input",
    ("any", "problem_solving"): "Mock drill: before each of three problems, ask about sizes "
    "and edge cases and state an approach before coding",
    ("any", "communication"): "Mock drill: record yourself solving one problem out loud; "
    "note every silence over a minute",
}


def _task_for(signal: Signal, kind: str) -> ProposedTask:
    key = (kind, signal.scale) if signal.scale == "technical" else ("any", signal.scale)
    title = _TASKS[key].replace("{pattern}", "")
    return ProposedTask(
        title,
        TASK_HOURS,
        f"{signal.round_title}: {signal.scale.replace('_', ' ')} "
        f"{signal.value}/4 ({signal.evidence})",
    )


def debrief(rows: Sequence[ScoredRound]) -> Debrief:
    """Signals of every scored round; the best and worst; one task per weak (kind, scale)."""
    signals: list[Signal] = []
    kinds: dict[int, str] = {}
    advanced = 0
    for row in rows:
        card = row.scorecard
        if not card:
            continue
        kinds[row.id] = row.kind
        advanced += 1 if card.get("advance") else 0
        for score in card["scores"]:
            first = score["evidence"][0]["text"] if score["evidence"] else ""
            signals.append(Signal(row.id, row.title, score["scale"], int(score["value"]), first))
    ordered = sorted(signals, key=lambda s: (-s.value, SCALES.index(s.scale)))
    top = ordered[0].value if ordered else 0
    bottom = ordered[-1].value if ordered else 0
    tasks: dict[str, ProposedTask] = {}
    for signal in reversed(ordered):
        if signal.value <= WEAK:
            task = _task_for(signal, kinds[signal.round_id])
            tasks.setdefault(task.title, task)
    return Debrief(
        tuple(signals),
        tuple(s for s in ordered if s.value == top),
        tuple(s for s in reversed(ordered) if s.value == bottom),
        tuple(tasks.values()),
        advanced,
        len(kinds),
    )
