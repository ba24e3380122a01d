"""Targeted applications and networking: the operations the CLI, the web and other
features call.

- target companies (20-40): size band, role, research file, posting, tailored résumé
  and its ATS scan (through `pivotprep.resume.service`);
- contacts from LinkedIn's Connections.csv or any CSV, matched to targets by normalised
  company name; warm paths (first-degree, former colleagues, alumni);
- outreach log, message templates, follow-up reminders (and their calendar file);
- applications through their stages, the gate against spraying, stale ones, "did I
  already apply there?", the funnel by channel beside published baselines;
- CSV in and out (pivotprep's own, Huntr's, any mapped file).

Everything takes a Session and plain values and returns typed values; user mistakes
raise `pivotprep.core.errors` classes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.applications import companies as _companies
from pivotprep.applications.companies import (
    AIM,
    CompanyInput,
    add_company,
    check_company,
    find_company,
    remove_company,
    set_posting,
    set_research,
    set_research_markdown,
    update_company,
)
from pivotprep.applications.contacts import (
    ContactPage,
    add_contact,
    count_contacts,
    get_contact,
    import_contacts,
    list_contacts,
)
from pivotprep.applications.content import (
    CHANNELS,
    STAGES,
    MessageTemplate,
    OutreachStep,
    ResearchItem,
)
from pivotprep.applications.content import outreach as _outreach_content
from pivotprep.applications.content import research_checklist as _checklist
from pivotprep.applications.content import templates as _templates
from pivotprep.applications.csv_exchange import (
    export_applications,
    export_companies,
    export_contacts,
    import_file,
)
from pivotprep.applications.gate import Reason
from pivotprep.applications.importing import (
    ImportRejectedError,
    ImportResult,
    LineProblem,
    parse_mapping,
)
from pivotprep.applications.messages import Message
from pivotprep.applications.models import Company
from pivotprep.applications.network import (
    BackgroundView,
    background,
    paths_by_company,
    set_background,
)
from pivotprep.applications.outreach import (
    ContactView,
    FollowUpDue,
    OutreachEntry,
    contact_view,
    delete_outreach,
    follow_ups_ics,
    log_outreach,
    message_for,
    pending_follow_ups,
)
from pivotprep.applications.overview import (
    CompanySummary,
    DueView,
    FunnelView,
    Overview,
    ScanView,
    company_summaries,
    due_view,
    funnel_view,
    overview,
    target_sizes,
)
from pivotprep.applications.research import to_markdown
from pivotprep.applications.tracking import (
    STALE_DAYS,
    ApplicationView,
    GateBlockedError,
    SearchHit,
    StageChange,
    add_application,
    application_view,
    check_gate,
    delete_application,
    list_applications,
    move_stage,
    search_applications,
    update_application,
)
from pivotprep.applications.vocabulary import CHANNEL_LABELS, SIZE_SHORT, STAGE_LABELS
from pivotprep.applications.warm_paths import Person, WarmPath
from pivotprep.core.errors import ValidationError

__all__ = [
    "AIM",
    "CHANNELS",
    "CHANNEL_LABELS",
    "CSV_KINDS",
    "SIZE_SHORT",
    "STAGES",
    "STAGE_LABELS",
    "STALE_DAYS",
    "ApplicationView",
    "BackgroundView",
    "CompanyDetail",
    "CompanyInput",
    "CompanyPaths",
    "CompanySummary",
    "ContactPage",
    "ContactView",
    "DueView",
    "FollowUpDue",
    "FunnelView",
    "GateBlockedError",
    "ImportRejectedError",
    "ImportResult",
    "LineProblem",
    "Message",
    "MessageTemplate",
    "OutreachEntry",
    "OutreachStep",
    "Overview",
    "PanelSummary",
    "Person",
    "Reason",
    "ResearchItem",
    "ScanView",
    "SearchHit",
    "StageChange",
    "WarmPath",
    "add_application",
    "add_company",
    "add_contact",
    "application_view",
    "background",
    "check_company",
    "check_gate",
    "company_detail",
    "company_size",
    "company_summaries",
    "contact_view",
    "count_contacts",
    "delete_application",
    "delete_outreach",
    "due_view",
    "export_csv",
    "export_csv_bytes",
    "find_company",
    "follow_ups_ics",
    "funnel",
    "get_contact",
    "import_contacts",
    "import_file",
    "list_applications",
    "list_companies",
    "list_contacts",
    "log_outreach",
    "message_for",
    "move_stage",
    "outreach_steps",
    "overview",
    "panel_summary",
    "parse_mapping",
    "pending_follow_ups",
    "remove_company",
    "research_items",
    "research_markdown",
    "scan_company",
    "search_applications",
    "set_background",
    "set_posting",
    "set_research",
    "set_research_markdown",
    "target_sizes",
    "templates",
    "update_application",
    "update_company",
    "warm_paths",
]

CSV_KINDS = ("applications", "contacts", "companies")


@dataclass(frozen=True)
class CompanyDetail:
    summary: CompanySummary
    posting_text: str
    notes: str
    applications: tuple[ApplicationView, ...]
    markdown: str


@dataclass(frozen=True)
class CompanyPaths:
    company_id: int
    company_name: str
    size_label: str
    paths: tuple[WarmPath, ...]


@dataclass(frozen=True)
class PanelSummary:
    targets: int
    applications: int
    due: int
    stale: int


def list_companies(session: Session) -> list[CompanySummary]:
    return company_summaries(session)


def company_detail(session: Session, name_or_id: str | int) -> CompanyDetail:
    company = find_company(session, name_or_id)
    summary = company_summaries(session, [company])[0]
    apps = [a for a in list_applications(session) if a.company_id == company.id]
    markdown = to_markdown(company.name, company.research or {}, _checklist())
    return CompanyDetail(summary, company.posting_text, company.notes, tuple(apps), markdown)


def research_items() -> tuple[ResearchItem, ...]:
    return _checklist().items


def research_markdown(session: Session, name_or_id: str | int) -> str:
    company = find_company(session, name_or_id)
    return to_markdown(company.name, company.research or {}, _checklist())


def company_size(session: Session, name: str) -> str | None:
    """The size band (small, mid, large) of a target company in any spelling, or None
    when it is not a target: the profile and the mock loops read sizes through this."""
    from pivotprep.applications.company_names import keys_for, match_key

    key = match_key(name)
    for company in session.scalars(select(Company)):
        if key and key in keys_for(company.name, company.aliases):
            return company.size
    return None


def scan_company(
    session: Session, name_or_id: str | int, *, resume_data: bytes, resume_filename: str
) -> ScanView:
    """Scan a résumé against the company's saved posting (stored as a résumé scan) and
    make that file the company's tailored résumé."""
    from pivotprep.resume.service import scan_documents

    company = find_company(session, name_or_id)
    if not company.posting_text:
        raise ValidationError(
            f"No job posting is saved for {company.name}; save it first, then scan.",
            field="posting_text",
        )
    result = scan_documents(
        session,
        resume_data=resume_data,
        resume_filename=resume_filename,
        job=company.posting_text,
        semantic="off",
    )
    company.resume_name = result.resume_name[:255]
    session.flush()
    return ScanView(
        result.scan_id or 0,
        result.resume_name,
        result.resume_version,
        result.report.rate,
        result.report.rule_of_thumb,
    )


def warm_paths(session: Session, name_or_id: str | int | None = None) -> list[CompanyPaths]:
    """Warm paths into one target, or into each target (strongest path first)."""
    chosen = (
        [find_company(session, name_or_id)] if name_or_id else _companies.all_companies(session)
    )
    paths = paths_by_company(session, chosen, background(session))
    from pivotprep.applications.vocabulary import size_label

    return [
        CompanyPaths(c.id, c.name, size_label(c.size), tuple(paths.get(c.id, ()))) for c in chosen
    ]


def funnel(session: Session) -> FunnelView:
    return funnel_view(list_applications(session))


def outreach_steps() -> tuple[OutreachStep, ...]:
    return _outreach_content().steps


def templates() -> dict[str, MessageTemplate]:
    return _templates()


def export_csv(session: Session, kind: str, out: TextIO) -> int:
    """Write one kind of data as pivotprep's CSV; returns the number of rows."""
    writers = {
        "applications": export_applications,
        "contacts": export_contacts,
        "companies": export_companies,
    }
    if kind not in writers:
        raise ValidationError(f"Unknown kind {kind!r}; use one of {', '.join(CSV_KINDS)}.")
    return writers[kind](session, out)


def export_csv_bytes(session: Session, kind: str) -> bytes:
    out = io.StringIO()
    export_csv(session, kind, out)
    return out.getvalue().encode("utf-8")


def panel_summary(session: Session) -> PanelSummary | None:
    """The dashboard card's numbers, counted in SQL (the dashboard shows every feature's
    card); None before anything is tracked."""
    from datetime import timedelta

    from sqlalchemy import func

    from pivotprep.applications.models import Application
    from pivotprep.applications.outreach import week_bounds
    from pivotprep.applications.vocabulary import CLOSED
    from pivotprep.core.clock import today

    targets = session.scalar(select(func.count(Company.id))) or 0
    apps = session.scalar(select(func.count(Application.id))) or 0
    if not targets and not apps:
        return None
    stale = session.scalar(
        select(func.count(Application.id)).where(
            Application.stage.not_in(sorted(CLOSED)),
            Application.stage_changed_on <= today() - timedelta(days=STALE_DAYS),
        )
    )
    end = week_bounds(today())[1]
    due = sum(d.due <= end for d in pending_follow_ups(session))
    return PanelSummary(targets, apps, due, stale or 0)
