"""Coverage of the signals by the story bank: a story x signal matrix, the gaps, the goal
(10-15 stories covering every core signal) and the weakest signal to practise. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GOAL_MIN, GOAL_MAX = 10, 15


@dataclass(frozen=True)
class StoryRow:
    id: int
    title: str
    signals: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    signal: str
    name: str
    text: str  # "No story shows conflict resolution."


@dataclass(frozen=True)
class Coverage:
    signals: list[tuple[str, str, bool]]  # (id, name, core)
    rows: list[StoryRow]
    counts: dict[str, int]  # signal id -> number of stories showing it
    gaps: list[Gap]  # core signals with no story

    @property
    def stories(self) -> int:
        return len(self.rows)

    @property
    def core_covered(self) -> int:
        return sum(1 for sid, _, core in self.signals if core and self.counts[sid])

    @property
    def core_total(self) -> int:
        return sum(1 for _, _, core in self.signals if core)

    def goal_text(self) -> str:
        if self.stories < GOAL_MIN:
            need = GOAL_MIN - self.stories
            return (
                f"{self.stories} stories written; write {need} more to reach {GOAL_MIN}-{GOAL_MAX}."
            )
        if self.stories > GOAL_MAX:
            return (
                f"{self.stories} stories: more than {GOAL_MAX} is hard to keep fresh; "
                "merge or retire the weakest."
            )
        return f"{self.stories} stories: within the {GOAL_MIN}-{GOAL_MAX} goal."


def compute(rows: Sequence[StoryRow], signals: Sequence[tuple[str, str, bool]]) -> Coverage:
    counts = {sid: 0 for sid, _, _ in signals}
    for row in rows:
        for sid in set(row.signals):
            if sid in counts:
                counts[sid] += 1
    gaps = [
        Gap(sid, name, f"No story shows {name[0].lower() + name[1:]}.")
        for sid, name, core in signals
        if core and counts[sid] == 0
    ]
    return Coverage(list(signals), list(rows), counts, gaps)


def weakest_signal(coverage: Coverage, practice_scores: dict[str, list[int]]) -> str:
    """The core signal to practise next: fewest stories first, then lowest average practice
    score (never practised counts as lowest), then the order of the signals file."""
    order = {sid: i for i, (sid, _, _) in enumerate(coverage.signals)}

    def key(sid: str) -> tuple[int, float, int]:
        scores = practice_scores.get(sid) or []
        average = sum(scores) / len(scores) if scores else -1.0
        return (coverage.counts[sid], average, order[sid])

    core = [sid for sid, _, is_core in coverage.signals if is_core]
    return min(core, key=key)
