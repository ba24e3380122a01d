"""DOCX text in document order: paragraphs, tables, text boxes, headers and footers.

python-docx reads paragraphs and tables; text boxes live deeper in the XML (w:txbxContent
inside a drawing or a VML shape) and are found there, because many ATS parsers drop them
and the person should know. The zip is checked for bombs (declared sizes and ratios) and
the XML for entity declarations before python-docx touches it.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
import zlib
from typing import Any

from pivotprep.resume.documents.limits import (
    MAX_TEXT_CHARS,
    MAX_XML_PART_BYTES,
    DocumentTooLargeError,
    UnreadableDocumentError,
    check_zip,
)
from pivotprep.resume.documents.plain_text import clean_line, clean_text
from pivotprep.resume.documents.sections import Extraction, RawLine

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
V_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
DAMAGED = (
    "This DOCX file is damaged and cannot be opened. Open it in your word processor and "
    "save it again as .docx, or upload a PDF."
)
WORDS_PER_PAGE = 500  # a typical resume page; used when Word's stored count is absent
MAX_WORDS_PER_PAGE = 900  # more words than this per stored page: the count is stale


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,  # zipfile: an unsupported compression method
    RuntimeError,  # an encrypted zip entry
)


def _check_parts(data: bytes) -> None:
    """No DTD or entity declarations (a billion-laughs document) and no oversized XML part."""
    try:
        _scan_parts(data)
    except _ZIP_ERRORS as exc:
        raise UnreadableDocumentError(DAMAGED, field="resume") from exc


def _scan_parts(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise UnreadableDocumentError(
                "This file is a zip but not a Word document (no word/document.xml). Save the "
                "resume from your word processor as .docx, or upload a PDF.",
                field="resume",
            )
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            if info.file_size > MAX_XML_PART_BYTES:
                raise DocumentTooLargeError(
                    f"A part of this DOCX ({info.filename}) is {info.file_size:,} bytes of XML; "
                    "that is not a resume. Save it again from your word processor.",
                    field="resume",
                )
            if _declares_dtd(archive, info):
                raise UnreadableDocumentError(
                    "This DOCX declares XML entities, which Word never writes: it may be built "
                    "to exhaust memory. Save the resume again from your word processor.",
                    field="resume",
                )


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """A DOCTYPE or ENTITY anywhere in the part, read in chunks (a prolog can be padded)."""
    tail = b""
    with archive.open(info) as handle:
        while chunk := handle.read(256 * 1024):
            window = tail + chunk  # XML keywords are case-sensitive: no upper() needed
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                return True
            tail = chunk[-16:]
    return False


def _text_of(element: Any) -> str:
    """The text of a paragraph element, tabs and breaks as spaces, text boxes left out."""
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}txbxContent"):
        if _inside_text_box(node, element):
            continue
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return clean_line(clean_text("".join(parts)))


def _inside_text_box(node: Any, stop: Any) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{_W}txbxContent":
            return True
        parent = parent.getparent()
    return False


def _style_of(paragraph: Any, styles: dict[str, str]) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    style_id = style.get(f"{_W}val") if style is not None else ""
    return styles.get(style_id or "", style_id or "")


def _hint(paragraph: Any, text: str, style: str) -> str | None:
    low = style.lower()
    if low == "title":
        return "name"
    if low.startswith("heading") or low.startswith("titre"):
        return "heading"
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None or low.startswith("list"):
        return "bullet"
    runs = paragraph.findall(f"{_W}r")
    bold = bool(runs) and all(r.find(f"{_W}rPr/{_W}b") is not None for r in runs)
    if bold and text.isupper() and len(text.split()) <= 5:
        return "heading"
    return None


class _Walker:
    def __init__(self, styles: dict[str, str]) -> None:
        self.styles = styles
        self.lines: list[RawLine] = []
        self.tables = 0
        self.text_boxes = 0
        self.chars = 0

    def add(self, text: str, where: str, hint: str | None) -> None:
        if text and self.chars < MAX_TEXT_CHARS:
            self.chars += len(text)
            self.lines.append(RawLine(text, None, where, hint))

    def block(self, element: Any, where: str) -> None:
        """Walk body-level children in order: paragraphs, tables, content controls."""
        for child in element:
            tag = child.tag
            if tag == f"{_W}p":
                text = _text_of(child)
                self.add(text, where, _hint(child, text, _style_of(child, self.styles)))
                for box in _text_boxes(child):  # anchored here: read in place
                    self.text_boxes += 1
                    for box_text in box:
                        self.add(box_text, "text_box" if where == "body" else where, None)
            elif tag == f"{_W}tbl":
                self.tables += 1
                for row in child.findall(f"{_W}tr"):
                    for cell in row.findall(f"{_W}tc"):
                        self.block(cell, "table" if where == "body" else where)
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"):
                self.block(child, where)


def _text_boxes(root: Any) -> list[list[str]]:
    """Each text box's paragraphs; Word writes a box twice (DrawingML and a VML fallback):
    the fallback copy is skipped."""
    boxes: list[list[str]] = []
    for box in root.iter(f"{_W}txbxContent"):
        parent, skip = box.getparent(), False
        while parent is not None and parent is not root:
            if parent.tag in (MC_FALLBACK, f"{_W}txbxContent"):
                skip = True  # the VML copy of a box, or a box inside a box (read with it)
                break
            parent = parent.getparent()
        if skip:
            continue
        texts = [_text_of(p) for p in box.iter(f"{_W}p")]
        boxes.append([t for t in texts if t])
    return boxes


def _style_names(styles: Any) -> dict[str, str]:
    """Style id -> name, read from the XML (python-docx's style objects cost ~30 ms)."""
    names: dict[str, str] = {}
    for style in styles.iterchildren(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        if style_id:
            names[style_id] = (name.get(f"{_W}val") if name is not None else None) or style_id
    return names


def _images(root: Any) -> int:
    return sum(1 for _ in root.iter(A_BLIP)) + sum(1 for _ in root.iter(V_IMAGEDATA))


def _page_count(data: bytes) -> int | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            app = archive.read("docProps/app.xml")[:20000]
    except (KeyError, *_ZIP_ERRORS):
        return None
    match = re.search(rb"<(?:\w+:)?Pages>(\d+)</", app)
    return int(match.group(1)) if match else None


def read_docx(data: bytes) -> Extraction:
    """Lines of a DOCX in document order, and its layout facts."""
    check_zip(data)
    _check_parts(data)
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
    except (DocumentTooLargeError, UnreadableDocumentError):
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on broken files
        raise UnreadableDocumentError(DAMAGED, field="resume") from exc
    styles = _style_names(document.styles.element)
    body = document.element.body
    walker = _Walker(styles)
    walker.block(body, "body")
    headers: list[RawLine] = []
    columns = 1
    seen_parts: set[int] = set()
    for section in document.sections:
        cols = section._sectPr.find(f"{_W}cols")
        if cols is not None and (cols.get(f"{_W}num") or "1").isdigit():
            columns = max(columns, int(cols.get(f"{_W}num") or "1"))
        for where, parts in (
            ("header", (section.header, section.first_page_header, section.even_page_header)),
            ("footer", (section.footer, section.first_page_footer, section.even_page_footer)),
        ):
            for part in parts:
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if id(element) in seen_parts:
                    continue
                seen_parts.add(id(element))
                sub = _Walker(styles)
                sub.block(element, where)
                headers += sub.lines
    links = [
        str(rel.target_ref)[:500]
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/hyperlink") and rel.is_external
    ]
    word_count = sum(len(line.text.split()) for line in walker.lines)
    stored_pages = _page_count(data)
    if stored_pages and word_count > stored_pages * MAX_WORDS_PER_PAGE:
        stored_pages = None  # saved by a tool that never updated Word's page count
    pages = stored_pages or max(1, math.ceil(word_count / WORDS_PER_PAGE))
    return Extraction(
        lines=walker.lines + headers,
        pages=pages,
        pages_estimated=stored_pages is None,
        columns=columns,
        tables=walker.tables,
        text_boxes=walker.text_boxes,
        images=_images(body),
        notes=[],
        link_targets=links[:50],
    )
