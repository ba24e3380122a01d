"""ATS formatting and searchability checks on a read resume. Pure: no I/O.

Each check returns one finding: "ok", "warn" (an ATS may misread this) or "problem" (an
ATS will likely lose this). The message says what to fix; the evidence quotes the line or
part of the file it is about, so the person can find it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pivotprep.resume.documents.reading import ResumeDocument
from pivotprep.resume.documents.sections import find_date_ranges, heading_name

REQUIRED_SECTIONS = ("experience", "education", "skills")
STANDARD_HEADINGS = {
    "summary": "Summary",
    "experience": "Experience",
    "education": "Education",
    "skills": "Skills",
    "projects": "Projects",
    "certifications": "Certifications",
}
_READ = ("body", "table", "text_box")  # where contact text is at least in the page body
MAX_PAGES_OK = 2
MIN_WORDS_OK = 200
MAX_WORDS_OK = 1_100


@dataclass(frozen=True)
class FormattingFinding:
    id: str  # stable: "contact_in_body", "section_headings", "dates", "tables", ...
    severity: str  # "ok" | "warn" | "problem"
    message: str  # what to fix (or why it is fine)
    evidence: str | None = None  # the line or part of the file the finding is about


def check_formatting(
    doc: ResumeDocument, target_title: str | None = None
) -> list[FormattingFinding]:
    """Every check, in the order a person should read them; problems are not hidden."""
    findings = [
        _file_type(doc),
        _contact(doc),
        _headings(doc),
        _dates(doc),
        _tables(doc),
        _columns(doc),
        _text_boxes(doc),
        _images(doc),
        _links(doc),
        _length(doc),
    ]
    if target_title and target_title.strip():
        findings.append(_headline(doc, target_title.strip()))
    return findings


def _clip(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def _quote(lines: list[str], limit: int = 3) -> str | None:
    if not lines:
        return None
    shown = [f'"{_clip(line)}"' for line in lines[:limit]]
    more = f" (and {len(lines) - limit} more)" if len(lines) > limit else ""
    return "; ".join(shown) + more


def _file_type(doc: ResumeDocument) -> FormattingFinding:
    if doc.file_type in ("pdf", "docx"):
        if doc.layout.encrypted:
            return FormattingFinding(
                "file_type",
                "warn",
                "This PDF is marked as encrypted (permissions only). Some ATS refuse encrypted "
                "files: export it again without security settings.",
                doc.filename,
            )
        return FormattingFinding(
            "file_type", "ok", f"{doc.file_type.upper()} is a format every ATS reads.", doc.filename
        )
    return FormattingFinding(
        "file_type",
        "warn",
        f"A .{doc.file_type} file is readable here, but job portals expect a resume as DOCX or "
        "PDF: upload one of those when you apply.",
        doc.filename,
    )


def _contact(doc: ResumeDocument) -> FormattingFinding:
    contact = doc.contact
    body_email = [e for e in contact.emails if e.where in _READ]
    body_phone = [p for p in contact.phones if p.where in _READ]
    hidden = [i for i in contact.items if i.where in ("header", "footer")]
    if not contact.emails:
        return FormattingFinding(
            "contact_in_body",
            "problem",
            "No email address was found. Put your email and phone in the first lines of the "
            "resume, as plain text.",
            _quote([line.text for line in doc.lines[:3]]),
        )
    if not body_email:
        where = sorted({i.where for i in hidden})
        return FormattingFinding(
            "contact_in_body",
            "problem",
            f"Your contact details are only in the page {' and '.join(where)}, which many ATS "
            "skip. Put your email and phone in the body, just under your name.",
            _quote([f"{i.where}: {i.value}" for i in hidden]),
        )
    if not body_phone and not contact.phones:
        return FormattingFinding(
            "contact_in_body",
            "warn",
            "No phone number was found. Recruiters often call first: add one under your name.",
            body_email[0].value,
        )
    if not body_phone:
        return FormattingFinding(
            "contact_in_body",
            "warn",
            "Your phone number is only in the page header or footer, which many ATS skip. Move "
            "it into the body next to your email.",
            _quote([f"{p.where}: {p.value}" for p in contact.phones]),
        )
    shown = [body_email[0].value, body_phone[0].value]
    return FormattingFinding(
        "contact_in_body", "ok", "Email and phone are in the body of the resume.", "; ".join(shown)
    )


def _headings(doc: ResumeDocument) -> FormattingFinding:
    missing = [name for name in REQUIRED_SECTIONS if name not in doc.sections]
    unusual = [
        line.text
        for line in doc.lines
        if line.kind == "heading" and line.section == "other" and not _known(line.text)
    ]
    found = [s.heading for s in doc.sections.values() if s.heading]
    if missing:
        names = ", ".join(f"'{STANDARD_HEADINGS[name]}'" for name in missing)
        return FormattingFinding(
            "section_headings",
            "problem" if "experience" in missing else "warn",
            f"No section heading an ATS recognises for {names}. Use standard headings "
            "(Summary, Experience, Education, Skills) on a line of their own.",
            _quote(found) or "no headings found",
        )
    if unusual:
        return FormattingFinding(
            "section_headings",
            "warn",
            "Some headings are not standard, so an ATS may not know what is under them. "
            "Rename them to a standard heading where one fits.",
            _quote(unusual),
        )
    return FormattingFinding(
        "section_headings",
        "ok",
        "Standard section headings found: an ATS can file each part of your resume.",
        _quote(found, limit=8),
    )


def _known(text: str) -> bool:
    return heading_name(text) is not None


def _dates(doc: ResumeDocument) -> FormattingFinding:
    bad: list[str] = []
    reasons: list[str] = []
    for line in doc.lines:
        if line.kind == "heading":
            continue
        for found in find_date_ranges(line.text):
            if not found.parseable and found.problem:
                of = " of the extracted text" if doc.line_refs == "extracted" else ""
                bad.append(f"line {line.number}{of}: {line.text}")
                reasons.append(found.problem)
                break  # one quote per line is enough
    if bad:
        return FormattingFinding(
            "dates",
            "warn",
            "Some dates may not be read by an ATS: "
            + "; ".join(list(dict.fromkeys(reasons))[:3])
            + ". Use 'Jan 2019 - Present' or '03/2018 - 06/2020'.",
            _quote(bad),
        )
    experience = doc.sections.get("experience")
    if experience and experience.lines and not doc.positions:
        return FormattingFinding(
            "dates",
            "warn",
            "No date ranges were found in your experience. Give each job its dates "
            "('Jan 2019 - Present') so an ATS can count your years of experience.",
            _quote([line.text for line in experience.lines[:2]]),
        )
    shown = [p.date_text for p in doc.positions]
    return FormattingFinding(
        "dates", "ok", "Every date is in a form an ATS can read.", _quote(shown, limit=4)
    )


def _tables(doc: ResumeDocument) -> FormattingFinding:
    count = doc.layout.tables
    if not count:
        return FormattingFinding("tables", "ok", "No tables: the text reads in one flow.")
    cells = [line.text for line in doc.lines if line.where == "table"]
    return FormattingFinding(
        "tables",
        "warn",
        f"{count} table{'s' if count > 1 else ''} found. Many ATS read tables cell by cell or "
        "skip them, scrambling dates and job titles: use plain lines and tabs instead.",
        _quote(cells) or f"{count} ruled table(s) on the page",
    )


def _columns(doc: ResumeDocument) -> FormattingFinding:
    if doc.layout.columns < 2:
        return FormattingFinding("columns", "ok", "One column: an ATS reads it top to bottom.")
    how = (
        "pivotprep put the columns back in reading order, but many ATS read straight across "
        "the page and mix the two columns line by line."
        if doc.file_type == "pdf"
        else "Word columns are usually read in order, but some ATS mix them."
    )
    where = [note for note in doc.layout.notes if "two columns" in note]
    return FormattingFinding(
        "columns",
        "warn",
        f"{doc.layout.columns} columns found. {how} A single column is the safe layout.",
        _quote(where) or f"{doc.layout.columns} columns",
    )


def _text_boxes(doc: ResumeDocument) -> FormattingFinding:
    if not doc.layout.text_boxes:
        return FormattingFinding("text_boxes", "ok", "No text boxes.")
    boxed = [line.text for line in doc.lines if line.where == "text_box"]
    return FormattingFinding(
        "text_boxes",
        "problem",
        f"{doc.layout.text_boxes} text box{'es' if doc.layout.text_boxes > 1 else ''} found. "
        "Most ATS drop text inside text boxes: move this text into the body.",
        _quote(boxed),
    )


def _images(doc: ResumeDocument) -> FormattingFinding:
    count = doc.layout.images
    scanned = doc.layout.image_only_pages
    if scanned:
        pages = ", ".join(str(n) for n in scanned)
        return FormattingFinding(
            "images",
            "problem",
            f"Page{'s' if len(scanned) > 1 else ''} {pages} {'are' if len(scanned) > 1 else 'is'}"
            " a picture with no text: an ATS reads nothing on it. Export the whole resume from "
            "your word processor as a text PDF.",
            f"page {pages}: image only",
        )
    if not count:
        return FormattingFinding("images", "ok", "No images.")
    return FormattingFinding(
        "images",
        "warn",
        f"{count} image{'s' if count > 1 else ''} found. An ATS ignores images: any text, logo "
        "or skill chart in them is lost, and photos are discouraged in many countries.",
        f"{count} image(s)",
    )


def _links(doc: ResumeDocument) -> FormattingFinding:
    hidden = [item.value for item in doc.contact.items if item.where == "link"]
    if not hidden:
        return FormattingFinding("links", "ok", "Every link address is written out as text.")
    return FormattingFinding(
        "links",
        "warn",
        f"{len(hidden)} address{'es are' if len(hidden) > 1 else ' is'} only behind clickable "
        "text. An ATS reads the visible words, not the link: write the address out "
        "(linkedin.com/in/your-name).",
        _quote(hidden),
    )


def _length(doc: ResumeDocument) -> FormattingFinding:
    layout = doc.layout
    pages = f"{'about ' if layout.pages_estimated else ''}{layout.pages} page" + (
        "s" if layout.pages != 1 else ""
    )
    figures = f"{pages}, {layout.word_count} words"
    if layout.pages_read is not None and layout.pages_read < layout.pages:
        return FormattingFinding(
            "length",
            "problem",
            f"Only the first {layout.pages_read} of {layout.pages} pages were read. A resume "
            "is one or two pages: cut it down to what the job asks for.",
            figures,
        )
    if layout.pages > MAX_PAGES_OK:
        return FormattingFinding(
            "length",
            "warn",
            "Longer than two pages: recruiters skim. Keep the last 10 years and what the job "
            "asks for.",
            figures,
        )
    if layout.word_count < MIN_WORDS_OK:
        return FormattingFinding(
            "length",
            "warn",
            "Short: an ATS has few words to match. Add what you did, with tools and results, "
            "to each job.",
            figures,
        )
    if layout.word_count > MAX_WORDS_OK:
        return FormattingFinding(
            "length", "warn", "Wordy for a resume: trim long paragraphs into bullets.", figures
        )
    return FormattingFinding("length", "ok", "A good length.", figures)


def _words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9+#]+", text.lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _headline(doc: ResumeDocument, target_title: str) -> FormattingFinding:
    title_words = _words(target_title)
    if not doc.headline:
        return FormattingFinding(
            "headline_title",
            "problem",
            f"There is no headline under your name. Add one with the exact job title "
            f"'{target_title}': an ATS and a recruiter look for it first.",
            doc.contact.name,
        )
    headline_words = _words(doc.headline)
    joined = " ".join(headline_words)
    if " ".join(title_words) in joined:
        return FormattingFinding(
            "headline_title",
            "ok",
            f"Your headline states the target title '{target_title}'.",
            doc.headline,
        )
    missing = [w for w in title_words if w not in headline_words]
    return FormattingFinding(
        "headline_title",
        "warn",
        f"Your headline does not say '{target_title}' (missing: {', '.join(missing)}). Put the "
        "job's exact title in the line under your name, if it honestly describes you.",
        doc.headline,
    )
