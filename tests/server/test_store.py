"""The server's own tables come from their own Alembic chain, on real PostgreSQL: the
models match it, it runs twice harmlessly, and a deployment made before the chain existed
is adopted without losing an account."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text

from pivotprep.core.db import session_scope
from pivotprep.server.models import SERVER_SCHEMA, Account, ServerBase
from pivotprep.server.service import create_account, ensure_store
from pivotprep.server.store import store_revisions
from tests.server.conftest import PASSWORD

pytestmark = pytest.mark.postgres
LEGACY = ("account", "login_session", "invitation", "login_attempt", "share")


def only_server_schema(name, type_, parent_names) -> bool:
    if type_ == "schema":
        return name == SERVER_SCHEMA
    return not (type_ == "table" and name == "alembic_version")


def test_models_match_the_server_migrations(server_engine):
    ensure_store(server_engine)  # a second time: nothing to do
    assert store_revisions(server_engine) == {"s0002"}
    with server_engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_schemas": True,
                "include_name": only_server_schema,
            },
        )
        diff = compare_metadata(context, ServerBase.metadata)
    assert diff == [], f"server models and migrations differ: {diff}"


def test_a_deployment_from_before_the_chain_is_stamped_and_upgraded(server_engine):
    with server_engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{SERVER_SCHEMA}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{SERVER_SCHEMA}"'))
        tables = [ServerBase.metadata.tables[f"{SERVER_SCHEMA}.{name}"] for name in LEGACY]
        ServerBase.metadata.create_all(conn, tables=tables)  # as the app once made them
    with session_scope(server_engine) as session:
        create_account(session, "root", PASSWORD, "admin")
    assert store_revisions(server_engine) == frozenset()
    ensure_store(server_engine)
    assert store_revisions(server_engine) == {"s0002"}
    names = inspect(server_engine).get_table_names(schema=SERVER_SCHEMA)
    assert {"review_request", "review_comment", *LEGACY} <= set(names)
    with session_scope(server_engine) as session:
        assert session.scalars(select(Account.username)).all() == ["root"]
