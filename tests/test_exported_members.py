"""Each feature service's public surface, pinned, as httpx's tests/test_exported_members.py
pins its own: the interfaces and other features import only these names, so adding,
removing or renaming one is a decision this test makes visible. One section per feature;
each lists the exact names its `service.__all__` declares."""

from __future__ import annotations

from types import ModuleType


def assert_exports(service: ModuleType, names: list[str]) -> None:
    """`service.__all__` is exactly `names` (in any order), and each name exists."""
    declared = list(service.__all__)
    assert len(declared) == len(set(declared)), f"{service.__name__}.__all__ repeats a name"
    assert sorted(declared) == sorted(names), sorted(set(declared) ^ set(names))
    missing = [name for name in names if not hasattr(service, name)]
    assert not missing, f"{service.__name__} declares names it does not define: {missing}"


# ---- practice -----------------------------------------------------------------------------

PRACTICE = [
    "LOCK_MINUTES",
    "MAX_CODE_CHARS",
    "AttemptState",
    "Catalogue",
    "Isolation",
    "NotStartedError",
    "PatternMastery",
    "ProblemInfo",
    "ProblemView",
    "ReviewRow",
    "SolutionLockedError",
    "StartedProblem",
    "Stats",
    "Submission",
    "Suggestion",
    "ValidationResult",
    "Workspace",
    "attempt_state",
    "catalogue",
    "check",
    "complexity_svg",
    "current_attempt",
    "get_problem",
    "hints_shown",
    "isolation",
    "lock_remaining",
    "mastery_by_pattern",
    "mastery_by_problem",
    "next_problems",
    "problem_view",
    "record_run",
    "reveal_hint",
    "reveal_solution",
    "run_code",
    "run_validators",
    "start",
    "start_problem",
    "stats",
    "workspace_file",
]


def test_practice_service_exports() -> None:
    from pivotprep.practice import service

    assert_exports(service, PRACTICE)


# ---- sql ----------------------------------------------------------------------------------

SQL = [
    "MAX_QUERY_CHARS",
    "TIMED_SIZE",
    "TOPICS",
    "Dataset",
    "DiffRow",
    "DrillResult",
    "EditorAction",
    "LargeData",
    "QueryRun",
    "SqlProblem",
    "TableSchema",
    "Verdict",
    "attempt_state",
    "build_datasets",
    "build_seconds",
    "check_query",
    "dataset_file",
    "explain",
    "get_dataset",
    "get_problem",
    "judge_query",
    "large_data",
    "list_datasets",
    "list_problems",
    "prestart",
    "read_submission",
    "run_editor",
    "save_query",
    "saved_query",
    "schema",
    "show_row",
    "start",
    "submit",
    "submit_drill",
    "workspace_path",
]


def test_sql_service_exports() -> None:
    from pivotprep.sql import service

    assert_exports(service, SQL)
