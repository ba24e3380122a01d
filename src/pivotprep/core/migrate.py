"""Alembic, driven from code: `pivotprep db upgrade`, and an automatic upgrade on first use.

Migrations live in `pivotprep/migrations/versions/`. Each feature's first migration
branches from `0001` (the core tables), so features can be added independently;
`upgrade heads` applies them all.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from pivotprep.core.errors import StorageError
from pivotprep.core.files import write_text_atomic

if TYPE_CHECKING:
    from alembic.config import Config

_current: set[str] = set()
SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def alembic_config(url: str) -> Config:
    from alembic.config import Config  # alembic loads only when a migration runs

    cfg = Config()
    cfg.set_main_option("script_location", "pivotprep:migrations")
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def script_heads() -> frozenset[str]:
    """The newest revision of every branch. Reading them means importing every migration
    (about half a second), so they are kept in the cache folder under a SHA-256 of the
    migration files: any change to a migration gives a new key."""
    path = _heads_cache()
    with contextlib.suppress(OSError, ValueError, TypeError):
        return frozenset(str(head) for head in json.loads(path.read_text(encoding="utf-8")))
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = frozenset(script.get_heads())
    with contextlib.suppress(OSError):
        write_text_atomic(path, json.dumps(sorted(heads)), mode=0o600)
        for old in path.parent.glob("migration-heads-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    return heads


def _heads_cache() -> Path:
    """Where the heads of the migrations as they are now would be kept."""
    from pivotprep.core.settings import get_settings

    versions = Path(__file__).resolve().parent.parent / "migrations" / "versions"
    digest = hashlib.sha256()
    for path in sorted(versions.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return get_settings().cache_dir / "index" / f"migration-heads-{digest.hexdigest()[:32]}.json"


def translated_schema(engine: Engine) -> str | None:
    """The schema an engine of `core.db.schema_engine` sends unqualified tables to."""
    mapping = engine.get_execution_options().get("schema_translate_map") or {}
    schema: str | None = mapping.get(None)
    return schema


def current_revisions(engine: Engine) -> frozenset[str]:
    """The revisions the database is at, read from Alembic's own table with a plain query
    (importing Alembic costs more than a whole `practice test`; it loads only to migrate).
    On an engine bound to a learner's schema, that schema's table."""
    from sqlalchemy import column, inspect, select, table

    schema = translated_schema(engine)
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version", schema=schema):
            return frozenset()
        versions = table("alembic_version", column("version_num"), schema=schema)
        return frozenset(connection.execute(select(versions.c.version_num)).scalars())


def upgrade(engine: Engine) -> None:
    """Bring the schema of `engine`'s database to the newest revision of every feature."""
    schema = translated_schema(engine)
    if schema is not None:
        upgrade_schema(engine, schema)
        return
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "heads")
    except OperationalError as exc:
        raise StorageError(
            f"Cannot migrate the database at {engine.url.render_as_string()}: {exc.orig}. "
            "Check that it exists and is writable (or set PIVOTPREP_HOME)."
        ) from None
    _current.add(str(engine.url))


def upgrade_schema(engine: Engine, schema: str, target: str = "heads") -> None:
    """Create PostgreSQL `schema` if needed and bring every feature's tables in it up to date
    (or only up to revision `target`, which is how a test builds a schema of an older release).

    Unqualified tables are translated to `schema` (and the search path points there, for
    any statement written as text); the schema keeps its own `alembic_version`.
    """
    if not SCHEMA_NAME.fullmatch(schema):
        raise ValueError(f"not a schema name: {schema!r}")
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        # Two processes (or two first requests) migrating one schema take turns: the
        # second finds it current and does nothing.
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": schema})
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        connection.execute(text(f'SET LOCAL search_path TO "{schema}"'))
        cfg.attributes["connection"] = connection.execution_options(
            schema_translate_map={None: schema}
        )
        cfg.attributes["version_table_schema"] = schema
        command.upgrade(cfg, target)
    if target == "heads":
        _current.add(f"{engine.url}#{schema}")


def ensure_schema_current(engine: Engine, schema: str) -> None:
    """`upgrade_schema` once per process for each schema."""
    if f"{engine.url}#{schema}" not in _current:
        upgrade_schema(engine, schema)


def ensure_current(engine: Engine) -> None:
    """Upgrade once per process if the schema is behind the code."""
    schema = translated_schema(engine)
    if schema is not None:
        ensure_schema_current(engine, schema)
        return
    key = str(engine.url)
    if key in _current:
        return
    try:
        behind = current_revisions(engine) != script_heads()
    except OperationalError as exc:
        raise StorageError(
            f"Cannot open the database at {engine.url.render_as_string()}: {exc.orig}. "
            "Check that it exists and is writable (or set PIVOTPREP_HOME)."
        ) from None
    if behind:
        upgrade(engine)
    _current.add(key)


def forget_current() -> None:
    _current.clear()
