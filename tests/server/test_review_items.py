"""What a review request snapshots of each kind of item, read through the features'
services (on SQLite: the reading knows nothing of server mode): a title, bounded text,
and sentences for prose, lines for reports."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import NotFoundError, ValidationError
from pivotprep.server.anchors import MAX_SNAPSHOT, units
from pivotprep.server.review_items import snapshot_of
from tests.resume.builders import resume_text
from tests.resume.pairs import ANALYST_JOB

STORY = (
    "Our school's attendance kept falling. The head asked me to find out why. "
    "I met every family and built a tracker. Attendance rose by 12%."
)


def test_a_story_is_reviewed_sentence_by_sentence(session):
    from pivotprep.stories.service import create_story, validate_story

    story = create_story(session, validate_story(title="Attendance", text=STORY))
    item = snapshot_of(session, "stories", story.id)
    assert (item.title, item.mode) == ("Story: Attendance", "sentences")
    assert units(item.text, item.mode)[1] == "The head asked me to find out why."


def test_a_long_design_session_is_cut_to_the_bound(session):
    from pivotprep.design import service as design

    row = design.start_session(session, "rate-limiter")
    long = ("Requests are counted per key in a sliding window. " * 300)[:19_000]
    texts = {phase.id: long for phase in design.phases()}
    design.save_session(session, row.id, texts)
    item = snapshot_of(session, "design", row.id)
    assert len(item.text) < MAX_SNAPSHOT + 200 and "The rest was cut" in item.text


def test_a_design_session_is_reviewed_with_its_answers(session):
    from pivotprep.design import service as design

    row = design.start_session(session, "rate-limiter")
    design.save_session(session, row.id, {"requirements": "Limits per API key. Bursts allowed."})
    item = snapshot_of(session, "design", row.id)
    assert item.title.startswith("Design session: ") and item.mode == "sentences"
    assert "Limits per API key." in units(item.text, item.mode)


def test_a_mock_round_is_reviewed_with_its_transcript_and_scorecard(session):
    from pivotprep.mock import service as mock

    row = mock.start_single(session, "behavioral")
    mock.answer(session, STORY)
    mock.close(session, "What does the team own?")
    item = snapshot_of(session, "mock", row.id)
    cut = units(item.text, item.mode)
    assert item.title == f"Mock round: {row.title}"
    assert "I met every family and built a tracker." in cut
    assert any(u.startswith("Advance: ") for u in cut)


def test_a_resume_scan_is_reviewed_line_by_line(session):
    from pivotprep.resume.service import scan_documents

    resume = resume_text().encode()
    result = scan_documents(
        session, resume_data=resume, resume_filename="maria.txt", job=ANALYST_JOB, semantic="off"
    )
    item = snapshot_of(session, "resume", result.scan_id)
    lines = units(item.text, item.mode)
    assert item.mode == "lines" and item.title.startswith("Resume scan: maria.txt v1")
    assert lines[0].startswith("Match rate: ") and len(lines) > 3


def test_a_portfolio_check_is_reviewed_line_by_line(session, tmp_path):
    from pivotprep.portfolio.service import check_project

    project = tmp_path / "tiny"
    project.mkdir()
    (project / "README.md").write_text("# Tiny\n\nRun `python app.py`.\n")
    (project / "app.py").write_text("print('hello')\n")
    result = check_project(session, project, run=False)
    item = snapshot_of(session, "portfolio", result.id)
    assert (item.title, item.mode) == ("Portfolio check: tiny", "lines")
    assert len(units(item.text, item.mode)) > 3


def test_a_missing_item_or_an_unknown_kind_is_a_clear_error(session):
    with pytest.raises(NotFoundError):
        snapshot_of(session, "stories", 7)
    with pytest.raises(NotFoundError):
        snapshot_of(session, "stories", 2**40)
    with pytest.raises(ValidationError, match="not 'practice'"):
        snapshot_of(session, "practice", 1)
