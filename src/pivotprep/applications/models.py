"""Tables of the applications feature: target companies with their research, contacts,
outreach, applications with their stage history, and your own network background.

Company names are matched through `key` columns (see company_names.py), so a contact at
"Stripe, Inc." finds the target "Stripe" with one indexed comparison.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pivotprep.applications.content import CHANNELS, STAGES
from pivotprep.applications.vocabulary import SIZE_SHORT
from pivotprep.core.models import IMPORT_CHECK, Base, TimestampMixin, one_of

# What an imported row may hold where the feature keeps one of its fixed words.
_SIZE = {IMPORT_CHECK: one_of(tuple(SIZE_SHORT), "A company size")}
_STAGE = {IMPORT_CHECK: one_of(STAGES, "A stage")}


class Company(TimestampMixin, Base):
    """A target company: size band, role, research file, posting, tailored résumé."""

    __tablename__ = "applications_company"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    size: Mapped[str] = mapped_column(String(10), info=_SIZE)  # small | mid | large
    role: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    research: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    posting_url: Mapped[str] = mapped_column(String(500), default="")
    posting_text: Mapped[str] = mapped_column(Text, default="")
    posting_hash: Mapped[str] = mapped_column(String(64), default="")  # as résumé scans hash it
    resume_name: Mapped[str] = mapped_column(String(255), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Contact(TimestampMixin, Base):
    """Someone you know, from a LinkedIn export, a plain CSV or typed in."""

    __tablename__ = "applications_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(400), unique=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    url: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="", index=True)
    position: Mapped[str] = mapped_column(String(300), default="")
    connected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    past_companies: Mapped[list[str]] = mapped_column(JSON, default=list)
    schools: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")


class Outreach(TimestampMixin, Base):
    """One step of outreach to a contact: asked for a chat, followed up, replied ..."""

    __tablename__ = "applications_outreach"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("applications_contact.id", ondelete="CASCADE"), index=True
    )
    # An outreach content id: not checked on import, as a step that content no longer
    # holds is shown as a note.
    step: Mapped[str] = mapped_column(String(40))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Application(TimestampMixin, Base):
    """An application to one job; its company may or may not be on the target list."""

    __tablename__ = "applications_application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(80), unique=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications_company.id", ondelete="SET NULL"), nullable=True, index=True
    )
    company_name: Mapped[str] = mapped_column(String(200))
    company_key: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str] = mapped_column(String(20), default="saved", info=_STAGE)
    stage_changed_on: Mapped[date] = mapped_column(Date)
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    channel: Mapped[str] = mapped_column(
        String(20), default="", info={IMPORT_CHECK: one_of(("", *CHANNELS), "A channel")}
    )
    salary_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    posting_url: Mapped[str] = mapped_column(String(500), default="")
    resume_name: Mapped[str] = mapped_column(String(255), default="")
    gate_override: Mapped[bool] = mapped_column(Boolean, default=False)
    gate_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    targeted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="manual")


class StageEvent(Base):
    """Each stage an application reached, with its date: the stage dates and the funnel."""

    __tablename__ = "applications_stage_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications_application.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20), info=_STAGE)
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Background(TimestampMixin, Base):
    """Your own network facts the profile does not hold: more past employers, schools."""

    __tablename__ = "applications_background"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employers: Mapped[list[str]] = mapped_column(JSON, default=list)
    schools: Mapped[list[str]] = mapped_column(JSON, default=list)
    project: Mapped[str] = mapped_column(String(300), default="")
