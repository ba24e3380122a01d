"""ATS scan operations, called by the CLI and the web alike.

`scan_documents` reads the resume and the job (reading.py), scans them (ats.py),
triages what is missing (triage.py, semantic evidence when the extra is installed),
checks formatting (formatting.py), stores the scan and compares it with the previous
scan of the same job. Reading errors are raised before anything is stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NotFoundError, UserError, ValidationError
from pivotprep.resume.models import ResumeScan
from pivotprep.resume.report.result import RULE_OF_THUMB, RULE_OF_THUMB_NOTE
from pivotprep.resume.report.scoring import (
    JobSentenceText,
    JobText,
    MatchReport,
    ResumeLine,
    ResumeText,
    scan,
)
from pivotprep.resume.report.triage import GAP, Triage, triage

SEMANTIC_MODES = ("auto", "on", "off")
LINE_REFS_NOTE = (
    "Line numbers (L12, 'line 12') count the lines of text read from {name}, blank lines "
    "skipped: a {kind} has no line numbers of its own, so find each line by its text."
)


@dataclass
class ScanResult:
    """Everything the report shows. `to_dict()` is the `--json` output."""

    scan_id: int | None
    resume_name: str
    resume_version: int
    job_title: str
    report: MatchReport
    triage: Triage
    formatting: list[dict]
    changes: dict | None
    job_text: str
    job_sentences: list[dict]
    notes: list[str] = field(default_factory=list)
    line_refs: str = "file"  # "file": TXT/MD line numbers; "extracted": PDF/DOCX text lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "scan_id": self.scan_id,
            "resume": {
                "name": self.resume_name,
                "version": self.resume_version,
                "line_refs": self.line_refs,
            },
            "job": {"title": self.job_title},
            "rate": self.report.rate,
            "rule_of_thumb": {
                "rate": self.report.rule_of_thumb,
                "note": RULE_OF_THUMB_NOTE,
            },
            "mode": self.triage.mode,
            "parts": [p.__dict__ for p in self.report.parts],
            "keywords": self.report.to_dict()["keywords"],
            "title": self.report.title,
            "education": self.report.education,
            "triage": self.triage.to_dict()["items"],
            "formatting": self.formatting,
            "changes": self.changes,
            "notes": self.notes,
        }


def resume_input(doc: Any) -> ResumeText:
    """The scan's view of a `reading.ResumeDocument`."""
    lines = tuple(
        ResumeLine(ln.number, ln.text, ln.section, getattr(ln, "where", "body"))
        for ln in doc.lines
        if ln.text
    )
    return ResumeText(lines, doc.headline or "", getattr(doc, "line_refs", "file"))


def job_input(job: Any) -> JobText:
    """The scan's view of a `reading.JobDescription`."""
    sentences = tuple(
        JobSentenceText(s.index, s.text, s.start, s.end, s.part) for s in job.sentences
    )
    return JobText(job.text, job.title or "", sentences)


def _hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _similarity(semantic: str):  # type: ignore[no-untyped-def]
    from pivotprep.resume.matching import semantic as sem

    if semantic == "off":
        return None
    if not sem.available():
        if semantic == "on":
            raise ValidationError(
                "Semantic evidence needs the optional extra: pip install 'pivotprep[semantic]' "
                "(install torch==2.13.0 first on a CPU-only machine).",
                field="semantic",
            )
        return None
    return sem.similarities


def _domain(session: Session) -> str | None:
    from pivotprep.profile.service import get_profile
    from pivotprep.resume.report.translation import DOMAINS

    profile = get_profile(session)
    if profile is not None and profile.domain in DOMAINS:
        return profile.domain
    return None


def _previous_scan(session: Session, job_hash: str, name: str) -> ResumeScan | None:
    """The scan to compare with: the last of this resume file against this job, else the
    last of any resume against this job (the summary then names that other file)."""
    latest = (
        select(ResumeScan).where(ResumeScan.job_hash == job_hash).order_by(ResumeScan.id.desc())
    )
    same_file = session.scalars(latest.where(ResumeScan.resume_name == name[:255]).limit(1))
    return same_file.first() or session.scalars(latest.limit(1)).first()


def _changes(
    previous: ResumeScan | None, report: MatchReport, version: int, name: str = ""
) -> dict | None:
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


def scan_texts(
    resume: ResumeText,
    job: JobText,
    *,
    domain: str | None = None,
    semantic: str = "off",
) -> tuple[MatchReport, Triage]:
    """Scan without storing: the pure part, for benches and tests."""
    report = scan(resume, job)
    return report, triage(report, resume, domain=domain, similarity=_similarity(semantic))


def scan_documents(
    session: Session,
    *,
    resume_data: bytes,
    resume_filename: str,
    job: str | bytes,
    job_filename: str | None = None,
    semantic: str = "auto",
    store: bool = True,
) -> ScanResult:
    """Read, scan, triage, check formatting, store, and compare with the last scan of this job."""
    from pivotprep.resume.documents.reading import read_job, read_resume
    from pivotprep.resume.report.formatting import check_formatting

    if semantic not in SEMANTIC_MODES:
        raise ValidationError(f"semantic must be one of {', '.join(SEMANTIC_MODES)}.")
    doc = read_resume(resume_data, resume_filename)
    posting = read_job(job, job_filename)
    resume_in, job_in = resume_input(doc), job_input(posting)
    report, result = scan_texts(resume_in, job_in, domain=_domain(session), semantic=semantic)
    findings = [
        {"id": f.id, "severity": f.severity, "message": f.message, "evidence": f.evidence}
        for f in check_formatting(doc, posting.title)
    ]
    notes = [*doc.layout.notes, *posting.notes]
    if doc.line_refs == "extracted":
        notes.append(LINE_REFS_NOTE.format(name=doc.filename, kind=doc.file_type.upper()))
    name = doc.filename
    resume_hash, job_hash = _hash(doc.text), _hash(posting.text)
    same_resume = session.scalars(
        select(ResumeScan).where(ResumeScan.resume_name == name).order_by(ResumeScan.id)
    ).all()
    version = next((s.resume_version for s in same_resume if s.resume_hash == resume_hash), 0)
    if not version:
        version = max((s.resume_version for s in same_resume), default=0) + 1
    changes = _changes(_previous_scan(session, job_hash, name), report, version, name)
    job_title = (posting.title or "")[:200]
    sentences = [{"index": s.index, "start": s.start, "end": s.end} for s in posting.sentences]
    out = ScanResult(
        None,
        name,
        version,
        job_title,
        report,
        result,
        findings,
        changes,
        posting.text,
        sentences,
        notes,
        doc.line_refs,
    )
    if store:
        row = ResumeScan(
            resume_name=name[:255],
            resume_hash=resume_hash,
            resume_version=version,
            job_title=job_title,
            job_hash=job_hash,
            rate=report.rate,
            mode=result.mode[:120],
            parts=[p.__dict__ for p in report.parts],
            matched=[k.name for k in report.matched],
            missing=[k.name for k in report.missing],
            required_matched=report.required_matched(),
            report=out.to_dict() | {"job_text": posting.text},
        )
        session.add(row)
        session.flush()
        out.scan_id = row.id
        row.report = {**row.report, "scan_id": row.id}  # a new dict: JSON columns track by value
        session.flush()
    return out


@dataclass(frozen=True)
class JobScan:
    """The latest stored scan of a résumé against one job posting, as another feature
    reads it (the applications gate compares `rate` with `rule_of_thumb`)."""

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
        return _hash(read_job(job_text).text)
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


def list_scans(session: Session, limit: int = 50) -> list[ResumeScan]:
    return list(
        session.scalars(select(ResumeScan).order_by(ResumeScan.id.desc()).limit(limit)).all()
    )


def get_scan(session: Session, scan_id: int) -> ResumeScan:
    # a number past a 64-bit key names no row (and SQLite cannot even bind it)
    row = session.get(ResumeScan, scan_id) if 0 < scan_id < 2**63 else None
    if row is None:
        raise NotFoundError(f"No scan #{scan_id}. `pivotprep scan history` lists your scans.")
    return row


def gaps(result: ScanResult) -> list[dict]:
    return [i.to_dict() for i in result.triage.items if i.verdict == GAP]


def add_gap_to_plan(
    session: Session, skill: str, *, step: str | None = None, hours: float | None = None
) -> Any:
    """Add 'learn and show evidence of SKILL' to the plan (plan.service.place_custom_task).

    Returns the plan's `CustomTaskResult`: the task, its weeks, and the practice blocks it
    took the place of, so the caller can tell the user what moved.
    """
    from pivotprep.plan.service import place_custom_task
    from pivotprep.resume.matching.taxonomy import load_taxonomy
    from pivotprep.resume.report.triage import plan_for

    name = " ".join(str(skill or "").split())
    if not 1 <= len(name) <= 120:
        raise ValidationError("Name the skill to add (1 to 120 characters).", field="skill")
    known = load_taxonomy().get(name)
    kind = "soft_skills" if known is not None and known.category == "soft skill" else "hard"
    default_step, default_hours = plan_for(known, kind)
    label = known.name if known is not None else name
    if kind == "soft_skills":
        title = f"Prepare a story that shows {label} (ATS gap)"
        detail = f"The job asks for {label}; your resume shows no evidence yet. Write a STAR story."
    else:
        title = f"Learn {label} and build evidence for your resume (ATS gap)"
        detail = (
            f"The job asks for {label} and your resume has no evidence of it. Learn it, use it "
            "in a project, then add it to your resume with that project as the evidence."
        )
    return place_custom_task(
        session,
        title=title,
        step=step or default_step,
        hours=hours if hours is not None else default_hours,
        source="resume",
        detail=detail,
    )
