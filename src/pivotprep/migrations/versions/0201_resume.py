"""Resume: the ATS scan history (resume version x job).

Revision ID: 0201
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0201"
down_revision = "0001"
branch_labels = ("resume",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "resume_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resume_name", sa.String(length=255), nullable=False),
        sa.Column("resume_hash", sa.String(length=64), nullable=False),
        sa.Column("resume_version", sa.Integer(), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("job_hash", sa.String(length=64), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("mode", sa.String(length=120), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("matched", sa.JSON(), nullable=False),
        sa.Column("missing", sa.JSON(), nullable=False),
        sa.Column("required_matched", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume_scan")),
    )
    op.create_index(op.f("ix_resume_scan_job_hash"), "resume_scan", ["job_hash"], unique=False)
    op.create_index(
        op.f("ix_resume_scan_resume_hash"), "resume_scan", ["resume_hash"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_resume_scan_resume_hash"), table_name="resume_scan")
    op.drop_index(op.f("ix_resume_scan_job_hash"), table_name="resume_scan")
    op.drop_table("resume_scan")
