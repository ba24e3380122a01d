"""The scan service on real stores: real PDF/DOCX files, history, re-scan changes, plan gaps."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from pivotprep.core.db import session_scope
from pivotprep.core.errors import InputTooLargeError, UserError, ValidationError
from pivotprep.resume.models import ResumeScan
from pivotprep.resume.service import (
    Upload,
    add_gap_to_plan,
    get_scan,
    list_scans,
    scan_documents,
    scan_upload,
)
from tests.resume.builders import (
    SPEC,
    corrupt_pdf,
    one_column_docx,
    one_column_pdf,
    two_column_pdf,
    zero_byte,
)
from tests.resume.pairs import ANALYST_JOB

BETTER = replace(SPEC, skills=(*SPEC.skills, "Strong communication and attention to detail"))


def scan(session, data: bytes, name: str = "maria.pdf", job: str | bytes = ANALYST_JOB):  # type: ignore[no-untyped-def]
    return scan_documents(session, resume_data=data, resume_filename=name, job=job, semantic="off")


def test_scan_of_a_real_pdf_is_stored_with_its_evidence(engine: Engine) -> None:
    with session_scope(engine) as session:
        result = scan(session, one_column_pdf())
        assert result.scan_id is not None and result.resume_version == 1
        assert result.job_title == "Data Analyst"
        names = {k.name: k for k in result.report.keywords}
        sql = names["SQL"]
        assert sql.matched and sql.part == "required"
        assert any("SQL" in line["text"] for line in sql.evidence.resume_lines)
        assert "SQL" in sql.evidence.job_sentences[0]["text"]
        assert result.triage.mode == "taxonomy + translation map"
        assert result.formatting  # the reading owner's checks are part of the report
        assert result.changes is None
    with session_scope(engine) as session:
        rows = list_scans(session)
        assert len(rows) == 1 and rows[0].required_matched
        assert get_scan(session, rows[0].id).data["rate"] == result.report.rate


def test_rescan_with_a_new_version_says_what_changed(engine: Engine) -> None:
    with session_scope(engine) as session:
        first = scan(session, one_column_pdf())
    with session_scope(engine) as session:
        second = scan(session, one_column_pdf(BETTER))
    assert second.resume_version == 2
    changes = second.changes
    assert changes is not None and changes["since_scan"] == first.scan_id
    # "Presented variance analysis to senior stakeholders" already showed communication in
    # v1 (a presentation is communication shown), so the new line adds one required keyword.
    assert changes["required_delta"] == 1
    assert set(changes["required_gained"]) == {"attention to detail"}
    assert changes["summary"].startswith("+1 required keyword")
    assert second.report.rate > first.report.rate
    with session_scope(engine) as session:
        third = scan(session, one_column_pdf(BETTER))
    assert third.resume_version == 2  # same text, same version
    assert third.changes["summary"].startswith("+0 required keywords since the last scan")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (two_column_pdf(), "two.pdf"),
        (one_column_docx(), "maria.docx"),
    ],
)
def test_other_layouts_scan_the_same_skills(session, data: bytes, name: str) -> None:  # type: ignore[no-untyped-def]
    baseline = {k.name for k in scan(session, one_column_pdf()).report.matched}
    other = {k.name for k in scan(session, data, name).report.matched}
    assert {"SQL", "Python", "Tableau", "Microsoft Excel"} <= other
    assert baseline - other <= {"other"}  # nothing lost by the layout


@pytest.mark.parametrize(
    ("data", "job"),
    [
        (zero_byte(), ANALYST_JOB),
        (corrupt_pdf(), ANALYST_JOB),
        (one_column_pdf(), "Python"),
        (one_column_pdf(), b"\xff\xfe\x00garbage"),
    ],
)
def test_bad_input_is_a_clear_error_and_nothing_is_stored(engine: Engine, data, job) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        scan(session, data, job=job)
    assert caught.value.message
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(ResumeScan)) == 0


def test_a_real_gap_goes_into_the_plan(session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.plan.service import ensure_plan
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    save_profile(
        session,
        validate_profile(
            target_role="data-analyst",
            company_sizes="mid",
            start_date="2026-01-05",
            today=date(2026, 1, 5),
        ),
    )
    ensure_plan(session)
    placed = add_gap_to_plan(session, "Looker")
    task = placed.task
    assert task.source == "resume" and task.step == "foundations"
    assert "Looker" in task.title and placed.added
    assert all(f"#{d.task_id}" in placed.message for d in placed.displaced)
    again = add_gap_to_plan(session, "looker")
    assert again.task.id == task.id and not again.added  # adding twice does not duplicate
    story = add_gap_to_plan(session, "stakeholder management")
    assert story.task.step == "stories"


def test_adding_a_gap_without_a_profile_says_what_to_do(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as caught:
        add_gap_to_plan(session, "dbt")
    assert "profile" in caught.value.message.lower()


def test_an_upload_is_checked_and_read_within_the_limit(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as nothing:
        scan_upload(session, resume=None, job_text="  ")
    assert set(nothing.value.errors) == {"resume", "job"}
    big = Upload("maria.pdf", io.BytesIO(one_column_pdf()), size=11 * 1024 * 1024)
    with pytest.raises(InputTooLargeError) as declared:
        scan_upload(session, resume=big, job_text=ANALYST_JOB)
    assert "The file is 11 MB" in declared.value.message and declared.value.field == "resume"
    job = Upload("job.txt", io.BytesIO(ANALYST_JOB.encode()))
    resume = Upload("maria.pdf", io.BytesIO(one_column_pdf()))
    result = scan_upload(session, resume=resume, job_file=job, semantic="off")
    assert result.scan_id is not None and result.job_title == "Data Analyst"
