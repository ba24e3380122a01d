"""Server: review requests (a snapshot of the item as asked) and anchored comments.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

SCHEMA = "pivotprep_server"


def upgrade() -> None:
    op.create_table(
        "review_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_request")),
        sa.ForeignKeyConstraint(
            ["learner_id"],
            [f"{SCHEMA}.account.id"],
            name=op.f("fk_review_request_learner_id_account"),
            ondelete="CASCADE",
        ),
        schema=SCHEMA,
    )
    for column in ("learner_id", "status"):
        op.create_index(
            op.f(f"ix_pivotprep_server_review_request_{column}"),
            "review_request",
            [column],
            schema=SCHEMA,
        )
    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("anchor", sa.Integer(), nullable=False),
        sa.Column("quote", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comment")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            [f"{SCHEMA}.review_request.id"],
            name=op.f("fk_review_comment_request_id_review_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            [f"{SCHEMA}.account.id"],
            name=op.f("fk_review_comment_author_id_account"),
            ondelete="CASCADE",
        ),
        schema=SCHEMA,
    )
    op.create_index(
        op.f("ix_pivotprep_server_review_comment_request_id"),
        "review_comment",
        ["request_id"],
        schema=SCHEMA,
    )


def downgrade() -> None:
    op.drop_table("review_comment", schema=SCHEMA)
    op.drop_table("review_request", schema=SCHEMA)
