"""Resume words that deny or limit a skill, so they are never evidence of it. Pure.

"Limited experience with ETL", "No exposure to Kubernetes", "Python: learning", "Learning
basic JavaScript", "SQL: basic
SELECT queries only", "Looker (viewer)", "TypeScript (some)", "Java only from a university
course": the skill is
named, but the line says the candidate does not have it (or only looked at it). A recruiter
would not credit it, and neither does the scan: `denied_spans` gives the character spans of
a line that no match may come from.
"""

from __future__ import annotations

import re

__all__ = ["denied_spans", "limited_spans"]

# A cue that denies what follows it, to the end of its clause.
_DENIES_NEXT = re.compile(
    r"\b(?:limited|little|minimal|no|without)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+)?"
    r"(?:experience|exposure|knowledge|background)\b"
    r"|\bnot\s+(?:yet\s+)?(?:used|worked\s+with|experienced\s+(?:in|with))\b"
    r"|\bnever\s+(?:used|worked)\b|\b(?:currently|still)\s+learning\b"
    r"|\bbeginner(?:-level)?\s+(?:in|with)\b|\bno\s+(?:cloud|production)\b"
    # A line that starts with "Learning" reports study in progress ("Learning HTML and
    # basic JavaScript"), unless it names a field that starts with the word.
    r"|^\W*learning\s+(?!management|analytics|and\b|&|experience|design|platform|path)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]|\s+but\b|,\s+(?:and\s+)?(?:but|though|although)\b", re.I)
# A qualifier after the skill that limits it to looking or the basics.
_LIMITS_PREVIOUS = re.compile(
    r":\s*(?:learning|beginner|basics?\b[^.;]*?\bonly|basic\b[^.;]*?\bonly)\b"
    r"|\s+only\s+(?:from|through|via|in)\s+(?:a|an|one|my)\s+(?:[\w-]+\s+){0,3}"
    r"(?:course|class|module|tutorial|bootcamp)\b"
    r"|\s*\((?:viewer|read-only|view only|basics?|beginner|learning|some|limited|familiar|"
    r"familiarity|exposure|novice|elementary|studying|in progress|coursework only)\)",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[.;:!?,(]\s*|\s+(?:and|but)\s+", re.IGNORECASE)


def denied_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a resume line that deny or limit the skills named in them."""
    spans: list[tuple[int, int]] = []
    for cue in _DENIES_NEXT.finditer(text):
        end = _CLAUSE_END.search(text, cue.end())
        spans.append((cue.start(), end.start() if end else len(text)))
    for limit in _LIMITS_PREVIOUS.finditer(text):
        starts = [0, *(m.end() for m in _CLAUSE_START.finditer(text, 0, limit.start()))]
        spans.append((starts[-1], limit.end()))
    return spans


# Cues of acquaintance rather than use: "Familiar with Kubernetes from a weekend course",
# "Some exposure to Spark", "Coursework in Airflow", "basic knowledge of R". Evidence of a
# skill the job would like, not of one it requires (a recruiter screening a must-have
# reads them as "has not done it").
_LIMITED_NEXT = re.compile(
    r"\b(?:(?:some|basic|brief|academic|general)\s+)?(?:familiar(?:ity)?\s+with|exposure\s+to)\b"
    r"|\bcoursework\s+(?:in|on|with)\b|\bbasic\s+(?:knowledge|understanding)\s+of\b"
    r"|\bintroductory\s+(?:course|class|module)s?\s+(?:in|on)\b",
    re.IGNORECASE,
)
# "..., no production use yet", "Go: completed the Tour of Go; no production code yet":
# what the clause before it names was never used in earnest.
_LIMITS_PREVIOUS_USE = re.compile(
    r"\b(?:no|not\s+yet\s+in|without)\s+(?:production|professional|real-world)\s+"
    r"(?:use|experience|work|code|projects?)\b",
    re.IGNORECASE,
)
# A skill named as the label of its clause ("Go: ..."): what follows is said of it.
_LABEL = re.compile(r"\W*[\w.+#/ -]{1,30}:\s*")
# "Trained 40 analysts to become familiar with Tableau": the teller taught it.
_TAUGHT_BEFORE = re.compile(
    r"\b(?:become|became|becoming|get|got|getting|make|made|making|help(?:ed)?|"
    r"train(?:ed)?|taught|teach(?:ing)?|coach(?:ed)?|mentor(?:ed)?)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)


def limited_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a resume line that show only acquaintance with the skills in them: not
    evidence of a skill the job requires, still evidence of one it would like."""
    spans: list[tuple[int, int]] = []
    for cue in _LIMITED_NEXT.finditer(text):
        if _TAUGHT_BEFORE.search(text, max(0, cue.start() - 80), cue.start()):
            continue  # making others familiar with it shows the skill
        end = _CLAUSE_END.search(text, cue.end())
        spans.append((cue.start(), end.start() if end else len(text)))
    for limit in _LIMITS_PREVIOUS_USE.finditer(text):
        ends = list(_SENTENCE_START.finditer(text, 0, limit.start()))
        if ends and ends[-1].group().startswith(";") and ends[-1].end() == limit.start():
            # "completed the Tour of Go; no production code yet": a limit that opens its
            # clause after a semicolon goes on about the clause before it
            ends.pop()
        starts = [0, *(m.end() for m in ends)]
        start = starts[-1]
        if len(starts) > 1 and _LABEL.fullmatch(text, starts[-2], start):
            start = starts[-2]  # "Go: completed the Tour of Go; no production code yet"
        spans.append((start, limit.end()))
    return spans


# Where the clause a use limit looks back over starts ("Python (production); Rust (no
# production use)" limits Rust alone).
_SENTENCE_START = re.compile(r"[.;:!?]\s*")
