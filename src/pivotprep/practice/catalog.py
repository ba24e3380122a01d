"""Every practice problem of every kind (coding, SQL) in one catalogue.

Each practice kind declares a provider in `pivotprep.registry` (a function returning
`list[ProblemInfo]`); the workflow only ever sees `ProblemInfo`. A kind that keeps the
learner's work in a file says how in its `Workspace` (where the file lives, what a fresh
attempt starts from, how it is judged), so starting a problem is one operation for every
kind, and the practice feature never imports the feature that provides a kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

from pivotprep.core.errors import NextStep, NotFoundError

DIFFICULTIES = ("easy", "medium", "hard")
QUERY_CHARS = 100  # a catalogue search is cut to this many characters


@dataclass(frozen=True)
class Workspace:
    """How a kind keeps the learner's file.

    `file(problem_id)` is where it lives; `starter(problem_id)` the text a fresh attempt
    starts from; with `fresh_on_review`, a new attempt after a pass (a review) moves the
    solved file to `.history/` and starts from the starter again, so a review is solved
    from scratch. `test_action` is the `NextStep` action that judges the file."""

    file: Callable[[str], Path]
    starter: Callable[[str], str]
    test_action: str
    fresh_on_review: bool = False


@dataclass(frozen=True)
class ProblemInfo:
    id: str  # coding: slug like "pair-sum-sorted"; SQL: always starts "sql-"
    kind: str  # "code" | "sql"
    title: str
    pattern: str  # coding pattern, or SQL topic (joins, window-functions, ...)
    difficulty: str  # easy | medium | hard
    estimated_minutes: int
    hints: tuple[str, ...]
    statement_md: str  # problem statement, Markdown
    solution: str  # reference code / query, shown once the lock opens
    workspace: Workspace | None = None  # None: the kind keeps no file


@dataclass(frozen=True)
class Catalogue:
    """The problems a filter selects, and the values each filter can take."""

    rows: tuple[ProblemInfo, ...]
    patterns: tuple[str, ...]
    kinds: tuple[str, ...]
    difficulties: tuple[str, ...] = DIFFICULTIES


@lru_cache(maxsize=1)
def _load_all() -> dict[str, ProblemInfo]:
    problems: dict[str, ProblemInfo] = {}
    for index in range(len(_providers())):
        problems.update(_provided(index))
    return dict(sorted(problems.items()))


@lru_cache(maxsize=1)
def _providers() -> tuple[Callable[[], Any], ...]:
    """One callable per provider, each importing its feature only when called: looking up
    a coding problem imports nothing of the SQL feature."""
    from pivotprep import registry

    return tuple(partial(_call, target) for target in registry.problem_provider_targets())


def _call(target: str) -> Any:
    from pivotprep import registry

    return registry.load(target)()


@cache
def _provided(index: int) -> dict[str, ProblemInfo]:
    """The problems of one provider, loaded once: looking up a coding problem does not
    parse the SQL bank too."""
    return {info.id: info for info in _providers()[index]()}


def all_problems() -> dict[str, ProblemInfo]:
    return dict(_load_all())


def get_problem(problem_id: str) -> ProblemInfo:
    """One problem, asking the providers in turn (the first that has it answers)."""
    for index in range(len(_providers())):
        found = _provided(index).get(problem_id)
        if found is not None:
            return found
    raise NotFoundError(f"No practice problem {problem_id!r}.", next_step=NextStep("practice.list"))


def _selected(info: ProblemInfo, pattern: str, difficulty: str, kind: str, needle: str) -> bool:
    return (
        (not pattern or info.pattern == pattern)
        and (not difficulty or info.difficulty == difficulty)
        and (not kind or info.kind == kind)
        and (not needle or needle in info.title.lower() or needle in info.id)
    )


def catalogue(
    *, pattern: str | None = None, difficulty: str | None = None, kind: str | None = None,
    query: str | None = None,
) -> Catalogue:  # fmt: skip
    """The problems matching every filter given (None or "" : any), in id order. `query`
    matches a part of the title (any case) or of the id."""
    problems = list(_load_all().values())
    needle = (query or "").strip().lower()[:QUERY_CHARS]
    rows = tuple(
        p for p in problems if _selected(p, pattern or "", difficulty or "", kind or "", needle)
    )
    return Catalogue(
        rows=rows,
        patterns=tuple(sorted({p.pattern for p in problems})),
        kinds=tuple(sorted({p.kind for p in problems})),
    )


def reload() -> None:
    """Forget the cached catalogue (after content changes, in tests)."""
    _load_all.cache_clear()
    _provided.cache_clear()
    from pivotprep.practice import problems

    problems.load_packs.cache_clear()
