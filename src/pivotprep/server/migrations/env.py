"""Alembic environment of the server's own tables (the `pivotprep_server` schema).

A chain apart from the features' migrations: those run once in every learner's schema,
these once per deployment. `pivotprep.server.store` hands this the connection.
"""

from __future__ import annotations

from alembic import context

from pivotprep.server.models import SERVER_SCHEMA, ServerBase

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the server's migrations run through pivotprep.server.store")
context.configure(
    connection=connection,
    target_metadata=ServerBase.metadata,
    version_table_schema=SERVER_SCHEMA,
    include_schemas=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
