"""Tasks: heavy work submitted to the queue in server mode, its state, files and result.

Revision ID: 2101
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "2101"
down_revision = "0001"
branch_labels = ("tasks",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task_job",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("error_type", sa.String(length=40), nullable=True),
        sa.Column("error_field", sa.String(length=40), nullable=True),
        sa.Column("worker", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_job")),
    )
    op.create_index(op.f("ix_task_job_state"), "task_job", ["state"])
    op.create_table(
        "task_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["task_job.id"],
            name=op.f("fk_task_file_job_id_task_job"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_file")),
    )
    op.create_index(op.f("ix_task_file_job_id"), "task_file", ["job_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_task_file_job_id"), table_name="task_file")
    op.drop_table("task_file")
    op.drop_index(op.f("ix_task_job_state"), table_name="task_job")
    op.drop_table("task_job")
