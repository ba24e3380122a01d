"""Stories: the STAR story bank, practice attempts and VP explain attempts.

Revision ID: 0501
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0501"
down_revision = "0001"
branch_labels = ("stories",)
depends_on = None


def _now() -> sa.sql.functions.now:
    return sa.func.now()


def upgrade() -> None:
    op.create_table(
        "stories_story",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("past_role", sa.String(length=200), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories_story")),
    )
    op.create_table(
        "stories_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=60), nullable=False),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("signal", sa.String(length=40), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("seconds_allowed", sa.Integer(), nullable=False),
        sa.Column("seconds_taken", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["story_id"],
            ["stories_story.id"],
            name=op.f("fk_stories_attempt_story_id_stories_story"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories_attempt")),
    )
    op.create_index(
        op.f("ix_stories_attempt_story_id"), "stories_attempt", ["story_id"], unique=False
    )
    op.create_table(
        "stories_explain_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concept_id", sa.String(length=60), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=_now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories_explain_attempt")),
    )


def downgrade() -> None:
    op.drop_table("stories_explain_attempt")
    op.drop_index(op.f("ix_stories_attempt_story_id"), table_name="stories_attempt")
    op.drop_table("stories_attempt")
    op.drop_table("stories_story")
