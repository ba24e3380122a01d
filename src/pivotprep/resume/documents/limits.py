"""Size and safety limits for reading documents, and the errors a bad document raises.

Every upload is hostile until read: the limits keep time and memory bounded whatever
arrives (a 60 MB file, a zip bomb dressed as a DOCX, a PDF of 500 pages). The service
reads every upload with `read_limited`, so an oversized one is refused before it is all
read, whichever interface received it.
"""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

from pivotprep.core.errors import InputTooLargeError, ValidationError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # a resume or job file; real ones are well under 1 MB
MAX_PAGES = 20  # pages read from a PDF; a resume is 1-2, the rest is ignored and said so
MAX_DECLARED_PAGES = 200  # a PDF declaring more pages is refused before its page tree is walked
# the page tree's entries (pages and the nodes grouping them), counted before pypdf walks it
MAX_PAGE_TREE_ENTRIES = 2 * MAX_DECLARED_PAGES
MAX_TEXT_CHARS = 100_000  # characters kept from any document (a long resume is 15,000)
MAX_PAGE_CONTENT_BYTES = 3 * 1024 * 1024  # a PDF page's drawing instructions; resumes use < 1 MB
MAX_PDF_CONTENT_BYTES = 6 * 1024 * 1024  # all pages together: bounds the time pypdf spends
MAX_LAYOUT_PAGES = 4  # pages re-read with word positions (two columns): ten times slower
MAX_LAYOUT_CONTENT_BYTES = 512 * 1024  # and only when the page's drawing is this small
MAX_JOB_CHARS = 60_000  # a job posting is a few thousand characters
MIN_JOB_WORDS = 25  # fewer words than this is not a job posting
MIN_RESUME_WORDS = 30  # fewer words than this is not a resume an ATS could rank
# DOCX is a zip: checked from the zip's own directory before anything is inflated.
MAX_DOCX_UNCOMPRESSED = 40 * 1024 * 1024
MAX_ZIP_RATIO = 100  # a Word part inflating more than 100:1 is padding, not text
MAX_ZIP_ENTRIES = 2_000
MAX_XML_PART_BYTES = 16 * 1024 * 1024
_CHUNK = 64 * 1024


class DocumentError(ValidationError):
    """A document cannot be used: the value sent is not one the scan can read (422). The
    message says why and what to do instead."""


class UnreadableDocumentError(DocumentError):
    """Corrupt, empty, or with no text an ATS can read."""


class ScannedDocumentError(UnreadableDocumentError):
    """A PDF that is only pictures of pages: no text layer."""


class EncryptedDocumentError(UnreadableDocumentError):
    """A password-protected PDF."""


class UnsupportedFileTypeError(DocumentError):
    """A file type pivotprep (and most ATS) cannot read."""


class DocumentTooLargeError(InputTooLargeError, DocumentError):
    """Over a size limit: too many bytes, or a zip that would inflate too far."""


class JobTooShortError(DocumentError):
    """A job description too short to scan."""


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def too_large(size: int, limit: int = MAX_UPLOAD_BYTES, *, field: str = "resume") -> None:
    """Refuse a declared size (a Content-Length, a file's stat) before reading anything."""
    if size > limit:
        raise DocumentTooLargeError(
            f"The file is {_megabytes(size)}; the limit is {_megabytes(limit)}. A resume or job "
            "posting is normally under 1 MB: export it again without embedded images.",
            field=field,
        )


def read_limited(
    stream: BinaryIO, limit: int = MAX_UPLOAD_BYTES, *, field: str = "resume"
) -> bytes:
    """Read at most `limit` bytes from `stream`, in chunks; refuse as soon as it holds more.

    Memory stays bounded by the limit (plus one chunk) whatever the stream's real size.
    """
    buffer = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - len(buffer)))
        if not chunk:
            return bytes(buffer)
        buffer += chunk
        if len(buffer) > limit:
            raise DocumentTooLargeError(
                f"The file is larger than the {_megabytes(limit)} limit. A resume or job posting "
                "is normally under 1 MB: export it again without embedded images.",
                field=field,
            )


def check_zip(data: bytes, *, field: str = "resume") -> None:
    """Refuse a zip (DOCX) whose directory declares too much, before inflating any of it.

    Python's zip reader never inflates past an entry's declared size, so checking the
    declared sizes bounds the memory python-docx can use.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocumentError(
            "This DOCX file is damaged (it is not a valid Word zip package). Open it in your "
            "word processor and save it again, or upload a PDF.",
            field=field,
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise DocumentTooLargeError(
                f"This DOCX holds {len(infos)} parts (limit {MAX_ZIP_ENTRIES}); it is not a "
                "normal resume. Save it again from your word processor.",
                field=field,
            )
        total = sum(info.file_size for info in infos)
        if total > MAX_DOCX_UNCOMPRESSED:
            raise DocumentTooLargeError(
                f"This DOCX would unpack to {_megabytes(total)} (limit "
                f"{_megabytes(MAX_DOCX_UNCOMPRESSED)}). It looks like a zip bomb or holds huge "
                "media; save the resume again without embedded files.",
                field=field,
            )
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1024 * 1024 and ratio > MAX_ZIP_RATIO:
                raise DocumentTooLargeError(
                    f"A part of this DOCX ({info.filename}) inflates {ratio:.0f} times its "
                    "packed size: that is a zip bomb, not a resume. Save the resume again "
                    "from your word processor.",
                    field=field,
                )
