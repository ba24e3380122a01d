"""Hostile PDFs and DOCX files, written byte by byte (no library would write them):
streams that inflate far beyond their size, tens of thousands of pages, a page count that
lies, a zip bomb. Used by the tests and by bench/bench_document_bounds.py."""

from __future__ import annotations

import io
import zipfile
import zlib
from functools import lru_cache

PAGE_TEXT = b"BT /F1 11 Tf 72 720 Td (Hostile test page) Tj ET\n"


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of `objects` (numbered from 1), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _stream(data: bytes, flate: bool) -> bytes:
    head = b"<< /Length %d%s >>\nstream\n" % (len(data), b" /Filter /FlateDecode" if flate else b"")
    return head + data + b"\nendstream"


def _pages_pdf(contents: list[bytes], *, flate: bool, declared: int | None = None) -> bytes:
    """One page per content stream (pages with equal content share one stream object);
    `declared` overrides the page tree's /Count."""
    streams = list(dict.fromkeys(contents))
    first_stream = 4
    first_page = first_stream + len(streams)
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> >>" % (kids, n if declared is None else declared),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objects += [_stream(content, flate) for content in streams]
    for content in contents:
        stream = first_stream + streams.index(content)
        objects.append(b"<< /Type /Page /Parent 2 0 R /Contents %d 0 R >>" % stream)
    return _pdf(objects)


@lru_cache(maxsize=2)
def inflating_pdf(pages: int = 20, inflated_mb: int = 74) -> bytes:
    """`pages` pages, each a Flate stream that inflates to `inflated_mb` MB of drawing
    (about 1.5 MB of file for 20 pages of 74 MB)."""
    common = zlib.compressobj(6)
    head = common.compress(PAGE_TEXT + b" " * (inflated_mb * 1_000_000))
    packs = []
    for page in range(pages):  # a stream of its own per page: nothing cached between them
        tail = common.copy()
        packs.append(head + tail.compress(b"%% page %d\n" % page) + tail.flush())
    return _pages_pdf(packs, flate=True)


@lru_cache(maxsize=2)
def many_pages_pdf(pages: int = 60_000, *, lying: bool = False) -> bytes:
    """`pages` small pages (about 9 MB for 60,000); `lying`: the tree declares one page."""
    return _pages_pdf([PAGE_TEXT] * pages, flate=False, declared=1 if lying else None)


def zip_bomb_docx(inflated_mb: int = 100) -> bytes:
    """A DOCX whose document part inflates to `inflated_mb` MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b" " * 2**20
            for _ in range(inflated_mb):
                part.write(block)
    return buffer.getvalue()


HOSTILE = {
    "20 pages inflating to 74 MB each": ("inflating.pdf", inflating_pdf),
    "60,000 pages": ("pages.pdf", many_pages_pdf),
    "60,000 pages declared as one": ("lying.pdf", lambda: many_pages_pdf(lying=True)),
    "DOCX inflating to 100 MB": ("bomb.docx", zip_bomb_docx),
}
