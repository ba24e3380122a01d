"""Shared fixtures: an isolated data folder, migrated databases on SQLite and PostgreSQL,
a CLI runner and a web client.

PostgreSQL tests use a throw-away database created for the run (so parallel runs never
share tables). They skip with a reason when no server answers, except under CI=true,
where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from pivotprep.core.db import make_engine, session_scope
from pivotprep.core.migrate import forget_current, upgrade
from pivotprep.core.settings import reset_settings

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
TEST_TODAY = "2026-03-02"  # a Monday
# A fixed, wide terminal for every console the tests create (Rich reads COLUMNS when a
# console is made; a wrap inside an asserted phrase would make a test flaky).
os.environ["COLUMNS"] = "200"
# A `pivotprep practice test` a test runs as a subprocess runs in-process: a resident process
# (tests/cli/test_resident.py starts its own) would outlive the test.
os.environ["PIVOTPREP_RESIDENT"] = "0"
# Nor count references ahead in detached children when a test starts a problem
# (tests/practice/test_count_ahead.py turns it on where it checks it).
os.environ["PIVOTPREP_COUNT_AHEAD"] = "0"
# Property tests explore new random inputs on a laptop; in CI they replay a fixed set, so
# a red CI run is always reproducible (a rare input found locally is printed as a blob).
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if IN_CI:
    settings.load_profile("ci")

# The WebAssembly judge's compiled module (minutes to build, `pivotprep judge prepare`) is
# shared by every test: it stays in the real data folder's cache, whatever PIVOTPREP_HOME a
# test sets.
if not os.environ.get("PIVOTPREP_WASM_CACHE"):
    from pivotprep.core.settings import get_settings as _settings

    os.environ["PIVOTPREP_WASM_CACHE"] = str(_settings().cache_dir / "wasm")
    reset_settings()

PG_ADMIN_URL = os.environ.get(
    "PIVOTPREP_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """A short id for a generated document passed as a parameter, from its kind and size.

    Older pytest releases (8.0 among them) spell the bytes out in the id, and a PDF carries
    its creation time: two xdist workers collecting a second apart (easy on a busy machine)
    would see different test ids and abort the whole run."""
    if not isinstance(val, bytes):
        return None
    kind = "pdf" if val.startswith(b"%PDF") else "zip" if val.startswith(b"PK") else "bytes"
    return f"{argname}-{kind}-{len(val)}B"


def need(condition: bool, reason: str) -> None:
    """Skip with `reason` on a laptop; fail under CI, where everything must run."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own PIVOTPREP_HOME; the user's real data is never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("PIVOTPREP_HOME", str(home))
    monkeypatch.delenv("PIVOTPREP_DATABASE_URL", raising=False)
    # Every test runs on the same calendar day, so dates written into tests (a start date
    # must lie within a year of today) never expire; `on_day` pins another day.
    monkeypatch.setenv("PIVOTPREP_TODAY", TEST_TODAY)
    reset_settings()
    forget_current()
    yield home
    reset_settings()
    forget_current()


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, dropped afterwards."""
    try:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server"
        need(False, f"PostgreSQL is not reachable at {PG_ADMIN_URL} ({type(exc).__name__})")
        return
    name = f"pivotprep_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _reset_pg(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, isolated_home: Path) -> Iterator[Engine]:
    """A migrated, empty database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{isolated_home / 'store.db'}")
    else:
        eng = make_engine(request.getfixturevalue("pg_server_url"))
        _reset_pg(eng)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(isolated_home: Path) -> Iterator[Engine]:
    """A migrated SQLite database, for tests that need not run on both stores."""
    eng = make_engine(f"sqlite:///{isolated_home / 'store.db'}")
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def session(sqlite_engine: Engine) -> Iterator[Session]:
    with session_scope(sqlite_engine) as s:
        yield s


@pytest.fixture
def cli():
    """Run `pivotprep ...` in-process: `cli("init", "--role", "data-engineer")`."""
    from typer.testing import CliRunner

    from pivotprep.cli.main import app

    # A fixed, wide terminal: Rich wraps at the width, and a wrap that falls inside an
    # asserted phrase (after a varying figure such as a timing) would make a test flaky.
    runner = CliRunner(env={"COLUMNS": "200"})

    def run(*args: str, input: str | None = None):  # noqa: A002
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture
def web(sqlite_engine: Engine):
    """A TestClient on the real app, bound to a migrated SQLite file."""
    from fastapi.testclient import TestClient

    from pivotprep.web.app import create_app

    with TestClient(create_app(sqlite_engine, extra_hosts=("testserver",))) as client:
        yield client
