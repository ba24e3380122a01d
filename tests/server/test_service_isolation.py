"""Isolation by construction, proved for the services as well as the pages: every public
function of every feature's service (each `service.py`'s `__all__`), called with one
learner's session on real PostgreSQL, never returns a row of another learner.

Two learner schemas hold the same kinds of rows, each carrying its learner's own mark
(`learner_rows.seed`). Each function is called for one learner, then for the other, each
call in a session rolled back afterwards (a writer changes nothing for the next one) and
with the learner's workspace folder in effect, as a request would have it. Whatever comes
back (values, dataclasses, ORM rows, files named by a returned path, an error's message) is
turned to text and must not hold the other learner's mark. Calling both in turn also
catches a cache keyed on something other than the learner.

How each function is called is decided in `service_calls.py`: generically when its only
required arguments are a session and row ids, otherwise from its reviewed entry; a new
exported function that is neither makes `test_every_service_function_is_covered` fail.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy import inspect as orm_inspect
from sqlalchemy.orm import Session

import pivotprep
from pivotprep.core.db import schema_engine
from pivotprep.core.errors import UserError
from pivotprep.core.migrate import upgrade_schema
from pivotprep.core.settings import get_settings, workspace_owner
from tests.server import learner_rows
from tests.server.service_calls import (
    CALLS,
    NO_USER_DATA,
    NOT_LEARNER_DATA,
    PROBLEM_IDS,
    Learner,
)

MARKS = ("Zephyrquokka", "Quillfennec")
MAX_DEPTH = 8
BROKEN = "call failed: "


def service_functions() -> dict[str, Callable[..., Any]]:
    """ "feature.function" -> the function, for every function a service exports."""
    found = {}
    for path in sorted(Path(pivotprep.__file__).parent.glob("*/service.py")):
        feature = path.parent.name
        module = importlib.import_module(f"pivotprep.{feature}.service")
        for name in module.__all__:
            member = getattr(module, name)
            if inspect.isfunction(member):
                found[f"{feature}.{name}"] = member
    return found


def _is_id(parameter: inspect.Parameter, feature: str) -> bool:
    name, kind = parameter.name, str(parameter.annotation)
    if name == "problem_id":
        return feature in PROBLEM_IDS
    return (name.endswith("_id") or name == "name_or_id") and "int" in kind


def generic_call(key: str, function: Callable[..., Any]) -> Callable[[Learner], Any] | None:
    """A call of `function` as a learner when it needs only a session and row ids (row 1
    of each kind, or the feature's seeded problem), else None."""
    feature = key.split(".", 1)[0]
    parameters = list(inspect.signature(function).parameters.values())
    if not parameters or parameters[0].name != "session":
        return None
    ids = {}
    for parameter in parameters[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        if not _is_id(parameter, feature):
            return None
        ids[parameter.name] = PROBLEM_IDS.get(feature, 1) if parameter.name == "problem_id" else 1
    return lambda learner: function(learner.session, **ids)


def plan_of_calls() -> tuple[dict[str, Callable[[Learner], Any]], list[str]]:
    """How each service function is called, and the functions nobody said how to call."""
    calls, missing = {}, []
    for key, function in service_functions().items():
        feature, name = key.split(".", 1)
        if feature in NOT_LEARNER_DATA or name in NO_USER_DATA.get(feature, "").split():
            continue
        call = CALLS.get(key) or generic_call(key, function)
        if call is None:
            missing.append(key)
        else:
            calls[key] = call
    return calls, missing


def test_every_service_function_is_covered() -> None:
    calls, missing = plan_of_calls()
    assert not missing, (
        "say how to call these as a learner in tests/server/service_calls.py (CALLS), or "
        f"list them in NO_USER_DATA if they read no learner's data: {missing}"
    )
    functions = service_functions()
    stale = [key for key in CALLS if key not in functions]
    stale += [
        f"{feature}.{name}"
        for feature, names in NO_USER_DATA.items()
        for name in names.split()
        if f"{feature}.{name}" not in functions
    ]
    assert not stale, f"listed but no longer exported: {stale}"
    takes_data = [
        f"{feature}.{name}"
        for feature, names in NO_USER_DATA.items()
        for name in names.split()
        if {"session", "engine"} & set(inspect.signature(functions[f"{feature}.{name}"]).parameters)
    ]
    assert not takes_data, f"these take a session or engine: call them in CALLS: {takes_data}"
    assert len(calls) > 150, "the services' functions are enumerated"


def text_of(value: Any, depth: int = 0, seen: set[int] | None = None) -> str:
    """Everything `value` carries, as text: containers, dataclasses, ORM rows (their
    columns and loaded relations), objects' attributes and small files a path names."""
    seen = set() if seen is None else seen
    if depth > MAX_DEPTH or id(value) in seen:
        return ""
    if isinstance(value, str | int | float | bool | type) or value is None:
        return str(value)
    seen.add(id(value))
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")
    if isinstance(value, Path):
        small = value.is_file() and value.stat().st_size < 1_000_000
        return str(value) + (value.read_text(encoding="utf-8", errors="replace") if small else "")
    if isinstance(value, dict):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset | range):
        parts = list(value)
    elif dataclasses.is_dataclass(value):
        parts = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif hasattr(value, "__mapper__"):
        parts = list(orm_inspect(value).dict.values())
    elif hasattr(value, "model_dump"):
        parts = [value.model_dump()]
    elif hasattr(value, "__dict__"):
        parts = list(vars(value).values())
    else:
        return repr(value)
    return " ".join(text_of(part, depth + 1, seen) for part in parts)


@pytest.fixture
def learners(server_engine: Engine, tmp_path: Path) -> Iterator[list[Learner]]:
    """Two learners' schemas, seeded with the same kinds of rows under their own marks."""
    made = []
    for number, mark in zip((101, 202), MARKS, strict=True):
        schema = f"learner_{number}"
        upgrade_schema(server_engine, schema)
        engine = schema_engine(server_engine, schema)
        token = workspace_owner.set(schema)
        session = Session(engine)
        try:
            learner_rows.seed(session, mark)
            session.commit()
        finally:
            session.close()
            workspace_owner.reset(token)
        scratch = tmp_path / schema
        scratch.mkdir()
        made.append(Learner(mark, schema, engine, Session(engine), scratch))
    yield made
    for learner in made:
        learner.session.close()


def files_of(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def put_back(folder: Path, files: dict[Path, bytes]) -> None:
    """The learner's workspace as it was: files the call wrote or added are undone."""
    for path in folder.rglob("*"):
        if path.is_file() and path not in files:
            path.unlink()
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def call_as(learner: Learner, call: Callable[[Learner], Any]) -> str:
    """The text of what `call` returns as `learner` (or of the error it raises); nothing
    it writes is kept, in the database or in the learner's workspace."""
    token = workspace_owner.set(learner.schema)
    workspace = get_settings().workspace
    before = files_of(workspace)
    learner.session = Session(learner.engine)
    try:
        return text_of(call(learner))
    except UserError as error:
        return f"{type(error).__name__}: {error.message}"
    except Exception as error:  # noqa: BLE001 - reported with the function's name below
        return f"{BROKEN}{type(error).__name__}: {error}"
    finally:
        learner.session.rollback()
        learner.session.close()
        put_back(workspace, before)
        workspace_owner.reset(token)


@pytest.mark.postgres
def test_no_service_function_returns_another_learners_rows(learners: list[Learner]) -> None:
    calls, _ = plan_of_calls()
    leaks, own, broken = [], [], []
    first, second = learners
    for key, call in sorted(calls.items()):
        for me, other in ((first, second), (second, first)):
            seen = call_as(me, call)
            if seen.startswith(BROKEN):
                broken.append(f"{key}: {seen[:300]}")
            if other.mark in seen:
                leaks.append(f"{key} as {me.schema} returns {other.schema}'s rows")
            if me is first and me.mark in seen:
                own.append(key)
    assert not leaks, "\n".join(leaks)
    assert not broken, "fix these calls in service_calls.py:\n" + "\n".join(broken)
    # The check can fail: a learner's own rows do come back from the functions that read them.
    for key in ("stories.list_stories", "applications.list_companies", "profile.get_profile",
                "design.list_sessions", "backup.export_data", "sql.saved_query",
                "practice.workspace_file", "resume.latest_scans", "mock.view"):  # fmt: skip
        assert key in own, f"{key} did not return the learner's own rows"
    assert len(own) > 40
