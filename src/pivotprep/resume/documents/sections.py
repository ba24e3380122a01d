"""Resume sectioning: numbered lines, sections, the headline, contact details, positions.

Every reader (PDF, DOCX, text) produces `RawLine`s in reading order; this module turns them
into numbered `Line`s, canonical sections (headings.py), the headline under the name,
contact details (contact.py) and positions with their dates (positions.py). Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pivotprep.resume.documents.contact import (
    EMAIL_RE,
    LINK_RE,
    LOCATION_RE,
    Contact,
    ContactItem,
    contact_details,
    phones,
)
from pivotprep.resume.documents.dates import DateRange, date_span, find_date_ranges
from pivotprep.resume.documents.headings import (
    CANONICAL_SECTIONS,
    HEADING_SYNONYMS,
    heading_name,
    inline_heading,
    lone_bullet,
    strip_bullet,
)
from pivotprep.resume.documents.positions import TITLE_WORDS, Position, find_positions

__all__ = [
    "CANONICAL_SECTIONS",
    "HEADING_SYNONYMS",
    "TITLE_WORDS",
    "Contact",
    "ContactItem",
    "DateRange",
    "Extraction",
    "Line",
    "Position",
    "RawLine",
    "Section",
    "Sectioned",
    "contact_details",
    "find_date_ranges",
    "find_positions",
    "heading_name",
    "section_lines",
    "strip_bullet",
]


@dataclass(frozen=True)
class RawLine:
    """A line as a reader found it, before sectioning.

    `where`: "body" | "table" | "text_box" | "header" | "footer". `hint`: "heading" (a heading
    style, bold or larger font), "name" (a Title style or the largest text), "bullet" (a Word
    list paragraph) or None. `source_line`: the line's number in the user's file, blank
    lines counted (TXT and Markdown only: PDF and DOCX have no lines a person can go to).
    """

    text: str
    page: int | None = None
    where: str = "body"
    hint: str | None = None
    source_line: int | None = None


@dataclass
class Extraction:
    """What a reader found: the raw lines in reading order and facts about the layout."""

    lines: list[RawLine]
    pages: int | None = None  # pages in the file (PDF), or Word's own count (DOCX)
    pages_read: int | None = None  # PDF pages actually read (capped by limits.MAX_PAGES)
    pages_estimated: bool = False  # DOCX without a stored page count: estimated from words
    columns: int = 1
    tables: int = 0
    text_boxes: int = 0
    images: int = 0
    encrypted: bool = False  # opened without a password, but marked as encrypted
    encoding: str | None = None  # text files: the codec used
    notes: list[str] | None = None  # things the reader had to do, for the report
    image_only_pages: list[int] | None = None  # PDF pages that are pictures with no text
    link_targets: list[str] | None = None  # hyperlink addresses (PDF annotations, DOCX rels)


@dataclass(frozen=True)
class Line:
    # 1-based. TXT/MD: the line in the user's file (blank lines counted, as an editor
    # does); PDF/DOCX: the line of the extracted body text (see `ResumeDocument.line_refs`).
    number: int
    text: str  # bullet markers removed
    section: str | None  # canonical section name; the block above the first heading is "contact"
    kind: str  # "heading" | "bullet" | "text"
    page: int | None
    where: str = "body"  # "body" | "table" | "text_box": tables and text boxes many ATS drop


@dataclass(frozen=True)
class Section:
    name: str  # canonical: one of CANONICAL_SECTIONS
    heading: str | None  # the heading as written ("Work History"); None for the top block
    lines: tuple[Line, ...]  # the lines under the heading, heading excluded


# ---------------------------------------------------------------- sectioning


@dataclass(frozen=True)
class Sectioned:
    lines: tuple[Line, ...]
    sections: dict[str, Section]
    headline: str | None
    contact: Contact
    positions: tuple[Position, ...]


def _is_heading(raw: RawLine, text: str) -> str | None:
    """The canonical section when this line is a heading, else None."""
    if len(text) > 60:
        return None
    name = heading_name(text)
    if name:
        return name
    words = text.split()
    if not words or len(words) > 6 or len(text) > 50:
        return None
    if (
        raw.hint == "heading"
        and not find_date_ranges(text)
        and not EMAIL_RE.search(text)
        and not re.search(r"[,|]", text)
    ):
        return "other"
    return None


def _looks_like_contact(text: str, clean: int = 0) -> bool:
    """Whether `text` holds an e-mail address, profile link or phone number, when its first
    `clean` characters are known to hold none (a line wrapped thousands of times is read
    once, not once per piece). An address or link is at most 400 characters and has no
    look-ahead, so a new one ends past `clean`; a phone number is made of a run of digits,
    spaces and ( ) . - +, and each run is read on its own, so only the run that reaches
    `clean` and those after it are read again."""
    if clean <= 0:
        return bool(EMAIL_RE.search(text) or LINK_RE.search(text) or phones(text))
    # neither holds a space: after a space at `clean` (the join of a wrapped line) a new
    # one starts past it
    start = clean if text[clean : clean + 1].isspace() else max(0, clean - 400)
    if EMAIL_RE.search(text, start) or LINK_RE.search(text, start):
        return True
    # Where the run that reaches `clean` starts, at most 64 characters back: a phone number
    # is at most 30 characters, so one that reaches past `clean` starts in the last 64
    # before it. Reading the whole run again for every piece of a line wrapped 30,000 times
    # took 108 s, walking back 400 characters per piece ("1 - 1 - ..." wrapped 25,000
    # times) 8 s, and 64 a character at a time 0.6 s. (Only a run of digits no resume holds
    # could be split into numbers differently from its start.)
    window = max(0, clean - 64)
    tail = _PHONE_RUN.match(text[window:clean][::-1])
    return bool(phones(text, clean - tail.end() if tail else clean))


# What PHONE_RE can match in a run: \d, \s, or one of "().-+" (`\d` and `\s` are
# str.isdecimal and str.isspace); matched on a reversed stretch, so the run ending there.
_PHONE_RUN = re.compile(r"[\d\s().+\-]*")


_LOWER_WORD = re.compile(r"[a-z][a-z'\-]*[,.;:]?")
_OPEN_END = re.compile(r"(?:[,&/\-\u2013(]|\b(?:and|or|of|in|with|for|the|to|a|an))$", re.I)


def _continues(previous: Line, raw: RawLine, text: str, clean: int = 0) -> bool:
    """True when `text` is the rest of `previous`, cut by the line width: same page and
    place, and it starts in lower case or the previous line ends mid-phrase. `clean`: how
    many first characters of `previous` are known to hold no contact detail."""
    if previous.kind == "heading" or previous.page != raw.page or previous.where != raw.where:
        return False
    if raw.page is None and previous.kind == "text":
        return False  # typed text files and DOCX paragraphs break lines on purpose
    if _looks_like_contact(text) or _looks_like_contact(previous.text, clean):
        return False  # "maria@example.com" starts in lower case but is its own item
    first = text.split(maxsplit=1)[0] if text.split() else ""
    lower_word = bool(_LOWER_WORD.fullmatch(first))
    # the pattern ends the text and is at most 4 characters; `\\b` still sees the one before
    return lower_word or bool(_OPEN_END.search(previous.text, max(0, len(previous.text) - 6)))


# Characters of a wrapped line kept before its last join for the next piece's checks
# (`_continues`): the contact check reads at most 400 back from the join and one more
# before that, the open-end check 7 from the end.
_JOIN_CONTEXT = 410


class _Lines:
    """The numbered lines so far, the last one's wrapped pieces joined once, when it is
    done: joining each piece onto the whole line so far copied it again per piece
    (quadratic: "go" wrapped 33,000 times copied 1.6 GB). `last` is the last line as the
    next piece's `_continues` reads it: its text from `_JOIN_CONTEXT` characters before
    its last join on; `clean`: how many first characters of that text hold no contact
    detail."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.last: Line | None = None
        self.clean = 0
        self._pieces: list[str] = []

    def add(self, line: Line) -> None:
        """A new line."""
        self.done()
        self.lines.append(line)
        self.last, self.clean, self._pieces = line, 0, [line.text]

    def join(self, text: str) -> None:
        """`text` is the rest of the last line (`_continues` found no contact detail in it)."""
        last = self.last
        assert last is not None
        cut = max(0, len(last.text) - _JOIN_CONTEXT)
        self.clean = len(last.text) - cut
        joined = f"{last.text[cut:]} {text}"
        self.last = Line(last.number, joined, last.section, last.kind, last.page, last.where)
        self._pieces.append(text)

    def done(self) -> list[Line]:
        """The lines, the last one's pieces joined."""
        if len(self._pieces) > 1:
            last = self.lines[-1]
            joined = " ".join(self._pieces)
            self.lines[-1] = Line(
                last.number, joined, last.section, last.kind, last.page, last.where
            )
            self._pieces = [joined]
        return self.lines


def _numbered(body: list[RawLine]) -> tuple[list[Line], int | None, dict[str, str]]:
    """The body as numbered lines, each with its section and kind; the index of the first
    heading (None without one); each section's heading as written."""
    lines = _Lines()
    current = "contact"  # the block above the first heading: name, headline, contact details
    first_heading: int | None = None
    headings: dict[str, str] = {}
    glyph = False  # a bullet mark stood alone on the line before (PDFs split them)
    for index, raw in enumerate(body):
        if lone_bullet(raw.text):
            glyph = True  # no line of its own: it marks the next line as a bullet
            continue
        text, is_bullet = strip_bullet(raw.text)
        is_bullet, glyph = is_bullet or glyph or raw.hint == "bullet", False
        heading = None if is_bullet else _is_heading(raw, text.rstrip(":"))
        if (
            heading == "other"
            and current == "experience"
            and heading_name(text.rstrip(":")) is None
            and index + 1 < len(body)
            and date_span(body[index + 1].text)
        ):
            heading = None  # a bold capitalised job title above its dates, not a section
        if heading:
            current = heading
            if first_heading is None:
                first_heading = len(lines.lines)
            headings.setdefault(heading, text.rstrip(":").strip())
            kind = "heading"
        else:
            kind = "bullet" if is_bullet else "text"
            inline = None if is_bullet else inline_heading(text)
            if inline and inline[0] != current:
                current = inline[0]  # "Skills: SQL, Python" opens the skills section
                if first_heading is None:
                    first_heading = len(lines.lines)
                headings.setdefault(current, inline[1])
            # a line wrapped by the page width continues its bullet or paragraph, so that
            # "data" + "pipelines" stays one phrase
            last = lines.last
            if kind == "text" and not inline and last and _continues(last, raw, text, lines.clean):
                lines.join(text)
                continue
        number = raw.source_line or len(lines.lines) + 1
        lines.add(Line(number, text, current, kind, raw.page, raw.where))
    return lines.done(), first_heading, headings


def _by_section(lines: list[Line], headings: dict[str, str]) -> dict[str, Section]:
    """The lines grouped by section (a heading alone still makes its section)."""
    grouped: dict[str, list[Line]] = {}
    for line in lines:
        if line.kind == "heading":
            grouped.setdefault(line.section or "other", [])
            continue
        grouped.setdefault(line.section or "other", []).append(line)
    return {
        name: Section(name=name, heading=headings.get(name), lines=tuple(items))
        for name, items in grouped.items()
    }


def section_lines(raw_lines: list[RawLine]) -> Sectioned:
    """Number the body lines, find headings, sections, headline, contact and positions."""
    body = [r for r in raw_lines if r.where not in ("header", "footer")]
    lines, first_heading, headings = _numbered(body)
    sections = _by_section(lines, headings)
    top = lines[:first_heading] if first_heading is not None else lines[:6]
    name, headline = _name_and_headline(top, body)
    contact = _contact(lines, raw_lines, name)
    experience = sections.get("experience")
    positions = find_positions(experience.lines) if experience else ()
    return Sectioned(tuple(lines), sections, headline, contact, positions)


_FIELD_SPLIT = re.compile(r"\s+[|\u2022\u00b7\u25aa]\s+|\s*\|\s*|\s{3,}")


def _title_fields(text: str) -> list[str]:
    """The fields of a top line that are not contact details: "Data Engineer | a@b.c |
    555-0100" gives "Data Engineer"; "Analyst -> Data Engineer | a@b.c" keeps the arrow."""
    return [
        field.strip()
        for field in _FIELD_SPLIT.split(text)
        if field.strip()
        and not _looks_like_contact(field)
        and re.search(r"[A-Za-z]{2}", field)
        and not LOCATION_RE.match(field.strip())
        and len(field.split()) <= 10
    ]


# Spaces, a dash or bar, spaces; starting only where a run of spaces starts, so a long
# run with no dash in it is read once, not once from each of its spaces.
_NAME_DASH = re.compile(r"(?<!\s)\s+[\u2014\u2013|-]\s+")
_NAME_WORD = re.compile(r"[A-Z][\w'.-]*")
# What the document is ("Maria Lopez | CV"), not a title it is aimed at.
_DOCUMENT_WORD = re.compile(r"(?:r[eé]sum[eé]|cv|curriculum vitae)\W*", re.I)


def _split_name_line(text: str) -> tuple[str, str | None]:
    """ "Sam Okafor — Backend Developer": a name of two to four capitalised words, a dash or
    bar, then the title the resume is aimed at (its headline). Other lines stay whole."""
    parts = _NAME_DASH.split(text, maxsplit=1)
    if len(parts) != 2:
        return text, None
    name, title = parts[0].strip(), parts[1].strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return text, None
    fields = [f for f in _title_fields(title) if not _DOCUMENT_WORD.fullmatch(f)]
    return name, (fields[0] if fields else None)


def _name_and_headline(top: list[Line], body: list[RawLine]) -> tuple[str | None, str | None]:
    """The name is the first line of the top block; the headline the plain lines after it,
    or the title fields of a line it shares with contact details."""
    named = [r.text for r in body if r.hint == "name"]
    candidates = [line for line in top if not _looks_like_contact(line.text)]
    name = None
    if named:
        name = named[0]
    elif candidates and (
        len(candidates[0].text.split()) <= 5 or _split_name_line(candidates[0].text)[1]
    ):
        name = candidates[0].text
    rest: list[str] = []
    if name:
        name, title = _split_name_line(name)
        rest += [title] if title else []
    for line in top:
        if line.text == name or (name and line.text.startswith(name + " ")):
            continue
        if _looks_like_contact(line.text):
            rest += _title_fields(line.text)[:1] if not rest else []
        else:
            rest.append(line.text)
    headline_parts = [
        text
        for text in rest[:2]
        if len(text.split()) <= 14 and not LOCATION_RE.match(text) and not find_date_ranges(text)
    ]
    return name, (" | ".join(headline_parts) if headline_parts else None)


def _contact(lines: list[Line], raw_lines: list[RawLine], name: str | None) -> Contact:
    emails: list[ContactItem] = []
    phones: list[ContactItem] = []
    links: list[ContactItem] = []
    location: ContactItem | None = None
    # (text, where, line number, position among the body lines: "near the top" is by
    # position, since a text file's line numbers also count its blank lines)
    sources: list[tuple[str, str, int | None, int]] = [
        (line.text, line.where, line.number, index)
        for index, line in enumerate(lines, start=1)
        if line.section == "contact" or _looks_like_contact(line.text)
    ]
    sources += [(r.text, r.where, None, 0) for r in raw_lines if r.where in ("header", "footer")]
    for text, where, number, position in sources:
        e, p, lk, loc = contact_details(text, where, number)
        emails += [x for x in e if x.value not in {y.value for y in emails}]
        phones += [x for x in p if x.value not in {y.value for y in phones}]
        links += [x for x in lk if x.value not in {y.value for y in links}]
        if location is None and loc is not None and position <= 12:
            location = loc
    return Contact(name, tuple(emails), tuple(phones), tuple(links), location)
