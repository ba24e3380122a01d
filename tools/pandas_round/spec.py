"""How a pandas-round problem is written down before it becomes a pack."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def F(columns: list[str], rows: list[list[Any]], dtypes: dict[str, str] | None = None) -> dict:
    """A DataFrame as a case input: columns, rows and the dtypes that are not inferred."""
    body: dict[str, Any] = {"columns": columns, "rows": rows}
    if dtypes:
        body["dtypes"] = dtypes
    return {"__frame__": body}


def S(values: list[Any], name: str | None = None, dtype: str | None = None) -> dict:
    """A Series as a case input."""
    body: dict[str, Any] = {"name": name, "values": values}
    if dtype:
        body["dtype"] = dtype
    return {"__series__": body}


@dataclass
class Problem:
    id: str
    title: str
    entry: str
    signature: str
    difficulty: str
    story: str
    reference: str
    wrongs: dict[str, str]
    hints: list[str]
    tags: list[str]
    cases: list[tuple[str, str, dict[str, Any]]]
    frame: dict[str, bool] = field(default_factory=dict)
    minutes: int = 15
    returns: str = "pd.DataFrame"
    slow: str | None = None  # a speed drill's starting file: right, but slow
    drill: dict[str, int] | None = None  # {"factor": ..., "n": ...}
    generate: str | None = None  # generate.py's text (default: the first case grown to n rows)
