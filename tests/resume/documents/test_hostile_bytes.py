"""Damaged files of every kind end in a document or a DocumentError: never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pivotprep.resume.documents.reading import DocumentError, ResumeDocument, read_job, read_resume
from tests.resume import builders as b

SOURCES = {
    "pdf": b.one_column_pdf,
    "docx": b.one_column_docx,
    "txt": lambda: b.resume_text().encode(),
}


def damage(data: bytes, edits: list[tuple[float, int]], cut: float | None) -> bytes:
    out = bytearray(data)
    for where, value in edits:
        out[int(where * (len(out) - 1))] = value
    if cut is not None:
        out = out[: int(cut * len(out))]
    return bytes(out)


@pytest.mark.parametrize("kind", sorted(SOURCES))
@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=12),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_damaged_resume_gives_a_document_or_a_user_error(
    kind: str, edits: list[tuple[float, int]], cut: float | None
) -> None:
    data = damage(SOURCES[kind](), edits, cut)
    try:
        doc = read_resume(data, f"resume.{kind}")
    except DocumentError as error:
        assert error.message and error.field == "resume"
    else:
        assert isinstance(doc, ResumeDocument)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.binary(max_size=3000))
def test_random_bytes_as_a_job_file_give_a_job_or_a_user_error(data: bytes) -> None:
    try:
        read_job(data, "job.txt")
    except DocumentError as error:
        assert error.field == "job"


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.text(max_size=3000))
def test_any_pasted_text_gives_a_job_or_a_user_error(text: str) -> None:
    try:
        job = read_job(text)
    except DocumentError as error:
        assert error.field == "job"
    else:
        for sentence in job.sentences:
            assert job.text[sentence.start : sentence.end] == sentence.text
