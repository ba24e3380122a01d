"""The plan reads the profile through `pivotprep.profile.service`, never its tables."""

from __future__ import annotations

import ast
from pathlib import Path

import pivotprep.plan

OTHER_FEATURES = ("profile", "resume", "stories", "practice", "problems", "sql", "backup")


def test_plan_modules_import_no_other_features_tables():
    root = Path(pivotprep.plan.__file__).parent
    bad = []
    for path in sorted(root.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            bad += [
                f"{path.name}: {name}"
                for name in names
                if any(name == f"pivotprep.{f}.models" for f in OTHER_FEATURES)
            ]
    assert bad == []


def test_the_plan_service_still_offers_what_other_features_call():
    from pivotprep.plan import service

    for name in (
        "add_custom_task",
        "place_custom_task",
        "current_week",
        "current_step",
        "ensure_plan",
        "overview",
        "week_view",
        "mark_done",
        "log_hours",
        "replan",
        "export_plan",
        "all_tasks",
        "get_task",
        "task_label",
        "PlanDoesNotFitError",
    ):
        assert hasattr(service, name), name
