"""Applications: target companies, contacts, outreach, applications and their stages.

Revision ID: 1601
Revises: 0001
Create Date: 2026-12-05
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "1601"
down_revision = "0001"
branch_labels = ("applications",)
depends_on = None


def _stamps() -> list[sa.Column[Any]]:
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
        "applications_company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("size", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("research", sa.JSON(), nullable=False),
        sa.Column("posting_url", sa.String(length=500), nullable=False),
        sa.Column("posting_text", sa.Text(), nullable=False),
        sa.Column("posting_hash", sa.String(length=64), nullable=False),
        sa.Column("resume_name", sa.String(length=255), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_company")),
        sa.UniqueConstraint("key", name=op.f("uq_applications_company_key")),
    )
    op.create_table(
        "applications_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=400), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("company_key", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("connected_on", sa.Date(), nullable=True),
        sa.Column("past_companies", sa.JSON(), nullable=False),
        sa.Column("schools", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_contact")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_applications_contact_dedupe_key")),
    )
    op.create_index(
        op.f("ix_applications_contact_company_key"),
        "applications_contact",
        ["company_key"],
        unique=False,
    )
    op.create_table(
        "applications_outreach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["applications_contact.id"],
            name=op.f("fk_applications_outreach_contact_id_applications_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_outreach")),
    )
    op.create_index(
        op.f("ix_applications_outreach_contact_id"),
        "applications_outreach",
        ["contact_id"],
        unique=False,
    )
    op.create_table(
        "applications_application",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=80), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("company_key", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("stage_changed_on", sa.Date(), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("salary_notes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("posting_url", sa.String(length=500), nullable=False),
        sa.Column("resume_name", sa.String(length=255), nullable=False),
        sa.Column("gate_override", sa.Boolean(), nullable=False),
        sa.Column("gate_reasons", sa.JSON(), nullable=False),
        sa.Column("targeted", sa.Boolean(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["applications_company.id"],
            name=op.f("fk_applications_application_company_id_applications_company"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_application")),
        sa.UniqueConstraint("ref", name=op.f("uq_applications_application_ref")),
    )
    op.create_index(
        op.f("ix_applications_application_company_id"),
        "applications_application",
        ["company_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_applications_application_company_key"),
        "applications_application",
        ["company_key"],
        unique=False,
    )
    op.create_table(
        "applications_stage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications_application.id"],
            name=op.f("fk_applications_stage_event_application_id_applications_application"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_stage_event")),
    )
    op.create_index(
        op.f("ix_applications_stage_event_application_id"),
        "applications_stage_event",
        ["application_id"],
        unique=False,
    )
    op.create_table(
        "applications_background",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employers", sa.JSON(), nullable=False),
        sa.Column("schools", sa.JSON(), nullable=False),
        sa.Column("project", sa.String(length=300), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications_background")),
    )


def downgrade() -> None:
    op.drop_table("applications_background")
    op.drop_index(
        op.f("ix_applications_stage_event_application_id"), table_name="applications_stage_event"
    )
    op.drop_table("applications_stage_event")
    op.drop_index(
        op.f("ix_applications_application_company_key"), table_name="applications_application"
    )
    op.drop_index(
        op.f("ix_applications_application_company_id"), table_name="applications_application"
    )
    op.drop_table("applications_application")
    op.drop_index(op.f("ix_applications_outreach_contact_id"), table_name="applications_outreach")
    op.drop_table("applications_outreach")
    op.drop_index(op.f("ix_applications_contact_company_key"), table_name="applications_contact")
    op.drop_table("applications_contact")
    op.drop_table("applications_company")
