"""Mock interviews: loops and rounds (events, answer, scorecard, a peer's feedback).

Revision ID: 1501
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "1501"
down_revision = "0001"
branch_labels = ("mock",)
depends_on = None


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "mock_loop",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("size", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("debrief", sa.JSON(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mock_loop")),
    )
    op.create_table(
        "mock_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loop_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("item_id", sa.String(length=80), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("touched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active_seconds", sa.Float(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("scorecard", sa.JSON(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["loop_id"], ["mock_loop.id"], name=op.f("fk_mock_round_loop_id_mock_loop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mock_round")),
    )
    op.create_index(op.f("ix_mock_round_loop_id"), "mock_round", ["loop_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_mock_round_loop_id"), table_name="mock_round")
    op.drop_table("mock_round")
    op.drop_table("mock_loop")
