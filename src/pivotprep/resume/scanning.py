"""Scanning a resume against a job: check what an interface received, read both documents
within their limits, scan, triage, check the formatting, and store the scan.

`scan_upload` checks the request (a resume; the job as a file or as text) and reads each
upload within the size limit; `scan_documents` reads both documents (documents/, jobs/),
scans them (report/scoring.py), triages what is missing (report/triage.py, with semantic
evidence when the extra is installed), checks the formatting (report/formatting.py), and
stores the scan with its comparison to the last scan of the job (history.py). Reading
errors are raised before anything is stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy.orm import Session

from pivotprep.core.errors import InputTooLargeError, ValidationError
from pivotprep.core.files import readable_name
from pivotprep.resume.documents.limits import (
    MAX_JOB_CHARS,
    MAX_UPLOAD_BYTES,
    read_limited,
    too_large,
)
from pivotprep.resume.history import changes_since, previous_scan, store_scan, version_of
from pivotprep.resume.report.presentation import ScanView, present
from pivotprep.resume.report.result import RULE_OF_THUMB_NOTE
from pivotprep.resume.report.scoring import (
    JobSentenceText,
    JobText,
    MatchReport,
    ResumeLine,
    ResumeText,
    scan,
)
from pivotprep.resume.report.triage import Similarity, Triage, triage

if TYPE_CHECKING:
    from pivotprep.resume.documents.reading import JobDescription, ResumeDocument

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
            "exact_rate": self.report.exact_rate,
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


def resume_input(doc: ResumeDocument) -> ResumeText:
    """The scan's view of a `reading.ResumeDocument`."""
    lines = tuple(
        ResumeLine(ln.number, ln.text, ln.section, ln.where) for ln in doc.lines if ln.text
    )
    return ResumeText(lines, doc.headline or "", doc.line_refs)


def job_input(job: JobDescription) -> JobText:
    """The scan's view of a `reading.JobDescription`."""
    sentences = tuple(
        JobSentenceText(s.index, s.text, s.start, s.end, s.part, s.stack) for s in job.sentences
    )
    return JobText(job.text, job.title or "", sentences)


def semantic_available() -> bool:
    """Whether the semantic extra is installed (lines close in meaning count as evidence)."""
    from pivotprep.resume.matching.semantic import available

    return available()


def loads_semantic_model(semantic: str) -> bool:
    """Whether a scan in this mode loads the sentence model (a few seconds, once)."""
    return semantic != "off" and semantic_available()


def text_hash(text: str) -> str:
    """The hash a scan stores for a job text: whitespace runs count as one space."""
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


def _notes(doc: ResumeDocument, posting: JobDescription) -> list[str]:
    notes = [*doc.layout.notes, *posting.notes]
    if doc.line_refs == "extracted":
        notes.append(LINE_REFS_NOTE.format(name=doc.filename, kind=doc.file_type.upper()))
    return notes


def _findings(doc: ResumeDocument, posting: JobDescription) -> list[dict[str, Any]]:
    """The language checks of both texts first (a non-English one makes the rest say
    little), then the resume's formatting checks."""
    from pivotprep.resume.report.formatting import check_formatting
    from pivotprep.resume.report.language import language_findings
    from pivotprep.resume.report.title_education import target_title

    wanted = target_title(posting.title) if posting.title else None
    findings = language_findings(doc.text, posting.text) + check_formatting(doc, wanted)
    return [
        {"id": f.id, "severity": f.severity, "message": f.message, "evidence": f.evidence}
        for f in findings
    ]


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
    from pivotprep.resume.documents.reading import read_job, read_resume, start_reading
    from pivotprep.resume.matching.taxonomy import get_matcher

    if semantic not in SEMANTIC_MODES:
        raise ValidationError(f"semantic must be one of {', '.join(SEMANTIC_MODES)}.")
    # a name that is not UTF-8 (a Linux file name) is stored and shown with U+FFFD
    resume_filename = readable_name(resume_filename)
    job_filename = readable_name(job_filename) if job_filename is not None else None
    # A new process: the PDF/DOCX parser process starts on the other core while this one
    # loads the taxonomy (each about 0.1 s); later scans find both ready.
    start_reading(resume_data, resume_filename)
    get_matcher(True)  # called as extract_mentions calls it: lru_cache keys on the arguments
    doc = read_resume(resume_data, resume_filename)
    posting = read_job(job, job_filename)
    report, result = scan_texts(
        resume_input(doc), job_input(posting), domain=_domain(session), semantic=semantic
    )
    name = doc.filename
    resume_hash, job_hash = text_hash(doc.text), text_hash(posting.text)
    version = version_of(session, name, resume_hash)
    out = ScanResult(
        None,
        name,
        version,
        (posting.title or "")[:200],
        report,
        result,
        _findings(doc, posting),
        changes_since(previous_scan(session, job_hash, name), report, version, name),
        posting.text,
        [{"index": s.index, "start": s.start, "end": s.end} for s in posting.sentences],
        _notes(doc, posting),
        doc.line_refs,
    )
    if store:
        store_scan(session, out, resume_hash, job_hash)
    return out
