"""Portfolio: stored checks of a project, for the history; timed take-home attempts.

Revision ID: 1701
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "1701"
down_revision = "0001"
branch_labels = ("portfolio",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project", sa.String(length=200), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_check")),
    )
    op.create_index(op.f("ix_portfolio_check_project"), "portfolio_check", ["project"])
    op.create_index(op.f("ix_portfolio_check_checked_at"), "portfolio_check", ["checked_at"])
    op.create_table(
        "portfolio_takehome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brief_id", sa.String(length=80), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_takehome")),
    )
    op.create_index(op.f("ix_portfolio_takehome_brief_id"), "portfolio_takehome", ["brief_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_portfolio_takehome_brief_id"), table_name="portfolio_takehome")
    op.drop_table("portfolio_takehome")
    op.drop_index(op.f("ix_portfolio_check_checked_at"), table_name="portfolio_check")
    op.drop_index(op.f("ix_portfolio_check_project"), table_name="portfolio_check")
    op.drop_table("portfolio_check")
