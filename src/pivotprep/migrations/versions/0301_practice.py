"""Practice: attempts, judged runs, FSRS review cards and their logs.

Revision ID: 0301
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0301"
down_revision = "0001"
branch_labels = ("practice",)
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
        "practice_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.String(length=80), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("hints_revealed", sa.Integer(), nullable=False),
        sa.Column("solution_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("forced_peek", sa.Boolean(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("failed_runs", sa.Integer(), nullable=False),
        sa.Column("passed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_attempt")),
    )
    op.create_index(op.f("ix_practice_attempt_problem_id"), "practice_attempt", ["problem_id"])
    op.create_table(
        "practice_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("complexity_ok", sa.Boolean(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["practice_attempt.id"],
            name=op.f("fk_practice_run_attempt_id_practice_attempt"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_run")),
    )
    op.create_index(op.f("ix_practice_run_attempt_id"), "practice_run", ["attempt_id"])
    op.create_index(op.f("ix_practice_run_problem_id"), "practice_run", ["problem_id"])
    op.create_table(
        "practice_review",
        sa.Column("problem_id", sa.String(length=80), nullable=False),
        sa.Column("pattern", sa.String(length=60), nullable=False),
        sa.Column("card", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_rating", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("stability", sa.Float(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("problem_id", name=op.f("pk_practice_review")),
    )
    op.create_index(op.f("ix_practice_review_pattern"), "practice_review", ["pattern"])
    op.create_index(op.f("ix_practice_review_due"), "practice_review", ["due"])
    op.create_table(
        "practice_review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.String(length=80), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_review_log")),
    )
    op.create_index(
        op.f("ix_practice_review_log_problem_id"), "practice_review_log", ["problem_id"]
    )


def downgrade() -> None:
    op.drop_table("practice_review_log")
    op.drop_table("practice_review")
    op.drop_table("practice_run")
    op.drop_table("practice_attempt")
