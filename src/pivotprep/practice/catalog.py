"""Every practice problem of every kind (coding, SQL) in one catalogue.

Each practice kind declares a provider in `pivotprep.registry` (a function returning
`list[ProblemInfo]`); the workflow (service.py) only ever sees `ProblemInfo`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pivotprep.core.errors import NotFoundError


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


@lru_cache(maxsize=1)
def _load_all() -> dict[str, ProblemInfo]:
    from pivotprep import registry

    problems: dict[str, ProblemInfo] = {}
    for provider in registry.problem_providers():
        for info in provider():
            problems[info.id] = info
    return dict(sorted(problems.items()))


def all_problems() -> dict[str, ProblemInfo]:
    return dict(_load_all())


def get_problem(problem_id: str) -> ProblemInfo:
    problems = _load_all()
    try:
        return problems[problem_id]
    except KeyError:
        raise NotFoundError(
            f"No practice problem {problem_id!r}. See `pivotprep problems list` for the ids."
        ) from None


def reload() -> None:
    """Forget the cached catalogue (after content changes, in tests)."""
    _load_all.cache_clear()
    from pivotprep.practice import problems

    problems.load_packs.cache_clear()
