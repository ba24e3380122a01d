"""Plan: mark the hours a tick logged by itself, so unticking can take them back.

Revision ID: 0102
Revises: 0101
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0102"
down_revision = "0101"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_log") as batch:
        batch.add_column(sa.Column("auto", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("plan_log") as batch:
        batch.drop_column("auto")
