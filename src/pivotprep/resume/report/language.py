"""Whether the resume and the job posting are written in English. Pure.

The scan's skill names, section headings and advice are English: a resume or a posting in
another language gives a rate that says little (a French posting once scored 100% and
asked for "Analyste de données" in the headline). So the scan says so first, as a
problem to fix; it never refuses, since a posting may quote another language's words.
Terse English bullets hold few English function words, so the test is whether another
language's function words outnumber them, not how few English ones there are.
"""

from __future__ import annotations

from pivotprep.core.language import WORD, english_share, foreign_share, script_reason
from pivotprep.resume.report.formatting import FormattingFinding

__all__ = ["language_findings", "not_english_reason"]

MIN_WORDS = 30  # fewer words than this say too little about their language
MIN_FOREIGN_SHARE = 0.05  # French, Spanish or German prose has 20-40% function words


def not_english_reason(text: str) -> str:
    """Why `text` does not look like English, or "" when it does or is too short to say."""
    script = script_reason(text)
    if script:
        return script
    if sum(1 for _ in WORD.finditer(text)) < MIN_WORDS:
        return ""
    foreign, english = foreign_share(text), english_share(text)
    if foreign >= MIN_FOREIGN_SHARE and foreign > english:
        return (
            f"{foreign:.0%} of its words are function words of another language, such as "
            f"'de', 'und' or 'para', and {english:.0%} English ones"
        )
    return ""


def language_findings(resume_text: str, job_text: str) -> list[FormattingFinding]:
    """A problem for each of the two texts that does not look like English; none else."""
    findings = []
    for finding_id, what, text in (
        ("resume_language", "Your resume", resume_text),
        ("job_language", "The job posting", job_text),
    ):
        reason = not_english_reason(text)
        if reason:
            findings.append(
                FormattingFinding(
                    finding_id,
                    "problem",
                    f"{what} does not look like English ({reason}). The scan reads English "
                    "skill names, headings and advice, so its rate says little here: scan "
                    "the English version if there is one.",
                )
            )
    return findings
