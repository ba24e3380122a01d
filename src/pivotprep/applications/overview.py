"""What the jobs page and the CLI summaries show, each read in a handful of queries:
target companies with research, warm paths and scans; what is due this week; the funnel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.applications.companies import AIM, all_companies
from pivotprep.applications.contacts import count_contacts
from pivotprep.applications.content import CHANNELS, Baseline, baselines, research_checklist
from pivotprep.applications.funnel import (
    MIN_TO_COMPARE,
    AppFacts,
    ChannelFunnel,
    WeekRatio,
    by_channel,
    weekly,
)
from pivotprep.applications.models import Application, Company
from pivotprep.applications.network import BackgroundView, background, paths_by_company
from pivotprep.applications.outreach import FollowUpDue, pending_follow_ups, week_bounds
from pivotprep.applications.research import ResearchStatus, status
from pivotprep.applications.tracking import ApplicationView, list_applications
from pivotprep.applications.vocabulary import SIZE_SHORT, STAGE_LABELS, size_label
from pivotprep.applications.warm_paths import WarmPath
from pivotprep.core.clock import today


@dataclass(frozen=True)
class ScanView:
    scan_id: int
    resume_name: str
    resume_version: int
    rate: float
    line: int

    @property
    def below(self) -> bool:
        return self.rate < self.line


@dataclass(frozen=True)
class CompanySummary:
    id: int
    name: str
    size: str
    size_label: str
    role: str
    aliases: tuple[str, ...]
    research: ResearchStatus
    paths: tuple[WarmPath, ...]
    has_posting: bool
    posting_url: str
    resume_name: str
    scan: ScanView | None
    stage: str  # the latest application's stage label, "" when none


@dataclass(frozen=True)
class DueView:
    week_start: date
    week_end: date
    follow_ups: tuple[FollowUpDue, ...]  # due by the end of this week (overdue included)
    later: int  # follow-ups due after this week
    stale: tuple[ApplicationView, ...]


@dataclass(frozen=True)
class FunnelView:
    rows: tuple[ChannelFunnel, ...]
    weekly: tuple[WeekRatio, ...]
    baselines: tuple[Baseline, ...]
    min_to_compare: int


@dataclass(frozen=True)
class Overview:
    companies: tuple[CompanySummary, ...]
    aim: tuple[int, int]
    contacts: int
    applications: int
    due: DueView
    funnel: FunnelView
    notes: tuple[str, ...]
    background: BackgroundView


def company_summaries(
    session: Session,
    companies: Sequence[Company] | None = None,
    view: BackgroundView | None = None,
) -> list[CompanySummary]:
    from pivotprep.resume.service import latest_scans

    chosen = list(companies) if companies is not None else all_companies(session)
    view = view or background(session)
    paths = paths_by_company(session, chosen, view)
    wanted = {c.posting_hash: (c.resume_name or None) for c in chosen if c.posting_hash}
    scans = latest_scans(session, wanted)
    stages = _latest_stage(session, [c.id for c in chosen])
    checklist = research_checklist()
    out = []
    for c in chosen:
        hit = scans.get(c.posting_hash) if c.posting_hash else None
        scan = (
            ScanView(hit.scan_id, hit.resume_name, hit.resume_version, hit.rate, hit.rule_of_thumb)
            if hit
            else None
        )
        out.append(
            CompanySummary(
                c.id,
                c.name,
                c.size,
                size_label(c.size),
                c.role,
                tuple(c.aliases or ()),
                status(c.research or {}, checklist),
                tuple(paths.get(c.id, [])),
                bool(c.posting_text),
                c.posting_url,
                c.resume_name,
                scan,
                stages.get(c.id, ""),
            )
        )
    return out


def _latest_stage(session: Session, company_ids: list[int]) -> dict[int, str]:
    if not company_ids:
        return {}
    rows = session.execute(
        select(Application.company_id, Application.stage)
        .where(Application.company_id.in_(company_ids))
        .order_by(Application.stage_changed_on, Application.id)
    )
    return {cid: STAGE_LABELS.get(stage, stage) for cid, stage in rows if cid is not None}


def due_view(session: Session, apps: Sequence[ApplicationView] | None = None) -> DueView:
    start, end = week_bounds(today())
    pending = pending_follow_ups(session)
    views = list_applications(session) if apps is None else apps
    return DueView(
        start,
        end,
        tuple(d for d in pending if d.due <= end),
        sum(d.due > end for d in pending),
        tuple(v for v in views if v.stale),
    )


def funnel_view(apps: Sequence[ApplicationView]) -> FunnelView:
    facts = [AppFacts(a.channel, a.reached, a.applied_on, a.targeted) for a in apps]
    return FunnelView(
        tuple(by_channel(facts, CHANNELS)),
        tuple(weekly(facts, today=today())),
        baselines(),
        MIN_TO_COMPARE,
    )


def _size_notes(summaries: Sequence[CompanySummary], sizes: tuple[str, ...] | None) -> list[str]:
    """Targets whose size band the profile does not prepare for (the plan and the mock
    loops follow the profile's sizes)."""
    if not sizes:
        return []
    counts = Counter(s.size for s in summaries if s.size not in sizes)
    return [
        f"{n} of your targets {'is' if n == 1 else 'are'} {size_label(size)}, a size your profile "
        f"does not prepare you for ({', '.join(SIZE_SHORT[x] for x in sizes)}): add "
        f"{SIZE_SHORT[size]} to your profile, or drop {'it' if n == 1 else 'them'}."
        for size, n in sorted(counts.items())
    ]


def overview(session: Session) -> Overview:
    from pivotprep.profile.service import profile_snapshot

    me = background(session)
    summaries = company_summaries(session, view=me)
    apps = list_applications(session)
    snapshot = profile_snapshot(session)
    notes = _size_notes(summaries, snapshot.company_sizes if snapshot else None)
    return Overview(
        tuple(summaries),
        AIM,
        count_contacts(session),
        len(apps),
        due_view(session, apps),
        funnel_view(apps),
        tuple(notes),
        me,
    )


def target_sizes(session: Session) -> dict[str, int]:
    """How many targets are in each size band (small, mid, large)."""
    rows = session.execute(select(Company.size, func.count(Company.id)).group_by(Company.size))
    return {size: count for size, count in rows}
