"""The learner's query files: `<workspace>/sql/<id>.sql`, started with a header.

The header names the problem, its dataset and how to test the file; a drill's file starts
from the slow query to rewrite, a query problem's from `SELECT`. The CLI judges the same
file the web editor saves.
"""

from __future__ import annotations

from pathlib import Path

from pivotprep.core.settings import get_settings
from pivotprep.sql.problems import SqlProblem, get_sql_problem


def workspace_path(problem_id: str) -> Path:
    return get_settings().workspace / "sql" / f"{problem_id}.sql"


def _header(problem: SqlProblem) -> str:
    lines = [
        f"-- {problem.id}: {problem.title}",
        f"-- dataset: {problem.dataset} (pivotprep sql schema {problem.dataset})",
        f"-- test with: pivotprep sql test {problem.id}",
    ]
    if problem.is_drill:
        lines.append(
            f"-- drill: return the slow query's rows at least {problem.speedup:g}x faster "
            f"(pivotprep sql explain {problem.id})"
        )
    else:
        lines.append("-- rows in any order" if not problem.ordered else "-- the row order counts")
    return "\n".join(lines) + "\n\n"


def starter(problem_id: str) -> str:
    """What a fresh query file holds: the header, then the slow query (drills) or SELECT."""
    problem = get_sql_problem(problem_id)
    return _header(problem) + (problem.slow if problem.is_drill and problem.slow else "SELECT\n")


def saved_query(problem_id: str) -> str:
    """The learner's workspace query for the editor: the file if it exists, else a starter."""
    path = workspace_path(problem_id)
    if path.is_file():
        get_sql_problem(problem_id)
        return path.read_text(encoding="utf-8")
    return starter(problem_id)
