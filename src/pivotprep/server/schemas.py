"""The schemas of a server database, and bringing each of them to the newest revision.

A server database holds the accounts store (`pivotprep_server`) and one schema per
learner (`learner_<id>`), each with its own `alembic_version`. `pivotprep db upgrade` and
`pivotprep serve --server` migrate all of them (`service.upgrade_learners`); a schema
already current is left as is, so running the upgrade again changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, inspect, select, text

from pivotprep.core.db import schema_engine
from pivotprep.core.migrate import current_revisions, script_heads, upgrade_schema
from pivotprep.server.models import SERVER_SCHEMA, Account

LEARNER_SCHEMA = re.compile(r"learner_[0-9]{1,18}")


@dataclass(frozen=True)
class SchemaUpgrade:
    """One schema's revisions before and after an upgrade."""

    schema: str
    before: frozenset[str]
    after: frozenset[str]

    @property
    def changed(self) -> bool:
        return self.before != self.after


def learner_schema(account_id: int) -> str:
    return f"learner_{int(account_id)}"


def is_server_database(engine: Engine) -> bool:
    """True when `engine`'s database has run in server mode (it has the accounts store)."""
    return engine.dialect.name == "postgresql" and inspect(engine).has_schema(SERVER_SCHEMA)


def learner_schemas(engine: Engine) -> list[str]:
    """Every learner's schema: those of learner accounts (made on first use) and those
    already in the database (a restored one whose account is gone is still migrated)."""
    with engine.connect() as connection:
        ids = connection.execute(select(Account.id).where(Account.role == "learner")).scalars()
        wanted = {learner_schema(i) for i in ids}
        present = connection.execute(
            text("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'learner\\_%'")
        ).scalars()
        wanted |= {name for name in present if LEARNER_SCHEMA.fullmatch(name)}
    return sorted(wanted, key=lambda name: int(name.removeprefix("learner_")))


def upgrade_schemas(engine: Engine) -> list[SchemaUpgrade]:
    """Bring every learner's schema (`learner_schemas`) to the newest revision of every
    feature; what each went through."""
    done = []
    heads = script_heads()
    for schema in learner_schemas(engine):
        bound = schema_engine(engine, schema)
        before = current_revisions(bound)
        if before != heads:  # Alembic runs (a second or so) only for a schema behind
            upgrade_schema(engine, schema)
        done.append(SchemaUpgrade(schema, before, current_revisions(bound)))
    return done
