"""What the ATS scan reads: a resume as numbered lines, a job as classified sentences.

Plain structures, so the scan can be tested on strings; `service.py` builds them from the
documents `reading.py` extracts. `JobText.from_text` is a fallback reader for pasted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pivotprep.resume.jobs.job_text import split_sentences


@dataclass(frozen=True)
class ResumeLine:
    number: int
    text: str
    section: str | None = None
    where: str = "body"  # "body" | "table" | "text_box" (a DOCX text box many ATS skip)


@dataclass(frozen=True)
class ResumeText:
    lines: tuple[ResumeLine, ...]
    headline: str = ""
    # What `ResumeLine.number` counts: "file" (the user's TXT/MD lines, blank lines
    # included) or "extracted" (the lines of text read from a PDF/DOCX).
    line_refs: str = "file"

    @classmethod
    def from_text(cls, text: str) -> ResumeText:
        lines = [ln.strip() for ln in text.splitlines()]
        kept = tuple(ResumeLine(i + 1, ln) for i, ln in enumerate(lines) if ln)
        headline = next((ln.text for ln in kept[1:3]), "") if len(kept) > 1 else ""
        return cls(kept, headline)


@dataclass(frozen=True)
class JobSentenceText:
    index: int
    text: str
    start: int
    end: int
    part: str = "other"
    stack: bool = False  # in the stack the job works with (jobs/job_text.JobSentence)


@dataclass(frozen=True)
class JobText:
    text: str
    title: str = ""
    sentences: tuple[JobSentenceText, ...] = ()

    @classmethod
    def from_text(cls, text: str, title: str = "") -> JobText:
        """Split a pasted job description into sentences and tag their part (fallback reader)."""
        sentences: list[JobSentenceText] = []
        part = "other"
        for match in re.finditer(r"[^\n]+", text):
            line = match.group()
            stripped = line.strip(" \t-*•·:")
            lower = stripped.lower()
            if len(stripped) < 60 and not stripped.endswith("."):
                heading = _heading_part(lower)
                if heading:
                    part = heading
                    continue
            # the main reader's sentence ends: not inside "e.g." or "Node.js"
            cursor = 0
            for piece in split_sentences(line):
                offset = line.index(piece, cursor)
                cursor = offset + len(piece)
                chunk = piece.strip()
                if len(chunk) < 2:
                    continue
                start = match.start() + offset + (len(piece) - len(piece.lstrip()))
                sentence_part = part
                if re.search(r"\b(nice to have|preferred|a plus|bonus|ideally)\b", chunk, re.I):
                    sentence_part = "preferred"
                sentences.append(
                    JobSentenceText(len(sentences), chunk, start, start + len(chunk), sentence_part)
                )
        if not title:
            first = text.strip().splitlines()[0].strip() if text.strip() else ""
            title = first if 0 < len(first) <= 80 else ""
        return cls(text, title, tuple(sentences))


def _heading_part(lower: str) -> str | None:
    if re.search(r"nice to have|preferred|bonus|plus if|desirable|good to have", lower):
        return "preferred"
    if re.search(r"requirement|qualification|must have|what you bring|who you are|you have", lower):
        return "required"
    if re.search(r"responsibilit|what you.ll do|the role|your day|duties", lower):
        return "responsibilities"
    if re.search(r"about (us|the company|the team)|who we are|benefits|perks", lower):
        return "about"
    return None
