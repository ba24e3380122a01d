"""PDF and DOCX files are parsed in a child process with a memory cap and a deadline.

A hostile document costs only the child: a PDF of 20 pages each inflating to 74 MB, or one
of 60,000 pages, is refused within `DEADLINE_SECONDS` while the app's own memory stays at
what it was (the upload's bytes and the small result). Inside the child, decompressed bytes
are counted before they are inflated (pypdf stops a Flate stream at `MAX_INFLATED_BYTES`;
a DOCX's zip directory is checked before any part is inflated) and a PDF's declared page
count, and the length of its page tree, are checked before the tree is walked: these are
counts, so they refuse the same files however loaded the machine is. The deadline and the
CPU budget are the last resort for what no count foresaw.

The child is a plain `python -c` process with a minimal environment, started on first use
and reused (on POSIX), so an upload costs a round trip rather than a Python start and the
parsers' imports. `start_worker` starts it without waiting, so a caller with other work
to do first (a new `pivotprep scan` process loading the taxonomy) overlaps the two. Each
request is one frame on its stdin (kind, CPU seconds, length, bytes); the answer one frame
on its stdout: JSON of the `Extraction`, or of the `DocumentError` it raised (class name,
message), rebuilt here from a fixed table of classes. JSON, not pickle: nothing the child
sends can run code in the app. A child past its deadline is killed; one that ran out of
memory or CPU ends itself; either way the next upload starts a fresh one.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import math
import os
import select
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pivotprep.resume.documents import limits
from pivotprep.resume.documents.sections import Extraction, RawLine

MEMORY_MB = 768  # address space of the child: pypdf and pdfminer use ~150 MB on a resume
DEADLINE_SECONDS = 3.5  # wall clock per document (a one-off child: start-up included)
MAX_INFLATED_BYTES = 8 * 1024 * 1024  # one decompressed stream; a resume page uses < 1 MB
MAX_RESULT_BYTES = 16 * 1024 * 1024  # the child's JSON answer (text is capped far below)

START_SECONDS = 60.0  # for a new worker to import the parsers (not counted in a deadline)
_BOOT = "from pivotprep.resume.documents.bounded import child_main; child_main()"
_SERVE = "from pivotprep.resume.documents.bounded import serve; serve()"
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
    if os.name != "posix":  # no persistent worker: one child per document
        return _decode(_once(data, kind, label, field), field)
    with _lock:
        worker = _ready_worker(field, label)
        try:
            body = worker.ask(kind, data, DEADLINE_SECONDS)
        except TimeoutError:
            _discard()
            raise limits.DocumentTooLargeError(
                TOO_SLOW.format(kind=label, seconds=DEADLINE_SECONDS), field=field
            ) from None
        if body is None:  # the worker ended itself: CPU or memory cap
            slow = worker.process.wait() == -signal.SIGXCPU
            _discard()
            text = TOO_SLOW.format(kind=label, seconds=DEADLINE_SECONDS) if slow else None
            raise limits.DocumentTooLargeError(
                text or TOO_BIG.format(kind=label, mb=MEMORY_MB), field=field
            )
    return _decode(_parsed(body, label, field), field)


def _parsed(body: bytes, label: str, field: str) -> dict[str, Any]:
    try:
        answer = json.loads(body)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise limits.DocumentTooLargeError(TOO_BIG.format(kind=label, mb=MEMORY_MB), field=field)
    return answer


def _once(data: bytes, kind: str, label: str, field: str) -> dict[str, Any]:
    """One child for one document (where no persistent worker runs)."""
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
    return _parsed(done.stdout, label, field)


class _Worker:
    """The running parser process and the memory cap it was started with."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVE, str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
        )
        self.ready = False

    def wait_ready(self) -> None:
        """Wait (once) for the frame saying the parsers are loaded; MemoryError, after
        killing it, when the worker could not start under its cap."""
        if self.ready:
            return
        try:
            said = self._frame(time.monotonic() + START_SECONDS)
        except TimeoutError:
            said = None
        if said != b"ready":
            self.kill()
            raise MemoryError("the document worker could not start under its cap")
        self.ready = True

    def ask(self, kind: str, data: bytes, seconds: float) -> bytes | None:
        """The answer frame to one document, None if the worker ended; TimeoutError after
        `seconds`."""
        assert self.process.stdin is not None
        head = kind.encode().ljust(8) + struct.pack(">QI", len(data), math.ceil(seconds))
        try:
            self.process.stdin.write(head + data)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            return None
        return self._frame(time.monotonic() + seconds)

    def _frame(self, deadline: float) -> bytes | None:
        """One length-prefixed frame from the worker, None at its end; TimeoutError past
        `deadline`. Never more than `MAX_RESULT_BYTES`."""
        head = self._exactly(8, deadline)
        if head is None:
            return None
        size = struct.unpack(">Q", head)[0]
        if size > MAX_RESULT_BYTES:
            return None
        return self._exactly(size, deadline)

    def _exactly(self, size: int, deadline: float) -> bytes | None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        buffer = bytearray()
        while len(buffer) < size:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(size - len(buffer), 1 << 20))
            if not chunk:
                return None
            buffer += chunk
        return bytes(buffer)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        for pipe in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


_lock = threading.Lock()
_worker: _Worker | None = None


def _started_worker() -> _Worker:
    """The worker, started (not waited for) if there is none, it died or the cap changed
    (`_lock` held)."""
    global _worker
    if _worker is not None and (
        _worker.memory_mb != MEMORY_MB or _worker.process.poll() is not None
    ):
        _discard()
    if _worker is None:
        _worker = _Worker(MEMORY_MB)
        atexit.register(_worker.kill)
    return _worker


def _ready_worker(field: str, label: str) -> _Worker:
    """The running worker with its parsers loaded (`_lock` held). A worker that cannot
    start under its cap is a refusal of the document."""
    global _worker
    worker = _started_worker()
    try:
        worker.wait_ready()
    except MemoryError:
        _worker = None  # killed by wait_ready: the next document starts a fresh one
        raise limits.DocumentTooLargeError(
            TOO_BIG.format(kind=label, mb=MEMORY_MB), field=field
        ) from None
    return worker


def start_worker() -> None:
    """Start the worker now if none runs, without waiting for it to load its parsers
    (about 0.1 s of another core): `extract` later waits only for what is left. Off POSIX
    (no persistent worker), or when the process cannot be started, it does nothing and
    `extract` says what went wrong."""
    if os.name != "posix":
        return
    with _lock, contextlib.suppress(OSError):
        _started_worker()


def _discard() -> None:
    """Kill the worker (`_lock` held); the next document starts a fresh one."""
    global _worker
    if _worker is not None:
        _worker.kill()
        _worker = None


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
    _cpu_budget(math.ceil(DEADLINE_SECONDS))
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


def serve() -> None:
    """The worker's loop: cap memory, load the parsers, say ready, then answer one framed
    request after another until stdin closes. A MemoryError ends the worker."""
    memory_mb = int(sys.argv[1])
    _cap(memory_mb)
    out = sys.stdout.buffer
    try:
        _cap_inflation()
        from pivotprep.resume.documents import docx_text, pdf_text  # noqa: F401 - warm
    except MemoryError:
        os._exit(3)
    _send(out, b"ready")
    source = sys.stdin.buffer
    while True:
        head = source.read(20)
        if len(head) < 20:
            return
        kind = head[:8].decode().strip()
        size, cpu_seconds = struct.unpack(">QI", head[8:])
        if size > limits.MAX_UPLOAD_BYTES:
            return
        data = source.read(size)
        _cpu_budget(cpu_seconds)
        _send(out, json.dumps(_answer(kind, data)).encode())


def _answer(kind: str, data: bytes) -> dict[str, Any]:
    try:
        return {"extraction": asdict(_read(kind, data))}
    except limits.DocumentError as error:
        return {"error": type(error).__name__, "message": error.message}
    except MemoryError:
        os._exit(3)  # the parent says "too much memory"


def _send(out: Any, body: bytes) -> None:
    out.write(struct.pack(">Q", len(body)) + body)
    out.flush()


def _cpu_budget(seconds: int) -> None:
    """Allow this request `seconds` more CPU seconds (+1): past them SIGXCPU ends the
    worker, whatever the parent's clock says."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = int(usage.ru_utime + usage.ru_stime) + 1
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        soft = used + seconds + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _cap(memory_mb: int) -> None:
    """Address space and CPU seconds (POSIX); the parent's deadline holds everywhere."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
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
