"""The gate against spraying: what is missing before an application is sent.

Marking an application "applied" is checked here. Each reason names what was skipped:
the company is not a researched target, its research file is mostly empty, someone you
know works there and nobody was asked for a referral, or the tailored résumé was not
scanned against the posting or scored below the line. The user can go on anyway; the
override and its reasons are recorded, and an application sent without any reason
counts as *targeted* in the funnel.

Pure: facts in, reasons out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pivotprep.applications.research import ResearchStatus


@dataclass(frozen=True)
class Reason:
    id: str
    message: str


@dataclass(frozen=True)
class ScanFacts:
    """The latest ATS scan of the résumé against the posting (from the résumé feature)."""

    rate: float
    resume_name: str
    resume_version: int
    scan_id: int


@dataclass(frozen=True)
class GateFacts:
    company: str
    on_target_list: bool
    research: ResearchStatus | None
    warm_paths: Sequence[str]  # names of people at the company you could ask
    referral_tried: bool
    has_posting: bool
    scan: ScanFacts | None
    line: float  # the match-rate rule of thumb


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _research_reason(facts: GateFacts) -> Reason | None:
    research = facts.research
    if not facts.on_target_list or research is None:
        return Reason(
            "not-a-target",
            f"{facts.company} is not on your target list, so it has no research file: you "
            "would apply without knowing what they sell, how they interview or why you.",
        )
    if research.mostly_empty:
        missing = "; ".join(research.missing)
        return Reason(
            "research-empty",
            f"The research file for {facts.company} is mostly empty ({research.done} of "
            f"{research.total} sections written). Missing: {missing}.",
        )
    return None


def _referral_reason(facts: GateFacts) -> Reason | None:
    if facts.referral_tried or not facts.warm_paths:
        return None
    count = len(facts.warm_paths)
    return Reason(
        "no-referral",
        f"You know {count} {'person' if count == 1 else 'people'} at {facts.company} "
        f"({_names(list(facts.warm_paths))}) and asked none of them for a referral; a "
        "referred application is far more likely to reach a person.",
    )


def _scan_reason(facts: GateFacts) -> Reason | None:
    if facts.scan is None:
        if not facts.has_posting:
            return Reason(
                "no-scan",
                f"No job posting is saved for {facts.company}, so your résumé was not checked "
                "against it.",
            )
        return Reason(
            "no-scan",
            f"Your résumé was not scanned against the {facts.company} posting yet, so you do "
            "not know whether it passes a keyword filter.",
        )
    if facts.scan.rate < facts.line:
        return Reason(
            "scan-low",
            f"The latest ATS scan of {facts.scan.resume_name} (v{facts.scan.resume_version}, "
            f"scan #{facts.scan.scan_id}) against this posting is {facts.scan.rate:.0f}%, "
            f"below the {facts.line:.0f}% line.",
        )
    return None


def reasons(facts: GateFacts) -> tuple[Reason, ...]:
    """Every reason to hold the application back, most important first (none: targeted)."""
    found = (_research_reason(facts), _referral_reason(facts), _scan_reason(facts))
    return tuple(r for r in found if r is not None)
