"""A problem pack's own `checker.py`, for problems with more than one right answer.

Some packs accept any of several answers (any valid ordering, any shortest path); their
folder holds a `checker.py` whose `check(input, expected, actual) -> bool` decides. It is
content shipped with the app, loaded here from its file (the one loading by path in the
practice feature), and run in the judge's process, never the learner's code.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from pivotprep.practice.problems import Problem

Checker = Callable[[Any, Any, Any], Any]


def load_checker(problem: Problem) -> Checker | None:
    """The pack's `check` function, or None when the pack compares values directly."""
    path = problem.checker_path
    if path is None:
        return None
    spec = importlib.util.spec_from_file_location(f"pivotprep_checker_{problem.id}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} cannot be loaded as a module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check: Checker = module.check
    return check
