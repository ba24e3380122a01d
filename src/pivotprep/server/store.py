"""The server's own tables, brought up to date by their own Alembic chain.

`pivotprep.server.migrations` is separate from the features' chain: that one runs in
every learner's schema, this one once in `pivotprep_server`. A deployment whose tables
were created before the chain existed (accounts and shares only, no version table) is
stamped at the first revision, so nothing is created twice and nothing is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from pivotprep.server.models import SERVER_SCHEMA

if TYPE_CHECKING:
    from alembic.config import Config

BASELINE = "s0001"  # the tables that existed before the chain


def _config(engine: Engine) -> Config:
    from alembic.config import Config  # alembic loads only when the store is checked

    cfg = Config()
    cfg.set_main_option("script_location", "pivotprep.server:migrations")
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string().replace("%", "%%"))
    return cfg


def upgrade_store(engine: Engine) -> None:
    """Create the server schema if needed and run the server's migrations (safe to repeat,
    and two processes starting at once take turns)."""
    from alembic import command

    cfg = _config(engine)
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": SERVER_SCHEMA})
        connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{SERVER_SCHEMA}"'))
        cfg.attributes["connection"] = connection
        tables = inspect(connection).get_table_names(schema=SERVER_SCHEMA)
        if "account" in tables and "alembic_version" not in tables:
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, "heads")


def store_revisions(engine: Engine) -> frozenset[str]:
    """The revisions the server's tables are at (empty before the first upgrade)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version", schema=SERVER_SCHEMA):
            return frozenset()
        rows = connection.execute(
            text(f'SELECT version_num FROM "{SERVER_SCHEMA}".alembic_version')
        ).scalars()
        return frozenset(str(r) for r in rows)
