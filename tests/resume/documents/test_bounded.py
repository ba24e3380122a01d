"""Uploaded PDF and DOCX files are parsed in a bounded child: each hostile file (written by
`hostile_documents`) is refused with a message, and the app's own memory does not grow with
what the file would inflate to."""

from __future__ import annotations

import os
import resource
import signal
import sys

import pytest

from pivotprep.resume.documents import bounded
from pivotprep.resume.documents.limits import DocumentError, DocumentTooLargeError
from pivotprep.resume.documents.reading import read_resume, start_reading
from tests.resume import builders as b
from tests.resume.documents.hostile_documents import HOSTILE, many_pages_pdf

APP_MEMORY_BUDGET = 300 * 2**20


def peak_rss() -> int:
    """This process's peak resident memory in bytes (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_document_is_refused_in_a_child(name: str) -> None:
    filename, make = HOSTILE[name]
    data = make()
    before = peak_rss()
    with pytest.raises(DocumentTooLargeError) as refused:
        read_resume(data, filename)
    assert refused.value.field == "resume"
    assert any(w in refused.value.message for w in ("Export it again", "save", "Upload"))
    assert peak_rss() - before < APP_MEMORY_BUDGET


def test_a_child_that_runs_out_of_memory_is_a_clear_refusal(monkeypatch) -> None:
    """Under a cap too small for the reader, the child dies: the app says why, in words."""
    monkeypatch.setattr(bounded, "MEMORY_MB", 40)
    with pytest.raises(DocumentTooLargeError, match="more than 40 MB of memory"):
        bounded.extract(b.one_column_pdf(), "pdf")


def stalled_worker() -> bounded._Worker:
    """The running worker, stopped (SIGSTOP): it cannot answer before any deadline, however
    fast the machine (a warm worker reads a resume in a few milliseconds)."""
    bounded.extract(b.one_column_docx(), "docx")  # started and warm
    worker = bounded._worker
    assert worker is not None
    os.kill(worker.process.pid, signal.SIGSTOP)
    return worker


def test_a_child_past_its_deadline_is_stopped(monkeypatch) -> None:
    worker = stalled_worker()
    monkeypatch.setattr(bounded, "DEADLINE_SECONDS", 0.01)
    with pytest.raises(DocumentTooLargeError, match="took longer than 0.01 seconds"):
        bounded.extract(b.one_column_pdf(), "pdf")
    assert worker.process.poll() is not None and bounded._worker is None


def test_a_pdf_listing_more_pages_than_it_declares_is_refused_by_count() -> None:
    """Refused before its page tree is walked, in this process (no deadline involved)."""
    from pivotprep.resume.documents.pdf_text import read_pdf

    with pytest.raises(DocumentTooLargeError, match="60,000 or more entries"):
        read_pdf(many_pages_pdf(lying=True))


def test_errors_cross_back_by_class_and_a_good_file_is_read() -> None:
    with pytest.raises(DocumentError, match="damaged"):
        bounded.extract(b"%PDF-1.7\n" + b"\0" * 500, "pdf")
    extraction = bounded.extract(b.one_column_docx(), "docx")
    assert extraction.lines and extraction.lines[0].text


def test_an_unknown_error_name_from_the_child_is_not_trusted() -> None:
    with pytest.raises(DocumentError) as raised:
        bounded._decode({"error": "SystemExit", "message": "x"}, "resume")
    assert type(raised.value).__name__ == "UnreadableDocumentError"


def test_the_worker_is_reused_and_replaced_after_a_refusal(monkeypatch) -> None:
    """One parser process serves document after document; a document that costs it its
    life (here: the deadline) costs only that one, and the next gets a fresh worker."""
    bounded.extract(b.one_column_pdf(), "pdf")
    first = bounded._worker
    bounded.extract(b.one_column_docx(), "docx")
    assert bounded._worker is first and first is not None
    os.kill(first.process.pid, signal.SIGSTOP)  # it cannot answer in time, however fast
    monkeypatch.setattr(bounded, "DEADLINE_SECONDS", 0.001)
    with pytest.raises(DocumentTooLargeError):
        bounded.extract(b.one_column_pdf(), "pdf")
    assert bounded._worker is None and first.process.poll() is not None
    monkeypatch.undo()
    assert bounded.extract(b.one_column_pdf(), "pdf").lines
    assert bounded._worker is not None and bounded._worker is not first


def test_a_worker_started_ahead_reads_the_resume() -> None:
    """`start_reading` starts the parser process for a PDF or DOCX without waiting for it;
    the read that follows uses that same process. A text resume, or bytes that are no
    resume at all, start nothing and raise nothing (reading them says what is wrong)."""
    with bounded._lock:
        bounded._discard()
    start_reading(b.resume_text().encode(), "resume.txt")
    start_reading(b"\x89PNG\r\n\x1a\n", "photo.png")
    assert bounded._worker is None
    start_reading(b.one_column_pdf(), "resume.pdf")
    ahead = bounded._worker
    assert ahead is not None and not ahead.ready
    assert read_resume(b.one_column_pdf(), "resume.pdf").lines
    assert bounded._worker is ahead and ahead.ready
    start_reading(b.one_column_docx(), "resume.docx")  # one runs already: kept
    assert bounded._worker is ahead


def test_the_worker_gets_no_user_environment(monkeypatch) -> None:
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", "postgresql+psycopg://me:secret@db/x")
    env = bounded._environment()
    assert "PIVOTPREP_DATABASE_URL" not in env and env["HOME"] == env["TMPDIR"]
