"""Design operations on real stores (SQLite and PostgreSQL): sessions with autosave and
time per phase, reviews stored, cards on FSRS, drills, the lab, plan ticks, export."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pivotprep.core.db import session_scope
from pivotprep.core.errors import NotFoundError, ValidationError
from pivotprep.design import service
from pivotprep.design.models import CardLog, CardState, DesignSession
from tests.design.conftest import STRONG_SHORTENER


def _profile(session) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    save_profile(
        session,
        validate_profile(
            target_role="ml-engineer",
            company_sizes="500+",
            hours_per_week=18,
            timeline_months=4,
            start_date="2026-01-05",
        ),
    )


def test_a_session_keeps_every_save_and_refuses_only_the_oversized_box(engine):
    with session_scope(engine) as s:
        row = service.start_session(s, "url-shortener", 60)
        sid = row.id
        assert row.minutes == 60 and row.active_phase == "requirements"
    with session_scope(engine) as s:
        first = service.save_session(
            s,
            sid,
            {"requirements": "Short links.", "api": "POST /links"},
            "flowchart LR\n a[API] --> b[(DB)]",
            "api",
        )
        assert not first.problems and first.diagram_error is None
        huge = service.save_session(
            s,
            sid,
            {"api": "x" * 1_000_000, "requirements": "Redirects."},
            "flowchart LR\n a[API --> b",
            "high_level",
        )
        assert huge.too_large and "api" in huge.problems and "20,000" in huge.problems["api"]
        assert huge.diagram_error and "line 2" in huge.diagram_error
    with session_scope(engine) as s:
        row = service.get_session(s, sid)
        assert row.texts["api"] == "POST /links"  # the previous text was kept
        assert row.texts["requirements"] == "Redirects."  # the rest was saved
        assert row.diagram == "flowchart LR\n a[API --> b"  # raw text kept though broken
        assert row.active_phase == "high_level" and row.saves == 2


def test_time_is_credited_to_the_phase_that_was_active(engine):
    with session_scope(engine) as s:
        sid = service.start_session(s, "rate-limiter").id
    with session_scope(engine) as s:
        row = s.get(DesignSession, sid)
        row.last_seen_at = row.last_seen_at - timedelta(seconds=90)
        row.started_at = row.started_at - timedelta(seconds=90)
    with session_scope(engine) as s:
        service.save_session(s, sid, {"requirements": "Limits per key."}, None, "api")
        row = service.move_to_phase(s, sid, None)
        assert row.active_phase == "entities" or row.active_phase == "high_level"
        clock = service.clock(row)
        spent = {p.id: p.spent for p in clock.phases}
        assert 1.4 <= spent["requirements"] <= 1.6  # 90 s, credited to the active phase
        assert clock.elapsed >= 90


def test_finishing_an_empty_session_is_refused_and_changes_nothing(engine):
    with session_scope(engine) as s:
        sid = service.start_session(s, "chat-system").id
    with session_scope(engine) as s, pytest.raises(ValidationError, match="empty"):
        service.finish_session(s, sid)
    with session_scope(engine) as s:
        assert service.get_session(s, sid).finished_at is None


def test_finishing_stores_the_review_and_ticks_the_linked_plan_task(engine):
    with session_scope(engine) as s:
        _profile(s)
        from pivotprep.plan.service import open_tasks_for_items

        before = open_tasks_for_items(s, "system_design", {"sd-framework"})
        assert before
        sid = service.start_session(s, "url-shortener").id
        service.save_worksheet_text(s, sid, STRONG_SHORTENER)
    with session_scope(engine) as s:
        result = service.finish_session(s, sid)
        assert result.review.score >= 70 and result.ticked
        assert result.ticked[0].id == before[0].id
        again = service.finish_session(s, sid)  # a second finish re-reviews, ticks nothing
        assert not again.ticked
    with session_scope(engine) as s:
        row = service.get_session(s, sid)
        assert row.finished_at is not None and row.score == result.review.score
        assert row.review["counts"]["covered"] >= 6


def test_unknown_ids_are_not_found_with_a_next_step(engine):
    with session_scope(engine) as s:
        with pytest.raises(NotFoundError) as caught:
            service.start_session(s, "url-lengthener")
        assert caught.value.next_step and caught.value.next_step.action == "design.list"
        with pytest.raises(NotFoundError):
            service.get_session(s, 99)
        with pytest.raises(ValidationError, match="45 or 60"):
            service.start_session(s, "url-shortener", 50)


def test_a_card_is_scheduled_once_due_and_practice_otherwise(engine):
    with session_scope(engine) as s:
        queued = service.queue(s, limit=3, deck="design")
        assert len(queued) == 3 and all(q.state == "new" for q in queued)
        card = service.get_card("cache-aside")
        first = service.answer_card(s, card.id, "cache aside", seconds=5)
        assert first.answer.rating_name == "Easy" and first.answer.scheduled
        second = service.answer_card(s, card.id, "write-through", seconds=5)
        assert not second.answer.scheduled and "practice" in second.answer.evidence
        with pytest.raises(ValidationError):
            service.answer_card(s, card.id, "   ")
    with session_scope(engine) as s:
        state = s.get(CardState, "cache-aside")
        assert state.reviews == 1 and state.last_rating == 4
        logs = s.query(CardLog).filter_by(card_id="cache-aside").all()
        assert [log.correct for log in logs] == [True, False]


def test_ml_cards_are_queued_for_ml_roles_only(engine):
    with session_scope(engine) as s:
        assert {d.id for d in service.active_decks(s)} == {"design", "mlops", "ml"}
        from pivotprep.profile.service import save_profile
        from pivotprep.profile.validation import validate_profile

        save_profile(
            s,
            validate_profile(
                target_role="backend-engineer",
                company_sizes="500+",
                hours_per_week=10,
                timeline_months=3,
                start_date="2026-01-05",
            ),
        )
    with session_scope(engine) as s:
        assert "ml" not in {d.id for d in service.active_decks(s)}


def test_drills_store_answers_and_refuse_words(engine):
    with session_scope(engine) as s:
        right = service.answer_drill(s, "chat-message-rate", "about 25k per second")
        assert right.answer.result.correct and "within 2x" in right.answer.result.verdict
        wrong = service.answer_drill(s, "chat-message-rate", "2,000")
        assert not wrong.answer.result.correct and "too low" in wrong.answer.result.verdict
        with pytest.raises(ValidationError, match="not a number"):
            service.answer_drill(s, "chat-message-rate", "lots")
        rows = {r.drill.id: r for r in service.list_drills(s)}
        assert rows["chat-message-rate"].attempts == 2 and rows["chat-message-rate"].solved


def test_a_lab_run_is_graded_stored_and_ticks_the_drift_task(engine):
    with session_scope(engine) as s:
        _profile(s)
        choices = {f.name: ("psi", "0.1") for f in service.lab_config().features}
        outcome = service.run_lab(s, "last_year", choices, "We check data quality first.")
        assert outcome.result.run_id and outcome.result.precision is not None
        assert [t.title for t in outcome.ticked][0].startswith("ML monitoring")
        with pytest.raises(ValidationError) as caught:
            service.run_lab(s, "last_year", {**choices, "amount": ("ks", "x")}, "")
        assert "threshold_amount" in caught.value.errors
    with session_scope(engine) as s:
        assert len(service.lab_runs(s)) == 1


def test_export_is_markdown_with_the_diagram_as_svg(engine):
    with session_scope(engine) as s:
        sid = service.start_session(s, "url-shortener").id
        service.save_worksheet_text(s, sid, STRONG_SHORTENER)
        text, svg = service.export_session(s, sid)
        assert text.startswith("# URL shortener") and "<svg" in text and svg is not None
        linked, _ = service.export_session(s, sid, svg_link="session.svg")
        assert "![Diagram](session.svg)" in linked and "<svg" not in linked
        assert "## Review" in text and "Follow-up questions" in text
