"""Design: timed sessions, drill answers, design cards (FSRS) and their logs, drift lab runs.

Revision ID: 0601
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0601"
down_revision = "0001"
branch_labels = ("design",)
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
        "design_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(length=80), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("diagram", sa.Text(), nullable=False),
        sa.Column("diagram_error", sa.String(length=400), nullable=True),
        sa.Column("phase_seconds", sa.JSON(), nullable=False),
        sa.Column("active_phase", sa.String(length=30), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("saves", sa.Integer(), nullable=False),
        sa.Column("review", sa.JSON(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_session")),
    )
    op.create_index(op.f("ix_design_session_prompt_id"), "design_session", ["prompt_id"])
    op.create_table(
        "design_drill_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("drill_id", sa.String(length=80), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_drill_attempt")),
    )
    op.create_index(op.f("ix_design_drill_attempt_drill_id"), "design_drill_attempt", ["drill_id"])
    op.create_table(
        "design_card",
        sa.Column("card_id", sa.String(length=80), nullable=False),
        sa.Column("deck", sa.String(length=40), nullable=False),
        sa.Column("card", sa.JSON(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_rating", sa.Integer(), nullable=False),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("stability", sa.Float(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("card_id", name=op.f("pk_design_card")),
    )
    op.create_index(op.f("ix_design_card_deck"), "design_card", ["deck"])
    op.create_index(op.f("ix_design_card_due"), "design_card", ["due"])
    op.create_table(
        "design_card_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.String(length=80), nullable=False),
        sa.Column("deck", sa.String(length=40), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=300), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=True),
        sa.Column("evidence", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_card_log")),
    )
    op.create_index(op.f("ix_design_card_log_card_id"), "design_card_log", ["card_id"])
    op.create_index(op.f("ix_design_card_log_reviewed_at"), "design_card_log", ["reviewed_at"])
    op.create_table(
        "design_lab_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("precision", sa.Float(), nullable=False),
        sa.Column("recall", sa.Float(), nullable=False),
        sa.Column("checklist", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_design_lab_run")),
    )
    op.create_index(op.f("ix_design_lab_run_created_at"), "design_lab_run", ["created_at"])


def downgrade() -> None:
    op.drop_table("design_lab_run")
    op.drop_table("design_card_log")
    op.drop_table("design_card")
    op.drop_table("design_drill_attempt")
    op.drop_table("design_session")
