"""Server: accounts, login sessions, invitations, failed logins and shares.

A deployment from before this chain has these tables already (they were created directly);
`pivotprep.server.store` stamps it at this revision instead of running it.

Revision ID: s0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = ("server",)
depends_on = None

SCHEMA = "pivotprep_server"


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _account_fk(column: str, table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{SCHEMA}.account.id"],
        name=op.f(f"fk_{table}_{column}_account"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "account",
        _id(),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("username", name=op.f("uq_account_username")),
        schema=SCHEMA,
    )
    op.create_table(
        "login_session",
        _id(),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_session")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_login_session_token_hash")),
        _account_fk("account_id", "login_session", "CASCADE"),
        schema=SCHEMA,
    )
    op.create_index(
        op.f("ix_pivotprep_server_login_session_account_id"),
        "login_session",
        ["account_id"],
        schema=SCHEMA,
    )
    _invitations_attempts_shares()


def _invitations_attempts_shares() -> None:
    op.create_table(
        "invitation",
        _id(),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invitation")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_invitation_token_hash")),
        _account_fk("used_by", "invitation", "SET NULL"),
        schema=SCHEMA,
    )
    op.create_table(
        "login_attempt",
        _id(),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("client", sa.String(length=60), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempt")),
        schema=SCHEMA,
    )
    for column in ("username", "client", "at"):
        op.create_index(
            op.f(f"ix_pivotprep_server_login_attempt_{column}"),
            "login_attempt",
            [column],
            schema=SCHEMA,
        )
    op.create_table(
        "share",
        _id(),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_share")),
        sa.UniqueConstraint("learner_id", "mentor_id", name=op.f("uq_share_learner_id")),
        _account_fk("learner_id", "share", "CASCADE"),
        _account_fk("mentor_id", "share", "CASCADE"),
        schema=SCHEMA,
    )


def downgrade() -> None:
    for table in ("share", "login_attempt", "invitation", "login_session", "account"):
        op.drop_table(table, schema=SCHEMA)
