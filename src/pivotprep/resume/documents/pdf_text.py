"""PDF text in reading order, with the layout facts an ATS cares about.

pypdf reads every page first (fast: a few ms a page) and reports where each line starts.
Only a page that looks like it has a second column (many lines starting at one x far into
the page) is read again with character positions from pdfminer.six, pdfplumber's engine
(several times slower than pypdf), where a column gutter is searched for and the page is
re-ordered: full-width rows in place, and between them the left column top to bottom,
then the right.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from pivotprep.resume.documents.limits import (
    MAX_DECLARED_PAGES,
    MAX_LAYOUT_CONTENT_BYTES,
    MAX_LAYOUT_PAGES,
    MAX_PAGE_CONTENT_BYTES,
    MAX_PAGE_TREE_ENTRIES,
    MAX_PAGES,
    MAX_PDF_CONTENT_BYTES,
    MAX_TEXT_CHARS,
    DocumentTooLargeError,
    EncryptedDocumentError,
    ScannedDocumentError,
    UnreadableDocumentError,
)
from pivotprep.resume.documents.pdf_columns import PdfLine, PdfPage, position_pages, suspect_columns
from pivotprep.resume.documents.plain_text import clean_line, clean_text
from pivotprep.resume.documents.sections import Extraction, RawLine

try:
    from pypdf.errors import LimitReachedError
except ImportError:  # a pypdf without decompression limits

    class LimitReachedError(Exception):  # type: ignore[no-redef]
        """Never raised: stands in for pypdf's own."""


logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # broken files are reported as UserErrors
logging.getLogger("pdfminer").setLevel(logging.CRITICAL)

CORRUPT = (
    "This PDF is damaged: its structure cannot be read. Open the original document and "
    "export it to PDF again (File > Save as > PDF), or upload the DOCX."
)
ENCRYPTED = (
    "This PDF is password-protected, so an ATS cannot read it either. Save a copy without "
    "a password (or export it again from your word processor) and upload that."
)
SCANNED = (
    "This PDF is a scanned image: it has no text an ATS can read. Export it from your word "
    "processor as a text PDF or upload the DOCX."
)
NO_TEXT = (
    "This PDF contains no readable text (the letters may have been converted to outlines). "
    "Export it again from your word processor as a text PDF, or upload the DOCX."
)
HEAVY = (
    "This PDF's pages hold far more drawing data than any resume (megabytes of compressed "
    "instructions per page), so it was not read. Export it again from your word processor, "
    "or upload the DOCX."
)
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?$", re.IGNORECASE)
# bounded repeats: a hostile stream of digits or spaces cannot make these quadratic
_NUM = rb"(-?[\d.]{1,12})\s{1,4}"
_RECT = re.compile(rb"(?<![\d.])" + _NUM * 4 + rb"re\b")
_LINE_TO = re.compile(rb"(?<![\d.])" + _NUM * 2 + rb"m\s{1,4}" + _NUM * 2 + rb"l\b")


def _open(data: bytes) -> Any:
    from pypdf import PasswordType, PdfReader

    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocumentError(
            "This file is not a PDF (it does not start like one). Check that you picked the "
            "right file, or upload the resume as DOCX or plain text.",
            field="resume",
        )
    _refuse_many_pages(max(_counts_in_bytes(data), default=0))
    encrypted = False
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = bool(reader.is_encrypted)
    except Exception as exc:  # pypdf raises many kinds on broken files
        raise UnreadableDocumentError(CORRUPT, field="resume") from exc
    if encrypted:
        try:  # many PDFs carry only an owner password (permissions): they open with ""
            opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
        except Exception as exc:  # an unknown or unsupported encryption scheme
            raise EncryptedDocumentError(ENCRYPTED, field="resume") from exc
        if not opened:
            raise EncryptedDocumentError(ENCRYPTED, field="resume")
    _refuse_many_pages(_declared_pages(reader))
    _refuse_long_tree(_tree_entries(reader))
    try:
        count = len(reader.pages)
    except Exception as exc:
        raise UnreadableDocumentError(CORRUPT, field="resume") from exc
    if count == 0:
        raise UnreadableDocumentError(CORRUPT, field="resume")
    return reader, encrypted, count


_COUNT = re.compile(rb"/Count\s{0,4}(\d{1,12})")


def _counts_in_bytes(data: bytes) -> list[int]:
    """Every `/Count n` written in the file's bytes, found before pypdf parses anything (a
    page tree of 60,000 pages takes seconds to parse). Compressed object streams hide
    theirs: the reader's own count is checked too."""
    return [int(m.group(1)) for m in _COUNT.finditer(data)]


def _refuse_many_pages(declared: int) -> None:
    if declared > MAX_DECLARED_PAGES:
        raise DocumentTooLargeError(
            f"This PDF declares {declared:,} pages; a resume has one to three, and pivotprep "
            f"reads files of at most {MAX_DECLARED_PAGES}. Upload the resume alone.",
            field="resume",
        )


def _declared_pages(reader: Any) -> int:
    """The page count the file's page tree declares, read before the tree is walked (0 when
    it declares none or a broken one: `_tree_entries` then bounds the walk)."""
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count) if isinstance(count, int) else 0
    except Exception:  # a broken catalogue: left to the walk
        return 0


LONG_TREE = (
    "This PDF lists {entries:,} or more entries in its page tree, far more than it declares "
    "and than pivotprep reads (at most {pages} pages); a resume has one to three. Export it "
    "again from your word processor, or upload the resume alone."
)


def _tree_entries(reader: Any) -> int:
    """How many entries the page tree lists (pages and the nodes grouping them), counted from
    the lengths of its /Kids arrays and stopped past `MAX_PAGE_TREE_ENTRIES`. A tree may
    declare one page and list 60,000: pypdf would walk them all (seconds of CPU), so the
    walk is bounded by a count here, not by the child's deadline (0 for a broken tree: pypdf
    then reports it as damaged)."""
    try:
        stack = [reader.trailer["/Root"]["/Pages"].get_object()]
    except Exception:  # a broken catalogue: left to pypdf
        return 0
    seen: set[int] = set()
    entries = 0
    while stack and entries <= MAX_PAGE_TREE_ENTRIES:
        node = stack.pop()
        try:
            kids = node.get("/Kids")
            kids = kids.get_object() if kids is not None else None
        except Exception:  # a broken node: left to pypdf
            continue
        if not isinstance(kids, list):
            continue
        entries += len(kids)  # before any kid is resolved
        for kid in kids if entries <= MAX_PAGE_TREE_ENTRIES else ():
            try:
                child = kid.get_object()
            except Exception:  # a dangling reference: left to pypdf
                continue
            if isinstance(child, dict) and "/Kids" in child and id(child) not in seen:
                seen.add(id(child))  # a cycle is walked once
                stack.append(child)
    return entries


def _refuse_long_tree(entries: int) -> None:
    if entries > MAX_PAGE_TREE_ENTRIES:
        raise DocumentTooLargeError(
            LONG_TREE.format(entries=entries, pages=MAX_DECLARED_PAGES), field="resume"
        )


def _count_images(page: Any) -> int:
    try:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        if not xobjects:
            return 0
        xobjects = xobjects.get_object()
        return sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image")
    except Exception:  # a broken resource dictionary is not worth failing over
        return 0


def _link_targets(page: Any) -> list[str]:
    """Web addresses behind link annotations: a person clicks them, an ATS never sees them."""
    out: list[str] = []
    try:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            action = annot.get("/A")
            uri = action.get_object().get("/URI") if action is not None else None
            if uri:
                out.append(str(uri)[:500])
    except Exception:  # a broken annotation is not worth failing over
        return out
    return out


def _has_table(raw: bytes) -> bool:
    """A ruled table: at least two rows and two columns of cell edges in the drawing."""
    raw = raw[:2_000_000]
    xs: Counter[int] = Counter()
    ys: Counter[int] = Counter()
    for match in _RECT.finditer(raw):
        x, y, w, h = (float(v) for v in match.groups())
        if 4 < abs(h) < 200 and 10 < abs(w) < 500:
            xs[round(x)] += 1
            ys[round(y)] += 1
    for match in _LINE_TO.finditer(raw):
        x1, y1, x2, y2 = (float(v) for v in match.groups())
        if abs(x1 - x2) < 0.5:
            xs[round(x1)] += 1
        elif abs(y1 - y2) < 0.5:
            ys[round(y1)] += 1
    columns = sum(1 for n in xs.values() if n >= 2)
    rows = sum(1 for n in ys.values() if n >= 2)
    return columns >= 2 and rows >= 2


def _pypdf_page(page: Any, number: int) -> PdfPage:
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    result = PdfPage(number, width, height)
    state: dict[str, Any] = {"buf": [], "pos": None}

    def close() -> None:
        text = clean_line(clean_text("".join(state["buf"])))
        if text and state["pos"] is not None:
            x, y, size, bold = state["pos"]
            result.lines.append(PdfLine(text, x, height - y, size, bold))
        state["buf"], state["pos"] = [], None

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text:
            return
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                close()
            if not piece:
                continue
            if piece.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                result.starts.append(x)
                if state["pos"] is not None and abs(y - state["pos"][1]) > max(
                    2.0, 0.6 * state["pos"][2]
                ):
                    close()  # a new baseline without a newline in the text: a new line
                if state["pos"] is None:
                    scale = abs(tm[3] * cm[3]) or 1.0
                    name = str(font.get("/BaseFont", "")) if font else ""
                    state["pos"] = (x, y, size * scale, "bold" in name.lower())
            state["buf"].append(piece)

    page.extract_text(visitor_text=visit)
    close()
    return result


def _hint(line: PdfLine, body_size: float, first_on_page_one: bool) -> str | None:
    words = line.text.split()
    if first_on_page_one and line.size >= body_size * 1.3 and len(words) <= 5:
        return "name"
    if len(words) > 6:
        return None
    if line.size >= body_size * 1.15 or (line.bold and line.text.isupper()):
        return "heading"
    return None


def _margins(pages: list[PdfPage]) -> dict[tuple[int, int], str]:
    """Lines in the top or bottom 8% that repeat on two pages or more (digits ignored), or
    are page numbers: a word processor's header and footer."""
    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        for line in page.lines:
            zone = _zone(line, page)
            if zone:
                seen[(zone, re.sub(r"\d+", "#", line.text))] += 1
    where: dict[tuple[int, int], str] = {}
    for page in pages:
        for i, line in enumerate(page.lines):
            zone = _zone(line, page)
            if zone and (
                seen[(zone, re.sub(r"\d+", "#", line.text))] >= 2
                or (zone == "footer" and _PAGE_NUMBER.match(line.text))
            ):
                where[(page.number, i)] = zone
    return where


def _zone(line: PdfLine, page: PdfPage) -> str | None:
    if line.top < 0.08 * page.height:
        return "header"
    if line.top > 0.92 * page.height:
        return "footer"
    return None


@dataclass
class _Pages:
    """What reading the pages gathered: the pages read and the layout facts on the way."""

    pages: list[PdfPage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    images: int = 0
    tables: int = 0
    image_pages: list[int] = field(default_factory=list)  # a picture and (almost) no text
    links: list[str] = field(default_factory=list)
    failed: int = 0  # damaged pages
    heavy: int = 0  # pages skipped for their drawing data

    def add(self, page: Any, read: PdfPage, drawing: bytes) -> None:
        self.pages.append(read)
        self.links += _link_targets(page)
        page_images = _count_images(page)
        self.images += page_images
        if page_images and sum(len(line.text.strip()) for line in read.lines) < 20:
            self.image_pages.append(read.number)
        self.tables += _has_table(drawing)


def _drawing(page: Any) -> bytes:
    content = page.get_contents()
    return content.get_data() if content is not None else b""


def _read_pages(reader: Any, count: int) -> _Pages:
    """Read up to MAX_PAGES pages with pypdf, within the drawing and text limits; a damaged
    page is noted and skipped, never the end of the others."""
    got = _Pages()
    drawn = chars = 0
    for number in range(1, min(count, MAX_PAGES) + 1):
        try:
            page = reader.pages[number - 1]
            drawing = _drawing(page)
        except LimitReachedError:  # pypdf stopped inflating it: far over any limit here
            drawing = None
        except Exception:  # one damaged page should not lose the others
            got.failed += 1
            got.notes.append(f"Page {number} is damaged and could not be read.")
            continue
        # skipped pages count too: twenty heavy pages must not be inflated one after another
        drawn += MAX_PAGE_CONTENT_BYTES + 1 if drawing is None else len(drawing)
        if drawn > MAX_PDF_CONTENT_BYTES:
            got.heavy += 1
            got.notes.append(f"Pages from {number} on were not read: the file is too heavy.")
            break
        if drawing is None or len(drawing) > MAX_PAGE_CONTENT_BYTES:
            got.heavy += 1
            got.notes.append(f"Page {number} holds too much drawing data to read; it was skipped.")
            continue
        try:
            read = _pypdf_page(page, number)
            read.content_bytes = len(drawing)
        except Exception:  # one damaged page should not lose the others
            got.failed += 1
            got.notes.append(f"Page {number} is damaged and could not be read.")
            continue
        got.add(page, read, drawing)
        chars += sum(len(line.text) for line in read.lines)
        if chars > MAX_TEXT_CHARS:
            got.notes.append(f"Only the first {MAX_TEXT_CHARS:,} characters were read.")
            break
    return got


def _order_columns(data: bytes, pages: list[PdfPage], notes: list[str]) -> None:
    """Re-read the pages that look like two columns with character positions (a few light
    ones only: it is slow), and say what was found."""
    suspects = [p for p in pages if suspect_columns(p)]
    heavy = [p for p in suspects if p.content_bytes > MAX_LAYOUT_CONTENT_BYTES]
    suspects = [p for p in suspects if p not in heavy][:MAX_LAYOUT_PAGES]
    if heavy:
        notes.append("Some pages were too heavy to check for columns; lines are in file order.")
    if suspects:
        try:
            position_pages(data, suspects)
        except Exception:  # keep pypdf's order if pdfminer cannot read the page
            notes.append("Column detection failed on this PDF; lines are in file order.")
    for page in pages:
        if page.columns > 1:
            left, right = (text[:40] for text in page.column_heads)
            notes.append(
                f'Page {page.number} has two columns (the left starts "{left}", the right '
                f'"{right}"); the left column was read first.'
            )


def _raw_lines(pages: list[PdfPage]) -> list[RawLine]:
    """Every line in reading order, with where it sits (body, header, footer) and a hint
    (heading, name) from its size against the body text's."""
    sizes = [line.size for p in pages for line in p.lines if line.size > 0]
    body_size = median(sizes) if sizes else 10.0
    margins = _margins(pages)
    raw: list[RawLine] = []
    seen_body = False
    for page in pages:
        for i, line in enumerate(page.lines):
            where = margins.get((page.number, i), "body")
            first = page.number == 1 and not seen_body
            hint = _hint(line, body_size, first) if where == "body" else None
            seen_body = seen_body or where == "body"
            raw.append(RawLine(line.text, page.number, where, hint))
    return raw


def read_pdf(data: bytes) -> Extraction:
    """Lines of a PDF in reading order, and its layout facts. Raises a DocumentError for
    corrupt, encrypted and image-only files."""
    reader, encrypted, count = _open(data)
    got = _read_pages(reader, count)
    pages, notes = got.pages, got.notes
    if not pages and got.heavy:
        raise DocumentTooLargeError(HEAVY, field="resume")
    if not pages:
        raise UnreadableDocumentError(CORRUPT if got.failed else NO_TEXT, field="resume")
    if count > MAX_PAGES:
        notes.append(f"Only the first {MAX_PAGES} of {count} pages were read.")
    letters = sum(len(re.sub(r"\s", "", line.text)) for p in pages for line in p.lines)
    if letters < 20:
        raise ScannedDocumentError(SCANNED if got.images else NO_TEXT, field="resume")
    _order_columns(data, pages, notes)
    return Extraction(
        lines=_raw_lines(pages),
        pages=count,
        pages_read=len(pages),
        columns=max(p.columns for p in pages),
        tables=got.tables,
        images=got.images,
        encrypted=encrypted,
        notes=notes,
        image_only_pages=got.image_pages,
        link_targets=got.links[:50],
    )
