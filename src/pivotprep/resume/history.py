"""Scan history: versions of a resume, the comparison with the last scan of a job, and the
stored scans listed and shown again.

A resume version is a distinct text under one file name (v1, v2 ...); a job is known by
the hash of its text. A re-scan is compared with the last scan of the same file against
the same job, else with the last scan of any file against it (the summary names that
file). A stored scan is shown from its report's JSON form (report/presentation.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NextStep, NotFoundError
from pivotprep.resume.models import ResumeScan
from pivotprep.resume.report.presentation import (
    ScanView,
    Segment,
    change_summary,
    gap_keywords,
    highlight,
    job_label,
    present,
)
from pivotprep.resume.report.result import MatchReport

if TYPE_CHECKING:
    from pivotprep.resume.scanning import ScanResult


@dataclass(frozen=True)
class ScanSummary:
    """One stored scan in a list: which resume against which job, and how it went."""

    id: int
    created_at: datetime | None
    resume_name: str
    resume_version: int
    job_title: str
    rate: float
    required_matched: tuple[str, ...]
    change: str  # what changed since the scan it was compared with ("" for a first scan)
    gaps: tuple[str, ...]  # the real gaps, by keyword
    job_hash: str = ""  # which posting (two untitled postings are still two targets)

    @property
    def job_label(self) -> str:
        return job_label(self.job_title)


@dataclass(frozen=True)
class StoredScan:
    """A stored scan: its report as typed values, the job text cut into highlighted
    segments, and its JSON form without the job text (what a JSON export prints)."""

    id: int
    view: ScanView
    segments: tuple[Segment, ...]
    data: dict[str, Any]


def version_of(session: Session, name: str, resume_hash: str) -> int:
    """The resume's version under its file name: the same text keeps its number, a new
    text gets the next one."""
    same_resume = session.scalars(
        select(ResumeScan).where(ResumeScan.resume_name == name).order_by(ResumeScan.id)
    ).all()
    version = next((s.resume_version for s in same_resume if s.resume_hash == resume_hash), 0)
    return version or max((s.resume_version for s in same_resume), default=0) + 1


def previous_scan(session: Session, job_hash: str, name: str) -> ResumeScan | None:
    """The scan to compare with: the last of this resume file against this job, else the
    last of any resume against this job (the summary then names that other file)."""
    latest = (
        select(ResumeScan).where(ResumeScan.job_hash == job_hash).order_by(ResumeScan.id.desc())
    )
    same_file = session.scalars(latest.where(ResumeScan.resume_name == name[:255]).limit(1))
    return same_file.first() or session.scalars(latest.limit(1)).first()


def changes_since(
    previous: ResumeScan | None, report: MatchReport, version: int, name: str = ""
) -> dict[str, Any] | None:
    """What changed since `previous` (None for a first scan of this job): required keywords
    gained and lost, the rate before and after, and one summary sentence."""
    if previous is None:
        return None
    other_file = bool(name) and previous.resume_name != name[:255]
    now_req = set(report.required_matched())
    was_req = set(previous.required_matched)
    now = {k.name for k in report.matched}
    was = set(previous.matched)
    gained, lost = sorted(now_req - was_req), sorted(was_req - now_req)
    delta = len(now_req) - len(was_req)
    if other_file:
        since = (
            f"since the last scan of a different file, {previous.resume_name} (scan #{previous.id})"
        )
    else:
        since = (
            f"since the last {'version' if previous.resume_version != version else 'scan'} "
            f"(v{previous.resume_version}, scan #{previous.id})"
        )
    summary = (
        f"{delta:+d} required keyword{'s' if abs(delta) != 1 else ''} {since}; "
        f"match rate {previous.rate:.0f}% -> {report.rate:.0f}%"
    )
    return {
        "since_scan": previous.id,
        "since_version": previous.resume_version,
        "since_resume": previous.resume_name,
        "same_resume": not other_file,
        "rate_before": previous.rate,
        "rate_delta": round(report.rate - previous.rate, 1),
        "required_delta": delta,
        "required_gained": gained,
        "required_lost": lost,
        "matched_gained": sorted(now - was),
        "matched_lost": sorted(was - now),
        "summary": summary,
    }


def store_scan(session: Session, out: ScanResult, resume_hash: str, job_hash: str) -> None:
    """Keep the scan (its full report and the job text, for the page) and give it its id."""
    report = out.report
    row = ResumeScan(
        resume_name=out.resume_name[:255],
        resume_hash=resume_hash,
        resume_version=out.resume_version,
        job_title=out.job_title,
        job_hash=job_hash,
        rate=report.rate,
        mode=out.triage.mode[:120],
        parts=[p.__dict__ for p in report.parts],
        matched=[k.name for k in report.matched],
        missing=[k.name for k in report.missing],
        required_matched=report.required_matched(),
        report=out.to_dict() | {"job_text": out.job_text},
    )
    session.add(row)
    session.flush()
    out.scan_id = row.id
    row.report = {**row.report, "scan_id": row.id}  # a new dict: JSON columns track by value
    session.flush()


def _summary(row: ResumeScan) -> ScanSummary:
    data = row.report or {}
    return ScanSummary(
        row.id,
        row.created_at,
        row.resume_name,
        row.resume_version,
        row.job_title or "",
        row.rate,
        tuple(row.required_matched),
        change_summary(data),
        gap_keywords(data),
        row.job_hash or "",
    )


def list_scans(session: Session, limit: int = 50) -> list[ScanSummary]:
    """The latest scans, newest first."""
    rows = session.scalars(select(ResumeScan).order_by(ResumeScan.id.desc()).limit(limit))
    return [_summary(row) for row in rows]


def latest_scan(session: Session) -> ScanSummary | None:
    """The newest scan, or None before the first."""
    return next(iter(list_scans(session, 1)), None)


def get_scan(session: Session, scan_id: int) -> StoredScan:
    """A stored scan, ready to show; NotFoundError (with the way to the list) when none."""
    # a number past a 64-bit key names no row (and SQLite cannot even bind it)
    row = session.get(ResumeScan, scan_id) if 0 < scan_id < 2**63 else None
    if row is None:
        raise NotFoundError(f"No scan #{scan_id}.", next_step=NextStep("resume.history"))
    data = dict(row.report)
    job_text = str(data.pop("job_text", ""))
    view = present(data)
    return StoredScan(row.id, view, highlight(job_text, view.keywords), data)
