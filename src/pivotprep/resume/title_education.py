"""The job title and education parts of the ATS scan. Pure.

- **job title**: the job's title (or its core words, without seniority) in the resume,
  best in the headline (1.0), elsewhere 0.75;
- **education**: the lowest degree level the job accepts ("Master's or PhD": a master's
  will do) against the highest the resume shows; half credit when the job accepts
  equivalent experience.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pivotprep.resume.normalize import phrase_key
from pivotprep.resume.scan_inputs import JobText, ResumeLine, ResumeText

if TYPE_CHECKING:
    from pivotprep.resume.keyword_evidence import Prepared

# Degree levels, lowest to highest.
_DEGREES = [
    (1, "associate degree", r"(?i:\bassociate(?:'s)?\s+degree\b)|\bA\.?A\.?S?\.?\b(?=\s+degree)"),
    (
        2,
        "bachelor's degree",
        r"(?i:\bbachelor(?:'s|s)?\b)|\bB\.?S\.?c?\b|\bB\.?A\.?\b|\bB\.?Eng\b|\bBS/BA\b|\bBA/BS\b"
        r"|(?i:\bundergraduate degree\b|\bfour-year degree\b|\b4-year degree\b)",
    ),
    (
        3,
        "master's degree",
        r"(?i:\bmaster(?:'s|s)?\b)|\bM\.?S\.?c?\b|\bM\.?A\.?\b|\bMBA\b|\bM\.?Eng\b",
    ),
    (4, "PhD", r"\bPh\.?\s?D\b|(?i:\bdoctorate\b|\bdoctoral\b)"),
]
_DEGREE_RES = [(level, name, re.compile(rx)) for level, name, rx in _DEGREES]
_DEGREE_WORD = re.compile(r"\bdegree\b|\bdiploma\b|\bgraduate\b", re.IGNORECASE)
_EQUIVALENT = re.compile(r"equivalent (?:practical |work |professional )?experience", re.I)


def degree_level(text: str, *, lowest: bool = False) -> tuple[int, str] | None:
    """The highest (or lowest) degree level named in `text`, as (level, name)."""
    best = None
    for level, name, rx in _DEGREE_RES:
        if rx.search(text) and (best is None or (level < best[0] if lowest else level > best[0])):
            best = (level, name)
    return best


@lru_cache(maxsize=8)
def _resume_degree(resume: ResumeText) -> tuple[tuple[int, str] | None, ResumeLine | None]:
    """The highest degree the resume shows, and its line (once per resume)."""
    best = None
    best_line = None
    for line in resume.lines:
        if line.section not in (None, "education", "certifications", "summary", "other"):
            continue
        found = degree_level(line.text)
        if found and (best is None or found[0] > best[0]):
            best, best_line = found, line
    return best, best_line


def education_part(job: JobText, resume: ResumeText) -> dict:
    asked: tuple[int, str] | None = None
    asked_sentence = None
    for sentence in job.sentences:
        if not _DEGREE_WORD.search(sentence.text) and "PhD" not in sentence.text:
            continue
        found = degree_level(sentence.text, lowest=True)  # "Master's or PhD": a master's will do
        if found and (asked is None or found[0] < asked[0]):
            asked, asked_sentence = found, sentence
    if asked is None:
        return {"asked": None}
    best, best_line = _resume_degree(resume)
    equivalent = bool(asked_sentence and _EQUIVALENT.search(asked_sentence.text))
    meets = best is not None and best[0] >= asked[0]
    return {
        "asked": asked[1],
        "asked_level": asked[0],
        "job_sentence": {"index": asked_sentence.index, "text": asked_sentence.text}
        if asked_sentence
        else None,
        "has": best[1] if best else None,
        "resume_line": {"number": best_line.number, "text": best_line.text} if best_line else None,
        "meets": meets,
        "equivalent_experience_accepted": equivalent,
    }


def title_part(job: JobText, resume: ResumeText, prepared: Prepared) -> dict:
    title = re.sub(r"\s*[\(\[].*$", "", job.title).strip()
    title = re.split(r"\s+[-–|,@]\s+|\s+at\s+", title)[0].strip()
    if not title:
        return {"title": None}
    full = phrase_key(title)
    seniority = {
        "senior",
        "sr",
        "junior",
        "jr",
        "lead",
        "principal",
        "staff",
        "entry",
        "level",
        "mid",
        "ii",
        "iii",
        "i",
        "associate",
        "intern",
        "head",
    }
    core = tuple(w for w in full if w not in seniority)
    found_line = None
    how = None
    for where in ("headline", "lines"):
        candidates = (
            [ResumeLine(0, resume.headline, "headline")] if where == "headline" else resume.lines
        )
        for line in candidates:
            keys = prepared.headline_keys if line.number == 0 else prepared.line_keys[line.number]
            for wanted, label in ((full, "exact"), (core, "core words")):
                n = len(wanted)
                if n and any(tuple(keys[i : i + n]) == wanted for i in range(len(keys) - n + 1)):
                    found_line, how = line, label
                    break
            if found_line:
                break
        if found_line:
            break
    in_headline = found_line is not None and found_line.number == 0
    score = 0.0
    if found_line is not None:
        score = 1.0 if in_headline else 0.75
    return {
        "title": title,
        "found": found_line is not None,
        "how": how,
        "in_headline": in_headline,
        "score": score,
        "resume_line": {"number": found_line.number, "text": found_line.text}
        if found_line is not None
        else None,
    }
