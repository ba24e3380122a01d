"""Values a pack's cases.json cannot hold faithfully, found before a learner meets them.

JSON has lists, string-keyed objects, numbers, strings, booleans and null. A reference that
returns a tuple is judged against a list, a dict keyed by numbers against string keys, and a
set cannot be written at all; a parameter annotated `tuple[int, int]` or `set[str]` receives
a list. `problems validate` runs the reference on every case's input and refuses a pack
where either side holds such a value (the pack should use lists and string keys, and say so
in its statement), so no case silently means something other than what it says.
"""

from __future__ import annotations

import typing
from typing import Any

LOSSY_TYPES = (tuple, set, frozenset)


def lossy_value(value: Any, path: str = "the result") -> str | None:
    """Where `value` holds something JSON would change (a tuple, a set, a non-string key),
    or None. Iterative, so a deep value cannot exhaust the stack."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, LOSSY_TYPES):
            return f"{where} is a {type(item).__name__}, which cases.json would turn into a list"
        if isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str):
                    return (
                        f"{where} has the {type(key).__name__} key {key!r}, which cases.json "
                        "would turn into a string"
                    )
                stack.append((child, f"{where}[{key!r}]"))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{i}]") for i, child in enumerate(item))
    return None


def lossy_annotation(hint: Any, name: str) -> str | None:
    """Why a parameter annotated `hint` cannot be given faithfully from JSON, or None."""
    stack = [hint]
    while stack:
        current = stack.pop()
        origin = typing.get_origin(current) or current
        if origin in LOSSY_TYPES:
            return f"parameter {name!r} is a {origin.__name__}, but cases.json gives a list"
        args = typing.get_args(current)
        if origin is dict and args and args[0] is not str and args[0] is not Any:
            return f"parameter {name!r} has non-string keys, but cases.json keys are strings"
        stack.extend(a for a in args if a is not Ellipsis)
    return None
