"""ATS scan operations, called by the CLI and the web alike: the feature's one door.

`scan_upload` checks what an interface received (a resume; the job as a file or as text)
and reads each file within the size limit; `scan_documents` reads both documents
(documents/, jobs/), scans them (report/scoring.py), triages what is missing
(report/triage.py, with semantic evidence when the extra is installed), checks the
formatting (report/formatting.py), stores the scan and compares it with the previous scan
of the same job. Reading errors are raised before anything is stored.

The report reaches an interface as typed values (report/presentation.py): the rate's
band, verdict labels and tones, keyword matches in words, the variants, the highlighted
job. Other features use `find_jargon`, the translation map of past-career phrases.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import InputTooLargeError, NextStep, NotFoundError, ValidationError
from pivotprep.resume.documents.limits import (
    MAX_JOB_CHARS,
    MAX_UPLOAD_BYTES,
    read_limited,
    too_large,
)
from pivotprep.resume.models import ResumeScan
from pivotprep.resume.report.presentation import (
    ScanView,
    Segment,
    Tone,
    change_summary,
    gap_keywords,
    highlight,
    job_label,
    present,
)
from pivotprep.resume.report.result import RULE_OF_THUMB_NOTE
from pivotprep.resume.report.scoring import (
    JobSentenceText,
    JobText,
    MatchReport,
    ResumeLine,
    ResumeText,
    scan,
)
from pivotprep.resume.report.translation import JargonHit, find_jargon
from pivotprep.resume.report.triage import Similarity, Triage, triage

if TYPE_CHECKING:
    from pivotprep.plan.service import CustomTaskResult
    from pivotprep.resume.documents.reading import JobDescription, ResumeDocument

__all__ = [
    "JargonHit",
    "PlacedGap",
    "SEMANTIC_MODES",
    "ScanResult",
    "ScanSummary",
    "ScanView",
    "Segment",
    "StoredScan",
    "Tone",
    "Upload",
    "add_gap_to_plan",
    "add_gaps_to_plan",
    "find_jargon",
    "get_scan",
    "job_input",
    "latest_scan",
    "list_scans",
    "loads_semantic_model",
    "replaced_hours",
    "resume_input",
    "scan_documents",
    "scan_texts",
    "scan_upload",
    "semantic_available",
]

SEMANTIC_MODES = ("auto", "on", "off")
LINE_REFS_NOTE = (
    "Line numbers (L12, 'line 12') count the lines of text read from {name}, blank lines "
    "skipped: a {kind} has no line numbers of its own, so find each line by its text."
)


@dataclass
class ScanResult:
    """Everything the report shows. `to_dict()` is its JSON form (stored, and printed as
    JSON); `view()` the typed values the interfaces render."""

    scan_id: int | None
    resume_name: str
    resume_version: int
    job_title: str
    report: MatchReport
    triage: Triage
    formatting: list[dict[str, Any]]
    changes: dict[str, Any] | None
    job_text: str
    job_sentences: list[dict[str, int]]
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

    def view(self) -> ScanView:
        return present(self.to_dict())


@dataclass(frozen=True)
class Upload:
    """A file as an interface received it: its name, an open binary stream, and the size
    it declares when known (a file's stat), refused before anything is read."""

    name: str
    stream: BinaryIO
    size: int | None = None


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


@dataclass(frozen=True)
class PlacedGap:
    """A real gap put into the plan: the task it became and what it took the place of."""

    skill: str
    task: str
    week: int
    message: str
    replaced_hours: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def resume_input(doc: ResumeDocument) -> ResumeText:
    """The scan's view of a `reading.ResumeDocument`."""
    lines = tuple(
        ResumeLine(ln.number, ln.text, ln.section, ln.where) for ln in doc.lines if ln.text
    )
    return ResumeText(lines, doc.headline or "", doc.line_refs)


def job_input(job: JobDescription) -> JobText:
    """The scan's view of a `reading.JobDescription`."""
    sentences = tuple(
        JobSentenceText(s.index, s.text, s.start, s.end, s.part) for s in job.sentences
    )
    return JobText(job.text, job.title or "", sentences)


def semantic_available() -> bool:
    """Whether the semantic extra is installed (lines close in meaning count as evidence)."""
    from pivotprep.resume.matching.semantic import available

    return available()


def loads_semantic_model(semantic: str) -> bool:
    """Whether a scan in this mode loads the sentence model (a few seconds, once)."""
    return semantic != "off" and semantic_available()


def _hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _similarity(semantic: str) -> Similarity | None:
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
) -> dict[str, Any] | None:
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


def _check_request(resume: Upload | None, job_file: Upload | None, job_text: str) -> Upload:
    """A resume, and a job as a file or as text of a sane length: else say what is missing.
    Returns the resume."""
    errors: dict[str, str] = {}
    if resume is None or not resume.name:
        errors["resume"] = "Your resume file is missing (PDF, DOCX, TXT or Markdown)."
    if job_file is None and not job_text.strip():
        errors["job"] = "The job description is missing: give it as text or as a file."
    if resume is None or errors:
        raise ValidationError(next(iter(errors.values())), errors=errors)
    if job_file is None and len(job_text) > 4 * MAX_JOB_CHARS:
        raise InputTooLargeError(
            "The job description text is too long; give only the posting.", field="job"
        )
    return resume


def _read(upload: Upload, field: str) -> bytes:
    """An uploaded file's bytes, refused as soon as it is over the size limit."""
    if upload.size is not None:
        too_large(upload.size, MAX_UPLOAD_BYTES, field=field)
    return read_limited(upload.stream, MAX_UPLOAD_BYTES, field=field)


def scan_upload(
    session: Session,
    *,
    resume: Upload | None,
    job_file: Upload | None = None,
    job_text: str = "",
    semantic: str = "auto",
    store: bool = True,
) -> ScanResult:
    """Check what was sent, read each file within the size limit, and scan it."""
    resume = _check_request(resume, job_file, job_text)
    resume_data = _read(resume, "resume")
    job: str | bytes = _read(job_file, "job") if job_file is not None else job_text
    return scan_documents(
        session,
        resume_data=resume_data,
        resume_filename=resume.name,
        job=job,
        job_filename=(job_file.name or None) if job_file is not None else None,
        semantic=semantic,
        store=store,
    )


def _version(session: Session, name: str, resume_hash: str) -> int:
    """The resume's version under its file name: the same text keeps its number, a new
    text gets the next one."""
    same_resume = session.scalars(
        select(ResumeScan).where(ResumeScan.resume_name == name).order_by(ResumeScan.id)
    ).all()
    version = next((s.resume_version for s in same_resume if s.resume_hash == resume_hash), 0)
    return version or max((s.resume_version for s in same_resume), default=0) + 1


def _notes(doc: ResumeDocument, posting: JobDescription) -> list[str]:
    notes = [*doc.layout.notes, *posting.notes]
    if doc.line_refs == "extracted":
        notes.append(LINE_REFS_NOTE.format(name=doc.filename, kind=doc.file_type.upper()))
    return notes


def _findings(doc: ResumeDocument, job_title: str | None) -> list[dict[str, Any]]:
    from pivotprep.resume.report.formatting import check_formatting

    return [
        {"id": f.id, "severity": f.severity, "message": f.message, "evidence": f.evidence}
        for f in check_formatting(doc, job_title)
    ]


def _store(session: Session, out: ScanResult, resume_hash: str, job_hash: str) -> None:
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

    if semantic not in SEMANTIC_MODES:
        raise ValidationError(f"semantic must be one of {', '.join(SEMANTIC_MODES)}.")
    doc = read_resume(resume_data, resume_filename)
    posting = read_job(job, job_filename)
    report, result = scan_texts(
        resume_input(doc), job_input(posting), domain=_domain(session), semantic=semantic
    )
    name = doc.filename
    resume_hash, job_hash = _hash(doc.text), _hash(posting.text)
    version = _version(session, name, resume_hash)
    out = ScanResult(
        None,
        name,
        version,
        (posting.title or "")[:200],
        report,
        result,
        _findings(doc, posting.title),
        _changes(_previous_scan(session, job_hash, name), report, version, name),
        posting.text,
        [{"index": s.index, "start": s.start, "end": s.end} for s in posting.sentences],
        _notes(doc, posting),
        doc.line_refs,
    )
    if store:
        _store(session, out, resume_hash, job_hash)
    return out


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


def _hours(hours: float | str | None) -> float | None:
    """Hours as a number, or None for the skill's default; text (a form field) is parsed."""
    if not isinstance(hours, str):
        return hours
    if not hours.strip():
        return None
    try:
        return float(hours)
    except ValueError:
        raise ValidationError("Hours must be a number.", field="hours") from None


def add_gap_to_plan(
    session: Session,
    skill: str,
    *,
    step: str | None = None,
    hours: float | str | None = None,
) -> CustomTaskResult:
    """Add 'learn and show evidence of SKILL' to the plan (plan.service.place_custom_task).

    Returns the plan's `CustomTaskResult`: the task, its weeks, and the practice blocks it
    took the place of, so the caller can tell the user what moved. `hours` may be text.
    """
    from pivotprep.plan.service import place_custom_task
    from pivotprep.resume.matching.taxonomy import load_taxonomy
    from pivotprep.resume.report.triage import plan_for

    amount = _hours(hours)
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
        hours=amount if amount is not None else default_hours,
        source="resume",
        detail=detail,
    )


def replaced_hours(placed: CustomTaskResult) -> float:
    """The practice hours a newly placed task took the place of."""
    return sum(d.hours for d in placed.displaced)


def add_gaps_to_plan(session: Session, result: ScanResult) -> list[PlacedGap]:
    """Every real gap of a scan into the plan, each with the step and hours it suggests."""
    placed_gaps = []
    for item in result.triage.gaps:
        placed = add_gap_to_plan(session, item.keyword, step=item.plan_step, hours=item.plan_hours)
        placed_gaps.append(
            PlacedGap(
                item.keyword,
                placed.task.title,
                placed.task.week,
                placed.message,
                replaced_hours(placed),
            )
        )
    return placed_gaps
