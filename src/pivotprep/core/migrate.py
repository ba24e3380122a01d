"""Alembic, driven from code: `pivotprep db upgrade`, and an automatic upgrade on first use.

Migrations live in `pivotprep/migrations/versions/`. Each feature's first migration
branches from `0001` (the core tables), so features can be added independently;
`upgrade heads` applies them all.
"""

from __future__ import annotations

from functools import lru_cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from pivotprep.core.errors import StorageError

_current: set[str] = set()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "pivotprep:migrations")
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def script_heads() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return frozenset(script.get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as connection:
        return frozenset(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine) -> None:
    """Bring the schema of `engine`'s database to the newest revision of every feature."""
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


def ensure_current(engine: Engine) -> None:
    """Upgrade once per process if the schema is behind the code."""
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
