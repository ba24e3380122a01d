"""Plain text and Markdown: decode bytes whatever their encoding, say which, and clean up.

Resumes typed on Windows arrive as cp1252, old exports as UTF-16 with a byte-order mark,
some as latin-1. Decoding (core/decoding.py) never fails: the last resort (latin-1) maps
every byte, and the encoding used is reported so a person can see why a character looks odd.
"""

from __future__ import annotations

import re
import unicodedata

from pivotprep.resume.documents.limits import MAX_TEXT_CHARS
from pivotprep.resume.documents.sections import RawLine

_REPLACE = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\t": " ",
    "\x00": "",
}
_REPLACE_RE = re.compile("|".join(re.escape(k) for k in _REPLACE))
_CONTROL_RE = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r" {2,}")


def clean_text(text: str) -> str:
    """One form for every source: NFC, Unix newlines, no ligatures or invisible characters."""
    text = text[:MAX_TEXT_CHARS]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _REPLACE_RE.sub(lambda m: _REPLACE[m.group(0)], text)
    text = _CONTROL_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text


def clean_line(line: str) -> str:
    return _SPACES_RE.sub(" ", line).strip()


# The start of an ATX heading; its text is the rest less a closing run of "#" and spaces
# (stripped in code: a pattern "(.*?)\s*#*\s*$" took cubic time on a line of spaces).
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_LINK = re.compile(r"\[([^\]\[]{0,300})\]\(([^()\[\]\s]{0,500})\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,300}?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
# Each run of spaces has one place in the pattern, so a long line of spaces that is not a
# rule fails in linear time (two adjacent "\s*" around an optional "|" were quadratic).
_MD_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")


def _md_heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a Markdown ATX heading line ("## Skills ##" -> (2, "Skills"))."""
    start = _MD_HEADING.match(line)
    if start is None:
        return None
    return len(start.group(1)), line[start.end() :].rstrip().rstrip("#").rstrip()


def _strip_markdown_inline(text: str) -> str:
    text = _MD_LINK.sub(
        lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), text
    )
    text = _MD_EMPHASIS.sub(lambda m: m.group(2), text)
    return text.replace("\\", "")


def text_lines(text: str, *, markdown: bool = False) -> tuple[list[RawLine], int]:
    """Split cleaned text into raw lines; Markdown headings become heading hints and its
    tables are flattened to their cells. Returns the lines and the number of tables seen.
    Each line keeps its number in the file (blank lines counted), so a report's "line 16"
    is line 16 in the user's editor."""
    lines: list[RawLine] = []
    tables = 0
    in_table = False
    for number, raw in enumerate(clean_text(text).split("\n"), start=1):
        hint = None
        where = "body"
        line = raw
        if markdown:
            if _MD_RULE.match(line) or _MD_TABLE_RULE.match(line):
                continue
            heading = _md_heading(line)
            if heading:
                hint = "name" if heading[0] == 1 and not lines else "heading"
                line = heading[1]
            stripped = line.strip()
            if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
                if not in_table:
                    tables += 1
                in_table = True
                where = "table"
                cells = [c.strip() for c in stripped.strip("|").split("|")]
                line = " | ".join(c for c in cells if c)
            else:
                in_table = False
            line = _strip_markdown_inline(line)
        line = clean_line(line)
        if line:
            lines.append(RawLine(text=line, page=None, where=where, hint=hint, source_line=number))
    return lines, tables
