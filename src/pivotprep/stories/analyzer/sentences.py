"""Split a story into sentences with their character spans. Pure.

A period ends a sentence when the next word starts a new one (capital letter, digit or
quote), except after common abbreviations ("e.g.", "Dr.", "U.S.") and inside numbers
("3.5", "$1.2m"). Line breaks that start a bullet or a blank line also end a sentence,
so pasted bullet lists split the way they read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "inc",
    "ltd",
    "co",
    "no",
    "approx",
    "dept",
    "st",
    "jr",
    "sr",
    "u.s",
    "u.k",
    "a.m",
    "p.m",
    "fig",
}
# End punctuation, optional closing quotes/brackets, then whitespace.
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_BOUNDARY = re.compile(r"([.!?]+)([\"')\]]*)(\s+)")
# Every line break ends a sentence: pasted notes and bullets are one thought a line.
_HARD_BREAK = re.compile(r"\n\s*")


_HEADING_WORDS = (
    r"situation|context|background|problem|challenge|task|goal|objective|actions?|approach|"
    r"my role|my responsibility|"
    r"what i did|what changed|results?|outcomes?|resolution|impact|metrics|learnings?|"
    r"lessons?(?: learned)?|learned|"
    r"growth|what i learned|applied learning|(?:key )?takeaways?"
)
# A STAR heading at the start of a line, however it is marked up: "Situation:",
# "- **Situation:**", "**Task**:", "[Action]", "### Result", "S:", "**R:**", "Situation (S):",
# "Action (what went wrong):", "**RESULT**". A single letter counts only as a capital
# followed by a colon ("A:"), so "A senior engineer ..." is not a heading.
# Runs of spaces are matched possessively ("*+"): a line of 19,000 spaces took 40 s when
# each optional part could give them back to the next.
_HEADING = re.compile(
    r"(?m)^[ \t]*+(?:[-*\u2022][ \t]++|\d+[.)][ \t]++)?(?:\#{1,6}[ \t]*+)?"
    # an emoji or symbol before the heading word: "🎯 Task:", "✅ Result:"
    r"(?:[^\w\s\-*#\[(_][\ufe0f\u200d]?[ \t]*+){0,2}(?:\*\*|__)?\[?[ \t]*+"
    r"(?:(?i:(?:the |my |our )?(?P<word>" + _HEADING_WORDS + r"))|(?P<letter>[STAR]))"
    r"(?:[ \t]*+\([^)\n]{0,40}\))?[ \t]*+"
    r"(?:(?:\*\*|__)?[ \t]*+(?::|(?<=[ \t])[-\u2013\u2014](?=\s))[ \t]*+(?:\*\*|__)?|\]"
    r"|(?(word)(?:\*\*|__)(?=\s)|(?!))|(?(word)[ \t]*+$|(?!)))[ \t]*+"
)
# An interview written as a transcript: a line that opens with "Q:", "Question:" or
# "Interviewer:" holds the question, and "A:" then marks the answer, not the Action
# heading. The question line is no part of the story, so it yields no sentence.
_QUESTION_MARK = r"[ \t]*(?:\*\*|__)?(?:Q|Question|Interviewer)(?:\*\*|__)?[ \t]*[:.)]"
_ASKED = re.compile(r"(?m)^" + _QUESTION_MARK + r"[^\n]*$")
# An inline role tag anywhere in a line: "(S) I got ... review. (T) I wrote ...".
_INLINE_TAG = re.compile(r"\((?P<letter>[STAR])\)[ \t]*")
DECLARED = {
    "situation": "S",
    "context": "S",
    "background": "S",
    "problem": "S",
    "challenge": "S",
    "task": "T",
    "my role": "T",
    "my responsibility": "T",
    "goal": "T",
    "objective": "T",
    "action": "A",
    "actions": "A",
    "approach": "A",
    "what i did": "A",
    "what changed": "R",
    "result": "R",
    "results": "R",
    "outcome": "R",
    "outcomes": "R",
    "resolution": "R",
    "takeaway": "R",
    "takeaways": "R",
    "key takeaway": "R",
    "key takeaways": "R",
    "impact": "R",
    "metrics": "R",
    "learning": "R",
    "learnings": "R",
    "lesson": "R",
    "lessons": "R",
    "lessons learned": "R",
    "learned": "R",
    "growth": "R",
    "what i learned": "R",
    "applied learning": "R",
}


LESSON_HEADINGS = frozenset(
    [
        "learning",
        "learnings",
        "lesson",
        "lessons",
        "lessons learned",
        "learned",
        "what i learned",
        "applied learning",
        "growth",
        "takeaway",
        "takeaways",
        "key takeaway",
        "key takeaways",
    ]
)


def _lesson_heading(match: re.Match[str]) -> bool:
    word = match.groupdict().get("word") or ""
    return " ".join(word.lower().split()) in LESSON_HEADINGS


def _declared(match: re.Match[str]) -> str:
    """S/T/A/R for a heading match: its word, or its single capital letter; "" for a label
    of the writer's own ("How:", "The short version:"), which only ends the section."""
    if match.groupdict().get("letter"):
        return match.group("letter")
    if not match.groupdict().get("word"):
        return ""
    return DECLARED[" ".join(match.group("word").lower().split())]


# A short label of the writer's own at the start of a line ("How:", "Why it mattered:",
# "**The short version:**"): it names no STAR part, but the text under it is no longer
# under the heading before it. One to three words, the first capitalised and not "I".
_LABEL = re.compile(
    r"(?m)^[ \t]*+(?:[-*\u2022][ \t]++)?(?:\*\*|__)?(?!I\b)[A-Z][a-z']*+"
    r"(?:[ \t][A-Za-z']++){0,2}(?:\*\*|__)?[ \t]*+:(?:\*\*|__)?[ \t]*+"
)


def _headings(text: str) -> list[re.Match[str]]:
    """STAR headings, inline role tags and the writer's own labels, in order; a label
    where a STAR heading starts is that heading."""
    star = [*_HEADING.finditer(text), *_INLINE_TAG.finditer(text)]
    starts = {m.start() for m in star}
    labels = [m for m in _LABEL.finditer(text) if m.start() not in starts]
    return sorted([*star, *labels], key=lambda m: m.start())


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    declared: str = ""  # S/T/A/R when written under a "Situation:"-style heading
    lesson: bool = False  # written under a "Learning:" / "Takeaway:"-style heading


def _is_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk[-12:])  # abbreviations are short: look at the tail only
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and word != "i")


def _split_block(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end(2)
        rest = text[match.end() :]
        before = text[start : match.start(1)]
        if match.group(1) == "." and _is_abbreviation(before):
            continue
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'(“"):
            continue
        spans.append((offset + start, offset + end))
        start = match.end()
    if text[start:].strip():
        spans.append((offset + start, offset + len(text.rstrip())))
    return spans


# Prose pasted from an e-mail or a PDF is wrapped at a fixed width: a line that stops
# mid-sentence and goes on in the next one is one sentence. A break is read as a wrap only
# inside a paragraph whose lines (all but its last) are of one width, as a fixed wrap
# leaves them, when the line has no closing punctuation, no list marker or question line
# is involved, and the sentence plainly goes on: the next line starts in lower case or
# with "I", or this one stops on a comma or a small word ("and", "the"). Note lines of
# varied length, a paragraph with no full stop at all, and a long note line followed by a
# capitalised one stay separate.
_OPEN_END = re.compile(
    r"(?:,|(?<![-\w])(?:and|or|but|the|a|an|to|of|with|for|in|on|at|by|that|which|who|so|"
    r"as|from|into|my|our|their|his|her|its|was|were|is|are|had|have|i|we))\s*$",
    re.I,
)
_LIST_START = re.compile(
    r"[ \t]*(?:[-*\u2022>#]|\d+[.)]|\*\*|__|[a-z][.)][ \t]|[ivx]+[.)][ \t]|\([a-z0-9ivx]+\))",
    re.I,
)
_QUESTION_LINE = re.compile(_QUESTION_MARK)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
WRAP_WIDTH = 50  # the shortest width prose is wrapped at
WRAP_SLACK = 20  # how much shorter than the longest a wrapped line may end


def _wrapped(line: str, rest: str, widest: int) -> bool:
    """Whether the single line break after `line` only wraps prose (see above); `rest` is
    the start of the next line and `widest` the longest line of the paragraph."""
    line = line.rstrip()
    if not line or not rest or line[-1] in '.!?:;"\u201d)*' or widest < WRAP_WIDTH:
        return False
    if len(line) < widest - WRAP_SLACK or not rest[0].isalnum():
        return False
    if _LIST_START.match(rest) or _LIST_START.match(line) or _QUESTION_LINE.match(line):
        return False
    goes_on = rest[0].islower() or rest.startswith(("I ", "I'"))
    return goes_on or bool(_OPEN_END.search(line[-12:]))


def _joined_breaks(text: str) -> set[int]:
    """Start offsets of the line breaks of `text` that only wrap prose."""
    joined: set[int] = set()
    for paragraph in re.finditer(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*", text):
        lines = paragraph.group(0).split("\n")
        if len(lines) < 2 or not _SENTENCE_END.search(paragraph.group(0)):
            continue  # notes without a full stop anywhere are lines, not wrapped prose
        widest = max(len(line.rstrip()) for line in lines[:-1])
        cursor = paragraph.start()
        for line, nxt in zip(lines, lines[1:], strict=False):
            cursor += len(line)
            if _wrapped(line, nxt.lstrip()[:6], widest):
                joined.add(cursor)
            cursor += 1
    return joined


def _spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    joined = _joined_breaks(text) if "\n" in text else set()
    breaks = [b for b in _HARD_BREAK.finditer(text) if b.start() not in joined]
    for block in [*breaks, None]:
        block_end = block.start() if block else len(text)
        chunk = text[position:block_end]
        lead = len(chunk) - len(chunk.lstrip())
        spans.extend(_split_block(chunk.strip(), offset + position + lead))
        position = block.end() if block else len(text)
    return spans


_BULLET_HEAD = re.compile(r"[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]")
_BULLET_LINE = re.compile(r"(?m)^([ \t]*)(?:[-*\u2022]|\d+[.)])[ \t]")


def _bullet_end(text: str, heading: re.Match[str], end: int) -> int:
    """Where a heading written at the start of a bullet with its text ("- Context: In
    2019 ...") stops covering: at the next bullet as far left as it. The sibling bullets
    after it ("- Built a routing sheet ...", "- Wait times dropped ...") are not under it,
    so they are read by their words. A heading on a line of its own covers what follows."""
    if not _BULLET_HEAD.match(text, heading.start()):
        return end
    line_end = text.find("\n", heading.end())
    if line_end < 0 or line_end >= end or not text[heading.end() : line_end].strip():
        return end
    indent = len(text[heading.start() :]) - len(text[heading.start() :].lstrip(" \t"))
    for bullet in _BULLET_LINE.finditer(text, line_end, end):
        if len(bullet.group(1)) <= indent:
            return bullet.start()
    return end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with its span in `text` (stripped of bullets).

    Text under a "Situation:" / "Task:" / "Action:" / "Result:" heading is marked as
    declared by the writer; the labeller weighs that, but still reads the sentence.
    """
    sections: list[tuple[int, int, str, bool]] = []
    asked = [m.span() for m in _ASKED.finditer(text)]
    headings = _headings(text)
    transcript = bool(asked) and not any(_letter(h) in ("S", "T", "R") for h in headings)
    if not headings:
        sections.append((0, len(text), "", False))
    else:
        if text[: headings[0].start()].strip():
            sections.append((0, headings[0].start(), "", False))
        for index, heading in enumerate(headings):
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            own = _bullet_end(text, heading, end)
            declared = "" if transcript and _letter(heading) == "A" else _declared(heading)
            sections.append((heading.end(), own, declared, _lesson_heading(heading)))
            if own < end:
                sections.append((own, end, "", False))
    sentences: list[Sentence] = []
    for section_start, section_end, declared, lesson in sections:
        for start, end in _spans(text[section_start:section_end], section_start):
            if not _inside_any(asked, start):
                _add(sentences, text, (start, end), declared, lesson)
    return sentences


def _inside_any(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` lies in one of `spans` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _letter(heading: re.Match[str]) -> str:
    """The single capital of a heading written as a letter ("A:"), else "". In a transcript
    with no "S:", "T:" or "R:", "A:" labels the answer, not its actions."""
    return heading.groupdict().get("letter") or ""


def _add(
    sentences: list[Sentence], text: str, span: tuple[int, int], declared: str, lesson: bool
) -> None:
    start, end = span
    raw = text[start:end]
    stripped = re.sub(r"^[-*\u2022]\s+|^\d+[.)]\s+", "", raw)
    start += len(raw) - len(stripped)
    clean = " ".join(stripped.split())
    if clean and any(c.isalpha() for c in clean):
        sentences.append(Sentence(len(sentences), clean, start, end, declared, lesson))
