"""ATS scan operations, called by the CLI and the web alike: the feature's one door.

- scanning.py: `scan_upload` checks what an interface received and reads it within the
  limits; `scan_documents` reads, scans, triages, checks the formatting and stores;
- job_scans.py: `latest_scans`, `latest_scan_for_job` (the latest scan against a posting);
- history.py: `list_scans`, `latest_scan`, `get_scan` (a stored scan, ready to show);
- gaps.py: `add_gap_to_plan`, `add_gaps_to_plan` (required hard-skill gaps become plan
  tasks, parts merged into their platform), `gaps_summary` (what that did, in one line);
- report/presentation.py: the typed values every interface renders (`ScanView`, `Tone`,
  `Segment`): bands, verdict labels, match words, variants, the highlighted job;
- report/translation.py: `find_jargon`, the past-career phrase map other features use.
"""

from __future__ import annotations

from pivotprep.resume.gaps import (
    PlacedGap,
    add_gap_to_plan,
    add_gaps_to_plan,
    gaps_summary,
    replaced_hours,
)
from pivotprep.resume.history import ScanSummary, StoredScan, get_scan, latest_scan, list_scans
from pivotprep.resume.job_scans import (
    JobScan,
    job_hash,
    latest_scan_for_job,
    latest_scans,
    match_rate_line,
)
from pivotprep.resume.report.presentation import ScanView, Segment, Tone
from pivotprep.resume.report.translation import JargonHit, find_jargon
from pivotprep.resume.scanning import (
    SEMANTIC_MODES,
    ScanResult,
    Upload,
    job_input,
    loads_semantic_model,
    resume_input,
    scan_documents,
    scan_texts,
    scan_upload,
    semantic_available,
)

__all__ = [
    "JargonHit",
    "JobScan",
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
    "gaps_summary",
    "get_scan",
    "job_hash",
    "job_input",
    "latest_scan",
    "latest_scan_for_job",
    "latest_scans",
    "list_scans",
    "loads_semantic_model",
    "match_rate_line",
    "replaced_hours",
    "resume_input",
    "scan_documents",
    "scan_texts",
    "scan_upload",
    "semantic_available",
]
