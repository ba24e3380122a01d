"""`pivotprep server backup` / `restore` end to end, on a scratch PostgreSQL database made
for each test: two learners with data in several features, a mentor and a share; backup;
the database emptied; restore; each learner logs in and sees exactly their own data.
A missing, corrupt, truncated or foreign file and a target that already holds a server are
each a clear error that changes nothing."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, select, text

from pivotprep.backup.service import export_data
from pivotprep.core.db import make_engine, schema_engine, session_scope
from pivotprep.server.models import Account, Invitation, Share
from pivotprep.server.service import create_account, create_invitation, ensure_store, set_share
from tests.conftest import PG_ADMIN_URL, need
from tests.server.conftest import PASSWORD, config, csrf_of, log_in
from tests.server.test_isolation import profile_form

pytestmark = pytest.mark.postgres

MARKS = {"ada": "Zephyrquokka", "bob": "Quillfennec"}


@pytest.fixture
def scratch(pg_server_url: str) -> Iterator[tuple[str, Engine]]:
    """A database of its own for this test (a restore needs a database it may empty)."""
    need(shutil.which("pg_dump") is not None, "pg_dump is not installed (postgresql-client)")
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"pivotprep_scratch_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    engine = make_engine(url)
    try:
        yield url, engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def server_env(scratch, monkeypatch) -> Engine:
    url, engine = scratch
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", url)
    ensure_store(engine)
    return engine


def client_for(engine: Engine, username: str) -> TestClient:
    from pivotprep.web.app import create_app

    app = create_app(engine, extra_hosts=("testserver",), server=config())
    client = TestClient(app, base_url="https://testserver").__enter__()
    assert log_in(client, username).status_code == 303
    return client


def seed(engine: Engine, name: str) -> None:
    """A profile (so a plan), a story, a company and an application, all carrying the
    learner's own mark, written through the pages as the learner would."""
    mark = MARKS[name]
    client = client_for(engine, name)
    headers = {"x-csrf-token": csrf_of(client, "/sharing")}
    story = (
        f"At {mark} school attendance kept falling. I was asked to find out why. "
        "I built a spreadsheet of absences and met each family. Attendance rose 12%."
    )
    posts = [
        ("/profile", profile_form(f"{name} {mark}")),
        ("/stories/new", {"title": f"{mark} story", "text": story, "mode": "text"}),
        ("/jobs/companies", {"name": f"{mark} Analytics", "size": "mid", "role": "DE"}),
        ("/jobs/applications", {"company": f"{mark} Analytics", "role": "de"}),
    ]
    for path, data in posts:
        response = client.post(path, data=data, headers=headers, follow_redirects=False)
        assert response.status_code in (200, 303), (path, response.text[:300])
    client.__exit__(None, None, None)


def state(engine: Engine) -> dict:
    """Every row a restore must bring back: each learner's export and the server tables."""
    found: dict = {}
    with engine.connect() as conn:
        for model in (Account, Share, Invitation):
            rows = conn.execute(select(model.__table__).order_by(model.__table__.c.id))
            found[model.__tablename__] = [tuple(r) for r in rows]
        schemas = conn.execute(
            text("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'learner\\_%'")
        ).scalars()
        for schema in sorted(schemas):
            data = export_data(schema_engine(engine, schema))
            data.pop("exported_at")
            found[schema] = data
    return found


def server_schemas(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_namespace "
                    "WHERE nspname LIKE 'learner\\_%' OR nspname = 'pivotprep_server'"
                )
            ).scalar_one()
        )


def empty(engine: Engine) -> None:
    with engine.begin() as conn:
        for schema in state(engine):
            if schema.startswith("learner_"):
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        conn.execute(text('DROP SCHEMA "pivotprep_server" CASCADE'))


@pytest.fixture
def cohort(server_env: Engine) -> dict:
    with session_scope(server_env) as session:
        mentor = create_account(session, "mia", PASSWORD, "mentor")
        ada = create_account(session, "ada", PASSWORD, "learner")
        create_account(session, "bob", PASSWORD, "learner")
        set_share(session, ada, mentor, ["stories", "applications"])
        create_invitation(session, "learner", "Cleo")
    seed(server_env, "ada")
    seed(server_env, "bob")
    return state(server_env)


def test_backup_then_restore_into_an_emptied_database_gives_each_learner_their_data(
    cli, cohort, server_env, tmp_path
):
    assert MARKS["ada"] in str(cohort["learner_2"]) and MARKS["bob"] in str(cohort["learner_3"])
    dump = tmp_path / "cohort.dump"
    made = cli("server", "backup", str(dump))
    assert made.exit_code == 0, made.output
    assert "2 learner schema(s)" in made.output and dump.stat().st_mode & 0o077 == 0
    empty(server_env)
    assert server_schemas(server_env) == 0
    restored = cli("server", "restore", str(dump))
    assert restored.exit_code == 0, restored.output
    assert "2 learner schema(s)" in restored.output
    assert state(server_env) == cohort
    for name, other in (("ada", "bob"), ("bob", "ada")):
        client = client_for(server_env, name)
        for page in ("/profile", "/stories", "/jobs", "/data/export.json"):
            text_ = client.get(page).text
            assert MARKS[name] in text_, (name, page)
            assert MARKS[other] not in text_, (name, page)
        client.__exit__(None, None, None)
    mentor = client_for(server_env, "mia").get("/mentor").text
    assert "ada" in mentor and "Behavioral stories" in mentor and "bob" not in mentor


def test_restore_refuses_a_database_that_already_holds_a_server(cli, cohort, server_env, tmp_path):
    dump = tmp_path / "cohort.dump"
    assert cli("server", "backup", str(dump)).exit_code == 0
    again = cli("server", "restore", str(dump))
    assert again.exit_code == 2
    assert "already holds a pivotprep server" in again.output
    assert "Nothing was changed" in again.output
    assert state(server_env) == cohort


def test_a_truncated_backup_restores_nothing(cli, cohort, server_env, tmp_path):
    dump = tmp_path / "cohort.dump"
    assert cli("server", "backup", str(dump)).exit_code == 0
    cut = tmp_path / "cut.dump"
    cut.write_bytes(dump.read_bytes()[: dump.stat().st_size * 2 // 3])
    empty(server_env)
    result = cli("server", "restore", str(cut))
    assert result.exit_code == 2 and "Error:" in result.output
    assert server_schemas(server_env) == 0, "a failed restore leaves the target as it was"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read"),
        (b"", "not a pg_dump archive"),
        (b"PK\x03\x04 not a dump at all", "not a pg_dump archive"),
        (
            b"PGDMP" + bytes(range(256)) * 4,
            "The check of the file (damaged, or not a backup) failed",
        ),
    ],
    ids=["missing", "empty", "zip", "garbage-after-magic"],
)
def test_a_missing_or_corrupt_file_is_a_clear_error(
    cli, server_env, tmp_path, content: bytes | None, message: str
):
    path = tmp_path / "backup.dump"
    if content is not None:
        path.write_bytes(content)
    result = cli("server", "restore", str(path))
    assert result.exit_code == 2 and message in result.output, result.output


def test_a_dump_of_another_database_is_refused(cli, scratch, server_env, tmp_path):
    import subprocess

    url, engine = scratch
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE public.other (id int)"))
    foreign = tmp_path / "foreign.dump"
    libpq = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(["pg_dump", "-Fc", "-n", "public", "-f", str(foreign), libpq], check=True)
    result = cli("server", "restore", str(foreign))
    assert result.exit_code == 2 and "not a pivotprep server backup" in result.output


def test_backup_refuses_a_database_without_a_server(cli, scratch, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", scratch[0])
    from pivotprep.core.errors import StorageError
    from pivotprep.server.service import backup_database

    with pytest.raises(StorageError, match="no pivotprep server"):
        backup_database(scratch[1], tmp_path / "x.dump")
    assert not (tmp_path / "x.dump").exists()


def test_a_learner_imports_their_own_export_in_server_mode(server_env):
    """The local export/import works on a learner's schema too (its sequences are found in
    that schema, not in public), and new rows get fresh ids afterwards."""
    from pivotprep.backup.service import import_data
    from pivotprep.core.migrate import upgrade_schema
    from pivotprep.stories.service import StoryInput, create_story

    upgrade_schema(server_env, "learner_5")
    engine = schema_engine(server_env, "learner_5")
    with session_scope(engine) as session:
        create_story(session, StoryInput(title="First", text="I did a thing at work once."))
    data = export_data(engine)
    counts = import_data(engine, data)
    assert counts["stories_story"] == 1
    with session_scope(engine) as session:
        second = create_story(session, StoryInput(title="Second", text="And then another."))
        assert second.id == 2


def test_a_schema_holding_code_is_neither_backed_up_nor_restored(cli, cohort, server_env, tmp_path):
    """A function (or trigger...) in a learner's schema would run as the restoring role: the
    backup says so instead of writing a file restore would refuse, and restore refuses such
    a file before touching the target."""
    import subprocess

    dump = tmp_path / "cohort.dump"
    with server_env.begin() as conn:
        conn.execute(text("CREATE FUNCTION learner_2.f() RETURNS int LANGUAGE sql AS 'SELECT 1'"))
    refused = cli("server", "backup", str(dump))
    assert refused.exit_code == 2 and "FUNCTION in learner_2" in refused.output
    assert not dump.exists() and not list(tmp_path.glob(".cohort.dump.*"))
    libpq = server_env.url.set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(
        ["pg_dump", "-Fc", "-n", "pivotprep_server", "-n", "learner_*", "-f", str(dump), libpq],
        check=True,
    )
    empty(server_env)
    result = cli("server", "restore", str(dump))
    assert result.exit_code == 2 and "FUNCTION in learner_2" in result.output
    assert server_schemas(server_env) == 0
