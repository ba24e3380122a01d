"""Contact details in resume text: emails, phones, profile links and a location.

Every pattern starts only at the beginning of a run and bounds its repeats, so a hostile
line costs linear time. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pivotprep.resume.documents.dates import DATE_RANGE_RE

# Each pattern starts only at the beginning of a run and bounds its repeats, so a hostile
# line (100,000 letters, "[[[[...") costs linear time.
EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}"
)
PHONE_RE = re.compile(r"(?<![\w/])(?:\+|00)?\(?\d[\d\s().\-]{6,24}\d(?![\w/])")
_DIGIT = re.compile(r"\d")
LINK_RE = re.compile(
    r"(?<![\w.\-/@])(?:https?://)?(?:www\.)?(?:linkedin\.com/in/[\w\-%]{1,100}|"
    r"github\.com/[\w\-]{1,100}|gitlab\.com/[\w\-]{1,100}|kaggle\.com/[\w\-]{1,100}|"
    r"medium\.com/@?[\w\-]{1,100}|[\w\-]{1,100}\.github\.io(?:/[\w\-]{0,100})?)/?"
    r"|https?://[^\s|,;<>()]{1,300}",
    re.IGNORECASE,
)
LOCATION_RE = re.compile(
    r"^(?:[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,2}),\s*(?:[A-Z]{2}|[A-Z][A-Za-z]+"
    r"(?: [A-Z][A-Za-z]+)?)$"
)


@dataclass(frozen=True)
class ContactItem:
    value: str
    where: str  # "body" | "header" | "footer" | "table" | "text_box" | "link" (hyperlink only)
    line: int | None  # body line number; None for header/footer text


@dataclass(frozen=True)
class Contact:
    name: str | None
    emails: tuple[ContactItem, ...]
    phones: tuple[ContactItem, ...]
    links: tuple[ContactItem, ...]
    location: ContactItem | None

    @property
    def items(self) -> tuple[ContactItem, ...]:
        location = (self.location,) if self.location else ()
        return self.emails + self.phones + self.links + location


def phones(text: str, start: int = 0) -> list[str]:
    """The phone numbers of `text`, from `start` on (where no number may begin earlier and
    end after it: `start` is 0 or the start of a run of digits, spaces and punctuation)."""
    out = []
    for match in PHONE_RE.finditer(text, start):
        value = match.group(0).strip()
        # counted, not cut out: a line wrapped into "1 -" pieces asks about each piece
        digits = len(_DIGIT.findall(value))
        if 9 <= digits <= 15 and not DATE_RANGE_RE.fullmatch(value):
            out.append(value)
    return out


def contact_details(
    text: str, where: str, line: int | None
) -> tuple[list[ContactItem], list[ContactItem], list[ContactItem], ContactItem | None]:
    emails = [ContactItem(m, where, line) for m in EMAIL_RE.findall(text)]
    no_email = EMAIL_RE.sub(" ", text)
    links = [ContactItem(m.group(0).rstrip("/.,"), where, line) for m in LINK_RE.finditer(no_email)]
    no_links = LINK_RE.sub(" ", no_email)
    found_phones = [ContactItem(p, where, line) for p in phones(no_links)]
    location = None
    for part in re.split(r"\s*[|\u2022\u00b7]\s*|\s{2,}", text):
        if LOCATION_RE.match(part.strip()) and not EMAIL_RE.search(part):
            location = ContactItem(part.strip(), where, line)
            break
    return emails, found_phones, links, location
