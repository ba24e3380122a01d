"""Size limits: an oversized upload is refused early, in bounded memory."""

from __future__ import annotations

import io

import pytest

from pivotprep.core.errors import InputTooLargeError
from pivotprep.resume.documents.limits import (
    MAX_UPLOAD_BYTES,
    DocumentTooLargeError,
    read_limited,
    too_large,
)
from pivotprep.resume.documents.reading import read_job, read_resume

SIXTY_MB = 60 * 1024 * 1024


class EndlessUpload(io.RawIOBase):
    """A 60 MB upload that exists only as a count: it records how much was read from it."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.served = 0
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.size - self.served
        n = min(n, self.size - self.served)
        self.largest_read = max(self.largest_read, n)
        self.served += n
        return b"\0" * n


def test_a_60_mb_upload_is_refused_after_reading_just_past_the_limit() -> None:
    upload = EndlessUpload(SIXTY_MB)
    with pytest.raises(DocumentTooLargeError) as caught:
        read_limited(upload, MAX_UPLOAD_BYTES)
    assert upload.served <= MAX_UPLOAD_BYTES + 64 * 1024
    assert upload.largest_read <= 64 * 1024
    assert "10 MB" in caught.value.message
    assert isinstance(caught.value, InputTooLargeError)


def test_an_upload_under_the_limit_is_returned_whole() -> None:
    assert read_limited(io.BytesIO(b"x" * 100_000), MAX_UPLOAD_BYTES) == b"x" * 100_000


def test_a_declared_size_is_refused_before_reading() -> None:
    with pytest.raises(DocumentTooLargeError) as caught:
        too_large(SIXTY_MB, field="job")
    assert "60 MB" in caught.value.message
    assert caught.value.field == "job"
    too_large(MAX_UPLOAD_BYTES)


def test_readers_refuse_bytes_over_the_limit() -> None:
    big = b"%PDF-1.7\n" + b" " * (MAX_UPLOAD_BYTES + 1)
    with pytest.raises(DocumentTooLargeError):
        read_resume(big, "big.pdf")
    with pytest.raises(DocumentTooLargeError):
        read_job(big, "big.txt")


def test_a_huge_pasted_job_is_cut_to_the_character_limit_and_says_so() -> None:
    from pivotprep.resume.documents.limits import MAX_JOB_CHARS

    job = read_job("Requirements\n" + "Experience with SQL and Python is required. " * 5000)
    assert len(job.text) <= MAX_JOB_CHARS
    assert any("characters" in note for note in job.notes)
