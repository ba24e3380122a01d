"""Re-scans compare with the same resume file's last scan of the job, and say when not."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine

from pivotprep.core.db import session_scope
from pivotprep.resume.service import scan_documents
from tests.resume.builders import SPEC, one_column_pdf
from tests.resume.pairs import ANALYST_JOB

BETTER = replace(SPEC, skills=(*SPEC.skills, "Strong communication and attention to detail"))


def scan(engine: Engine, data: bytes, name: str):  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return scan_documents(
            session, resume_data=data, resume_filename=name, job=ANALYST_JOB, semantic="off"
        )


def test_rescan_compares_with_the_same_file_not_the_latest_other_file(engine: Engine) -> None:
    mine = scan(engine, one_column_pdf(), "maria.pdf")
    scan(engine, one_column_pdf(BETTER), "someone-else.pdf")
    again = scan(engine, one_column_pdf(BETTER), "maria.pdf")
    changes = again.changes
    assert changes is not None
    assert changes["since_scan"] == mine.scan_id
    assert changes["since_resume"] == "maria.pdf" and changes["same_resume"]
    assert changes["required_delta"] == 1  # attention to detail (communication was shown)
    assert "someone-else.pdf" not in changes["summary"]


def test_first_scan_of_a_file_names_the_other_file_it_is_compared_with(engine: Engine) -> None:
    theirs = scan(engine, one_column_pdf(), "maria.pdf")
    first = scan(engine, one_column_pdf(BETTER), "maria-v2.pdf")
    changes = first.changes
    assert changes is not None and changes["since_scan"] == theirs.scan_id
    assert not changes["same_resume"] and changes["since_resume"] == "maria.pdf"
    assert "different file, maria.pdf" in changes["summary"]
