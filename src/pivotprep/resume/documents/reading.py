"""Read a resume (PDF, DOCX, TXT, Markdown) or a job description into plain structures.

`read_resume(data, filename)` and `read_job(text_or_bytes, filename)` are the entry points the
ATS scan, the CLI and the web page call. Bad input raises a `DocumentError` (a `UserError`)
whose message says what to do; nothing here writes anywhere.

Beyond the agreed interface (all of whose names and fields are here, unchanged):
- `Line.where` ("body" | "table" | "text_box"): text many ATS drop. `Line.section` is never
  None: the block above the first heading (name, headline, contact) is "contact".
- `Layout` adds pages_estimated, pages_read, encrypted, encoding, notes, image_only_pages.
- `Contact.name`; a `ContactItem.where` of "link" is an address only behind a hyperlink.
- `Position` adds ongoing, dates_parseable, line (number of the dates line), date_precision.
- `JobDescription` adds encoding, notes and `part(name)`.
- The errors are defined in `limits` (with `read_limited`, `too_large`) and re-exported here.
Header and footer text is not in `lines`/`text` (see `layout.header_text`, `contact`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from pivotprep.resume.documents.limits import (
    MAX_TEXT_CHARS,
    MAX_UPLOAD_BYTES,
    MIN_RESUME_WORDS,
    DocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    JobTooShortError,
    ScannedDocumentError,
    UnreadableDocumentError,
    UnsupportedFileTypeError,
    read_limited,
    too_large,
)
from pivotprep.resume.documents.sections import (
    Contact,
    ContactItem,
    DateRange,
    Extraction,
    Line,
    Position,
    Section,
    find_date_ranges,
    section_lines,
)
from pivotprep.resume.jobs.job_text import JobDescription, JobSentence, read_job

__all__ = [
    "Contact",
    "ContactItem",
    "DateRange",
    "DocumentError",
    "DocumentTooLargeError",
    "EncryptedDocumentError",
    "JobDescription",
    "JobSentence",
    "JobTooShortError",
    "Layout",
    "Line",
    "Position",
    "ResumeDocument",
    "ScannedDocumentError",
    "Section",
    "UnreadableDocumentError",
    "UnsupportedFileTypeError",
    "find_date_ranges",
    "read_job",
    "read_limited",
    "read_resume",
    "resume_file_type",
    "start_reading",
    "too_large",
]

_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
_REFUSED = {
    ".doc": "an old Word .doc file",
    ".rtf": "an RTF file",
    ".odt": "an OpenDocument file",
    ".pages": "an Apple Pages file",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".html": "a web page",
    ".htm": "a web page",
}


@dataclass(frozen=True)
class Layout:
    pages: int  # PDF: pages in the file; DOCX: Word's stored count or an estimate
    columns: int  # the most columns found on a page (PDF) or in a section (DOCX)
    tables: int
    text_boxes: int
    images: int
    header_text: tuple[str, ...]  # text in page headers (DOCX parts; repeated PDF margin lines)
    footer_text: tuple[str, ...]
    word_count: int  # words in the body (headers and footers excluded)
    pages_estimated: bool = False  # True when a DOCX stores no page count
    pages_read: int | None = None  # PDF pages actually read (see limits.MAX_PAGES)
    encrypted: bool = False  # a PDF opened without a password but marked encrypted
    encoding: str | None = None  # text files: the codec the bytes were decoded with
    notes: tuple[str, ...] = ()  # what the reader had to do ("decoded as cp1252", ...)
    image_only_pages: tuple[int, ...] = ()  # PDF pages that are a picture with no text layer


@dataclass(frozen=True)
class ResumeDocument:
    filename: str
    file_type: str  # "pdf" | "docx" | "txt" | "md"
    text: str  # the body lines joined by newlines (bullet markers removed)
    lines: tuple[Line, ...]
    sections: dict[str, Section]  # canonical names (see sections.CANONICAL_SECTIONS)
    headline: str | None  # the line(s) under the name: where the target title should appear
    contact: Contact
    positions: tuple[Position, ...]
    layout: Layout

    @property
    def line_refs(self) -> str:
        """What a line number means: "file" (TXT/MD: the line in the user's file, blank
        lines counted) or "extracted" (PDF/DOCX: the line of the text read from it)."""
        return "file" if self.file_type in ("txt", "md") else "extracted"

    def line(self, number: int) -> Line:
        """The line with this 1-based number (see `line_refs`)."""
        for line in self.lines:
            if line.number == number:
                return line
        raise KeyError(f"no line {number} in {self.filename}")


def resume_file_type(filename: str, data: bytes = b"") -> str:
    """ "pdf" | "docx" | "txt" | "md" from the name, checked against the first bytes."""
    suffix = PurePath(filename or "").suffix.lower()
    if data.startswith(b"%PDF-") or (not suffix and b"%PDF-" in data[:1024]):
        return "pdf"
    zipped = data.startswith(b"PK\x03\x04")
    if suffix == ".docx" or (zipped and suffix in ("", *_EXTENSIONS)):
        return "docx"  # the content wins over a wrong extension (a DOCX saved as .pdf)
    if any(data.startswith(magic) for magic in _IMAGE_MAGIC):
        raise UnsupportedFileTypeError(
            f"{PurePath(filename).name} is an image, and an ATS cannot read text in images. "
            "Upload the resume as .docx or as a text PDF exported from your word processor.",
            field="resume",
        )
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    if suffix in _REFUSED or data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11"):
        what = _REFUSED.get(suffix, "a file type pivotprep cannot read")
        raise UnsupportedFileTypeError(
            f"{PurePath(filename).name} is {what}. Most ATS read PDF and DOCX best: save the "
            "resume as .docx or export it as a text PDF.",
            field="resume",
        )
    if not suffix:
        return "txt"
    raise UnsupportedFileTypeError(
        f"pivotprep reads resumes as PDF, DOCX, TXT or Markdown, not {suffix} files. Save the "
        "resume as .docx or export it as a text PDF.",
        field="resume",
    )


def _extract(data: bytes, file_type: str) -> Extraction:
    if file_type in ("pdf", "docx"):  # parsed in a child with memory and time caps
        from pivotprep.resume.documents.bounded import extract

        return extract(data, file_type)
    from pivotprep.core.decoding import decode_text
    from pivotprep.resume.documents.plain_text import text_lines

    decoded = decode_text(data)
    sample = decoded.text[:20_000]
    binary = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    if binary > 0.02 * max(len(sample), 1):
        raise UnreadableDocumentError(
            "This file does not contain plain text (it looks like a binary file renamed to "
            f".{file_type}). Upload the resume as .docx, a text PDF, or a real .txt file.",
            field="resume",
        )
    lines, tables = text_lines(decoded.text, markdown=file_type == "md")
    notes = [decoded.note] if decoded.note else []
    if len(decoded.text) > MAX_TEXT_CHARS:  # cut in clean_text; a PDF says so too
        notes.append(f"Only the first {MAX_TEXT_CHARS:,} characters were read.")
    return Extraction(lines=lines, tables=tables, encoding=decoded.encoding, notes=notes)


def _bare(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


def _with_hidden_links(contact: Contact, targets: list[str], body: tuple[Line, ...]) -> Contact:
    """Add hyperlink addresses whose text is not written out: where="link"."""
    visible = " ".join(line.text.lower() for line in body)
    known = {_bare(item.value) for item in contact.links}
    emails = {item.value.lower() for item in contact.emails}
    hidden: list[ContactItem] = []
    for target in targets:
        if target.lower().startswith("mailto:"):
            address = target[7:].split("?")[0]
            if address.lower() not in emails and address.lower() not in visible:
                contact = replace(
                    contact, emails=(*contact.emails, ContactItem(address, "link", None))
                )
                emails.add(address.lower())
            continue
        if not target.lower().startswith(("http://", "https://")):
            continue
        bare = _bare(target)
        if bare in known or bare in visible:
            continue
        known.add(bare)
        hidden.append(ContactItem(target, "link", None))
    return replace(contact, links=(*contact.links, *hidden)) if hidden else contact


def start_reading(data: bytes, filename: str) -> None:
    """Start the bounded parser process a PDF or DOCX resume will need, without waiting
    for it: the caller does other work (loading the taxonomy) while the parsers load.
    Raises nothing: whatever is wrong with the file, `read_resume` says so."""
    try:
        file_type = resume_file_type(PurePath(filename or "resume").name, data)
    except DocumentError:
        return
    if file_type in ("pdf", "docx"):
        from pivotprep.resume.documents.bounded import start_worker

        start_worker()


def read_resume(data: bytes, filename: str) -> ResumeDocument:
    """Read a resume's bytes. `filename` gives the type (checked against the content)."""
    too_large(len(data), MAX_UPLOAD_BYTES)
    name = PurePath(filename or "resume").name
    if not data.strip():
        raise UnreadableDocumentError(
            f"{name} is empty (0 bytes of text). Choose the saved resume file and upload it again.",
            field="resume",
        )
    file_type = resume_file_type(name, data)
    extraction = _extract(data, file_type)
    sectioned = section_lines(extraction.lines)
    body = sectioned.lines
    word_count = sum(len(line.text.split()) for line in body)
    if word_count < MIN_RESUME_WORDS:
        raise UnreadableDocumentError(
            f"Only {word_count} words could be read from {name}; an ATS would rank it as "
            "empty. Check that the text is selectable (not an image) and upload the whole "
            "resume.",
            field="resume",
        )
    headers = tuple(r.text for r in extraction.lines if r.where == "header")
    footers = tuple(r.text for r in extraction.lines if r.where == "footer")
    pages = extraction.pages or max(1, -(-word_count // 500))
    layout = Layout(
        pages=pages,
        columns=extraction.columns,
        tables=extraction.tables,
        text_boxes=extraction.text_boxes,
        images=extraction.images,
        header_text=tuple(dict.fromkeys(headers)),
        footer_text=tuple(dict.fromkeys(footers)),
        word_count=word_count,
        pages_estimated=extraction.pages_estimated or extraction.pages is None,
        pages_read=extraction.pages_read,
        encrypted=extraction.encrypted,
        encoding=extraction.encoding,
        notes=tuple(extraction.notes or ()),
        image_only_pages=tuple(extraction.image_only_pages or ()),
    )
    contact = _with_hidden_links(sectioned.contact, extraction.link_targets or [], body)
    return ResumeDocument(
        filename=name,
        file_type=file_type,
        text="\n".join(line.text for line in body),
        lines=body,
        sections=sectioned.sections,
        headline=sectioned.headline,
        contact=contact,
        positions=sectioned.positions,
        layout=layout,
    )
