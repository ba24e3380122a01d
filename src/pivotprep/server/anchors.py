"""What a review comment anchors to: a snapshot cut into sentences or lines (pure).

The cut is a pure function of the snapshot's text, so the same snapshot always gives the
same units and an anchor (a unit's index) keeps pointing at the words it was written on.
Prose (stories, design answers, interview transcripts) is cut into sentences, each line
on its own; reports, scans and code into lines. Both are bounded: a snapshot holds at
most `MAX_SNAPSHOT` characters, and at most `MAX_UNITS` units are offered.
"""

from __future__ import annotations

import re

MODES = ("sentences", "lines")
MAX_SNAPSHOT = 20_000
MAX_UNITS = 400
MAX_QUOTE = 500
CUT_NOTE = "(The rest was cut: a review covers the first {n} characters.)"
# A sentence ends at . ! or ? (closing quotes and brackets kept) followed by a space; a
# few abbreviations and initials do not end one. A match starts only where a run of marks
# starts, and takes each run whole (possessive): a line of 20,000 dots is one linear pass,
# not a retry from every dot.
_END = re.compile(r"(?<![.!?])[.!?]++[\"')\]\u201d\u2019]*+\s+")
_NOT_AN_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|approx|incl|No)|\b[A-Z])\.$")


def bounded_snapshot(text: str) -> str:
    """`text` with uniform line ends and trailing spaces gone, cut at a line end when it
    passes `MAX_SNAPSHOT` (with a note saying so)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    clean = "\n".join(lines).strip("\n")
    if len(clean) <= MAX_SNAPSHOT:
        return clean
    head = clean[:MAX_SNAPSHOT]
    cut = head.rfind("\n")
    head = head[:cut] if cut > MAX_SNAPSHOT // 2 else head
    return head.rstrip() + "\n" + CUT_NOTE.format(n=len(head))


def sentences(line: str, limit: int = MAX_UNITS) -> list[str]:
    """The first `limit` sentences of one line of prose, in order, each stripped."""
    found: list[str] = []
    start = 0
    for match in _END.finditer(line):
        if len(found) >= limit:
            return found
        # only the few characters before the mark decide (linear time on any line)
        before = line[max(start, match.start() - 8) : match.start() + 1]
        if before.endswith(".") and _NOT_AN_END.search(before):
            continue
        found.append(line[start : match.end()].strip())
        start = match.end()
    rest = line[start:].strip()
    if rest:
        found.append(rest)
    return found


def units(snapshot: str, mode: str) -> list[str]:
    """The snapshot's sentences or non-empty lines, at most `MAX_UNITS` of them."""
    if mode not in MODES:
        raise ValueError(f"not a review mode: {mode!r}")
    found: list[str] = []
    for line in snapshot.split("\n"):
        if not line.strip():
            continue
        left = MAX_UNITS - len(found)
        found.extend(sentences(line, left) if mode == "sentences" else [line])
        if len(found) >= MAX_UNITS:
            return found[:MAX_UNITS]
    return found


def quote(unit: str) -> str:
    """The words a comment quotes: the unit, shortened to `MAX_QUOTE` characters."""
    text = " ".join(unit.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "\u2026"
