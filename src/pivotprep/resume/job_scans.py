"""The latest stored scan of a resume against a job posting, as other features read it
(the applications feature's gate compares its rate with the rule of thumb)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import UserError
from pivotprep.resume.models import ResumeScan
from pivotprep.resume.report.result import RULE_OF_THUMB, RULE_OF_THUMB_NOTE
from pivotprep.resume.scanning import text_hash


@dataclass(frozen=True)
class JobScan:
    """The latest stored scan of a résumé against one job posting."""

    scan_id: int
    resume_name: str
    resume_version: int
    rate: float
    rule_of_thumb: int
    scanned_at: datetime


def match_rate_line() -> tuple[int, str]:
    """The match rate a résumé should reach against a posting, and the sentence that says
    what that number is (a rule of thumb, not a law)."""
    return RULE_OF_THUMB, RULE_OF_THUMB_NOTE


def job_hash(job_text: str) -> str | None:
    """The hash scans store for this posting text (the text is cleaned as a scan cleans it);
    None when the text is too short to scan."""
    from pivotprep.resume.jobs.job_text import read_job

    try:
        return text_hash(read_job(job_text).text)
    except UserError:
        return None


def latest_scans(session: Session, wanted: Mapping[str, str | None]) -> dict[str, JobScan]:
    """For each job hash in `wanted`, the most recent scan against it (of the résumé file
    named beside it, when one is), in one query; hashes never scanned are left out."""
    if not wanted:
        return {}
    rows = session.scalars(
        select(ResumeScan)
        .where(ResumeScan.job_hash.in_(list(wanted)))
        .order_by(ResumeScan.id.desc())
    )
    found: dict[str, JobScan] = {}
    for row in rows:
        name = wanted.get(row.job_hash)
        if row.job_hash in found or (name and row.resume_name != name[:255]):
            continue
        found[row.job_hash] = JobScan(
            row.id, row.resume_name, row.resume_version, row.rate, RULE_OF_THUMB, row.created_at
        )
    return found


def latest_scan_for_job(
    session: Session, job_text: str, *, resume_name: str | None = None
) -> JobScan | None:
    """The most recent scan against this posting text (of `resume_name` when given, a file
    name as scans record it), or None when it was never scanned."""
    found = job_hash(job_text)
    if found is None:
        return None
    return latest_scans(session, {found: resume_name}).get(found)
