"""What a scan reads from each resume line, read once per distinct line text.

Both sides of a scan read every resume line the same way first: its words, the spans it
denies ("No exposure to Kubernetes") or only shows acquaintance with ("Familiar with
Kubernetes": denials.py), and the skills it names. The scoring side (evidence.prepare)
and the triage (triage._resume_side) each did it on their own, so a resume of 33,000
short lines was matched twice; and a line repeated thousands of times was read again for
every copy. Here each distinct text is read once per resume, and both sides look it up.
Pure: a line's reading depends on its text alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import Token, tokenize
from pivotprep.resume.matching.taxonomy import SkillMention
from pivotprep.resume.report.denials import Spans, denied_spans, limited_spans


@dataclass(frozen=True)
class LineReading:
    """One line text, read: shared by every line of that text, so never to be changed."""

    tokens: list[Token]
    denied: Spans  # no evidence at all
    limited: Spans  # evidence of a skill the job would like, not of one it requires
    mentions: tuple[SkillMention, ...]  # extract_mentions(text), the broad vocabulary in


def read_line(text: str) -> LineReading:
    """The words, denied and limited spans, and skill mentions of one line."""
    tokens = tokenize(text)
    return LineReading(
        tokens,
        Spans(denied_spans(text)),
        Spans(limited_spans(text)),
        tuple(extract_mentions(text, tokens=tokens)),
    )


# Two resumes: the scan and the triage of one resume ask one after the other, and each
# side keeps its own result per resume, so an older reading is not asked for again. The
# lines of the last two resumes (the key) and their readings stay in memory until later
# scans push them out; a reading depends on its text alone, so a scan finds only the
# readings of its own lines. Concurrent scans of other resumes may push a reading out
# before the triage asks: it is then read again, never read wrong.
@lru_cache(maxsize=2)
def line_readings(texts: tuple[str, ...]) -> dict[str, LineReading]:
    """Each distinct text of `texts` (a resume's lines), read once."""
    readings: dict[str, LineReading] = {}
    for text in texts:
        if text not in readings:
            readings[text] = read_line(text)
    return readings
