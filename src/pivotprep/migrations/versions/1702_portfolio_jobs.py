"""Portfolio: checks started from the web run in the background; their stage is stored.

Revision ID: 1702
Revises: 1701
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "1702"
down_revision = "1701"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project", sa.String(length=200), nullable=False),
        sa.Column("run", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("runner", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("takehome_id", sa.Integer(), nullable=True),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_job")),
    )
    op.create_index(op.f("ix_portfolio_job_state"), "portfolio_job", ["state"])


def downgrade() -> None:
    op.drop_index(op.f("ix_portfolio_job_state"), table_name="portfolio_job")
    op.drop_table("portfolio_job")
