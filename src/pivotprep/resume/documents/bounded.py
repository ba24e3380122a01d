"""PDF and DOCX files are parsed in a child process with a memory cap and a deadline.

A hostile document costs only the child: a PDF of 20 pages each inflating to 74 MB, or one
of 60,000 pages, is refused within `DEADLINE_SECONDS` while the app's own memory stays at
what it was (the upload's bytes and the small result). Inside the child, decompressed bytes
are counted before they are inflated (pypdf stops a Flate stream at `MAX_INFLATED_BYTES`;
a DOCX's zip directory is checked before any part is inflated) and a PDF's declared page
count is checked before its page tree is walked.

The child is a plain `python -c` process with a minimal environment. It reads the bytes on
stdin and writes one JSON object on stdout: the `Extraction`, or the `DocumentError` it
raised (class name, message, field), rebuilt here from a fixed table of classes. JSON, not
pickle: nothing the child sends can run code in the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pivotprep.resume.documents import limits
from pivotprep.resume.documents.sections import Extraction, RawLine

MEMORY_MB = 768  # address space of the child: pypdf and pdfminer use ~150 MB on a resume
DEADLINE_SECONDS = 4.0  # wall clock for the child, start-up included
MAX_INFLATED_BYTES = 8 * 1024 * 1024  # one decompressed stream; a resume page uses < 1 MB
MAX_RESULT_BYTES = 16 * 1024 * 1024  # the child's JSON answer (text is capped far below)

_BOOT = "from pivotprep.resume.documents.bounded import child_main; child_main()"
_ERRORS: dict[str, type[limits.DocumentError]] = {
    cls.__name__: cls
    for cls in (
        limits.DocumentError,
        limits.UnreadableDocumentError,
        limits.ScannedDocumentError,
        limits.EncryptedDocumentError,
        limits.UnsupportedFileTypeError,
        limits.DocumentTooLargeError,
    )
}
TOO_SLOW = (
    "Reading this {kind} took longer than {seconds:g} seconds, so it was stopped: it holds "
    "far more drawing data or pages than a resume. Export it again from your word processor "
    "(File > Save as), or upload it as DOCX or plain text."
)
TOO_BIG = (
    "Reading this {kind} needed more than {mb} MB of memory, so it was stopped: it inflates "
    "far beyond what a resume holds. Export it again from your word processor, or upload it "
    "as DOCX or plain text."
)


def extract(data: bytes, kind: str, *, field: str = "resume") -> Extraction:
    """The `Extraction` of a PDF (`kind` "pdf") or DOCX ("docx"), read in a bounded child.

    Raises the `DocumentError` the reader raised, or `DocumentTooLargeError` when the child
    ran out of time or memory."""
    label = kind.upper()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _BOOT, kind, str(MEMORY_MB)],
            input=data,
            capture_output=True,
            timeout=DEADLINE_SECONDS,
            env=_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise limits.DocumentTooLargeError(
            TOO_SLOW.format(kind=label, seconds=DEADLINE_SECONDS), field=field
        ) from None
    if len(done.stdout) > MAX_RESULT_BYTES:
        raise limits.DocumentTooLargeError(TOO_BIG.format(kind=label, mb=MEMORY_MB), field=field)
    try:
        answer = json.loads(done.stdout) if done.stdout else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        # killed (memory, CPU) before answering: the cap did its work
        raise limits.DocumentTooLargeError(TOO_BIG.format(kind=label, mb=MEMORY_MB), field=field)
    return _decode(answer, field)


def _environment() -> dict[str, str]:
    """What the child needs to run Python and find pivotprep; nothing of the user's."""
    keep = ("PATH", "SYSTEMROOT", "LANG", "LC_ALL", "LC_CTYPE")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    src = str(Path(__file__).resolve().parents[3])  # the folder holding `pivotprep`
    extra = os.environ.get("PYTHONPATH")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, extra) if p)
    env["TMPDIR"] = env["HOME"] = tempfile.gettempdir()
    env["PYTHONNOUSERSITE"] = "1"
    return env


def _decode(answer: dict[str, Any], field: str) -> Extraction:
    """The child's answer as an `Extraction`, or its error raised again here."""
    if "error" in answer:
        cls = _ERRORS.get(str(answer["error"]), limits.UnreadableDocumentError)
        raise cls(str(answer.get("message", ""))[:2000], field=field)
    try:
        values = dict(answer["extraction"])
        values["lines"] = [RawLine(**line) for line in values["lines"]]
        return Extraction(**values)
    except (KeyError, TypeError, ValueError):
        raise limits.UnreadableDocumentError(
            "This document could not be read. Export it again, or upload it as plain text.",
            field=field,
        ) from None


# ---- the child side -------------------------------------------------------------------------


def child_main() -> None:
    """Cap this process, read the document on stdin, write the JSON answer on stdout."""
    kind, memory_mb = sys.argv[1], int(sys.argv[2])
    _cap(memory_mb)
    data = sys.stdin.buffer.read(limits.MAX_UPLOAD_BYTES + 1)
    try:
        extraction = _read(kind, data)
        answer: dict[str, Any] = {"extraction": asdict(extraction)}
    except limits.DocumentError as error:
        answer = {"error": type(error).__name__, "message": error.message}
    except MemoryError:
        os._exit(3)  # the parent says "too much memory"
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()


def _cap(memory_mb: int) -> None:
    """Address space and CPU seconds (POSIX); the parent's deadline holds everywhere."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        seconds = int(DEADLINE_SECONDS) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _read(kind: str, data: bytes) -> Extraction:
    if kind == "pdf":
        _cap_inflation()
        from pivotprep.resume.documents.pdf_text import read_pdf

        return read_pdf(data)
    from pivotprep.resume.documents.docx_text import read_docx

    return read_docx(data)


def _cap_inflation() -> None:
    """pypdf inflates a stream up to `MAX_INFLATED_BYTES`, then stops with an error (the
    page is then reported as damaged): it counts before it inflates, not after."""
    import pypdf

    if hasattr(pypdf, "overwrite_configuration"):  # pypdf 7
        cap = MAX_INFLATED_BYTES
        pypdf.overwrite_configuration(
            zlib_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
        )
        return
    import pypdf.filters  # pypdf 6: module-level limits

    for name in ("ZLIB", "LZW", "RUN_LENGTH", "JBIG2"):
        if hasattr(pypdf.filters, f"{name}_MAX_OUTPUT_LENGTH"):
            setattr(pypdf.filters, f"{name}_MAX_OUTPUT_LENGTH", MAX_INFLATED_BYTES)
