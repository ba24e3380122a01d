"""Readiness: the learner's answers to proposed re-plans.

Revision ID: 1801
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "1801"
down_revision = "0001"
branch_labels = ("readiness",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "readiness_choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readiness_choice")),
    )
    op.create_index(op.f("ix_readiness_choice_key"), "readiness_choice", ["key"])


def downgrade() -> None:
    op.drop_index(op.f("ix_readiness_choice_key"), table_name="readiness_choice")
    op.drop_table("readiness_choice")
