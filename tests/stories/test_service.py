"""Story bank operations on real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import random

import pytest

from pivotprep.core.db import session_scope
from pivotprep.core.errors import InputTooLargeError, NotFoundError, ValidationError
from pivotprep.stories import service
from pivotprep.stories.questions import get_question
from tests.stories.conftest import GOOD_STORY, WE_STORY

HOSTILE = '<script>alert("x")</script> [bold]not markup[/bold] {{ 7*7 }} & done.'


def _add(session, title="Attendance", text=GOOD_STORY, signals=("data-driven",), **extra):
    data = service.validate_story(title=title, text=text, signals=list(signals), **extra)
    return service.create_story(session, data)


def test_stories_round_trip_verbatim_on_both_stores(engine):
    with session_scope(engine) as session:
        story = _add(session, text=GOOD_STORY + "\n\n" + HOSTILE, tags="pilot, excel")
        story_id = story.id
    with session_scope(engine) as session:
        story = service.get_story(session, story_id)
        assert story.text == GOOD_STORY + "\n\n" + HOSTILE
        assert story.signals == ["data-driven"]
        assert story.tags == ["pilot", "excel"]


def test_validation_lists_every_bad_field():
    with pytest.raises(ValidationError) as info:
        service.validate_story(title="", text="", signals=["telepathy"], domain="space")
    assert set(info.value.errors) == {"title", "text", "signals", "domain"}
    assert "The story is empty" in info.value.errors["text"]


def test_a_50000_word_paste_is_refused_with_the_limit_and_nothing_is_stored(session):
    paste = "word " * 50_000
    with pytest.raises(ValidationError) as info:
        service.validate_story(title="Huge", text=paste)
    assert "50,000 words" in info.value.errors["text"]
    assert "limit is 3,000 words" in info.value.errors["text"]
    assert service.list_stories(session) == []
    from pivotprep.stories.analyzer.analysis import analyze

    with pytest.raises(InputTooLargeError):
        analyze(paste)


def test_non_english_story_is_kept_and_the_analysis_says_it_reads_english(session):
    text = (
        "Als Lehrerin habe ich die Anwesenheit der Schüler in einer Tabelle erfasst und jede "
        "Woche die Klassenlehrer informiert. Die Fehlzeiten sind um die Hälfte gesunken."
    )
    story = _add(session, title="Anwesenheit", text=text)
    result = service.analyze_story(session, story)
    assert result.analysis is None
    assert "The analyzer reads English" in result.notice
    assert service.get_story(session, story.id).text == text


@pytest.mark.parametrize(
    "text",
    [
        "我负责学生考勤，每周通知班主任。缺勤率下降了一半。",
        "私は出席を管理しました。欠席は半分に減りました。",
        "저는 출석을 관리했고 결석이 절반으로 줄었습니다.",
        "Я вела учёт посещаемости, и пропуски сократились вдвое.",
    ],
)
def test_a_short_non_latin_story_is_not_taken_for_english(session, text):
    story = _add(session, title="Attendance abroad", text=text)
    result = service.analyze_story(session, story)
    assert result.analysis is None
    assert "The analyzer reads English" in result.notice
    assert "not in the Latin alphabet" in result.notice
    assert service.get_story(session, story.id).text == text


def test_a_short_english_story_with_a_few_foreign_words_is_still_analysed(session):
    story = _add(session, title="Short", text="I cut the 東京 queue from 300 to 40 tickets.")
    assert service.analyze_story(session, story).analysis is not None


def test_a_huge_paste_without_spaces_names_its_character_count():
    paste = "考" * 60_000
    with pytest.raises(ValidationError) as info:
        service.validate_story(title="Huge", text=paste)
    message = info.value.errors["text"]
    assert "60,000 characters" in message and "limit is 20,000 characters" in message
    assert "1 words" not in message


def test_fields_are_analysed_in_star_order(session):
    story = _add(
        session,
        text="",
        situation="Our support queue had 300 open tickets and customers waited a week.",
        task="I owned bringing it under 50 before the holidays.",
        action="I sorted the tickets by cause and I wrote answers for the top ten causes.",
        result="The queue fell to 40 in three weeks.",
    )
    assert service.story_text(story).startswith("Situation: Our support queue")
    result = service.analyze_story(session, story)
    assert [s.label for s in result.analysis.sentences] == ["S", "T", "A", "R"]


def test_coverage_lists_gaps_and_they_become_plan_tasks_once(session, profile):
    _add(session, signals=["data-driven", "proactivity"])
    cover = service.coverage(session)
    assert cover.counts["data-driven"] == 1
    assert "No story shows conflict resolution." in [g.text for g in cover.gaps]
    from sqlalchemy import select

    from pivotprep.plan.models import PlanTask

    query = select(PlanTask).where(PlanTask.source == "stories")
    placed = service.add_gaps_to_plan(session)
    assert len(placed) == len(cover.gaps) and all(p.added for p in placed)
    added = [p.task.title for p in placed]
    tasks = list(session.scalars(query))
    again = service.add_gaps_to_plan(session)
    assert sorted(added) == sorted(p.task.title for p in again)
    assert not any(p.added for p in again)
    assert len(list(session.scalars(query))) == len(tasks)  # idempotent
    titles = {t.title.removesuffix(" (continued)") for t in tasks}
    assert titles == set(added)
    assert "Write a STAR story that shows conflict resolution" in titles


def test_a_story_that_fills_a_gap_marks_its_plan_task_done(session, profile):
    from sqlalchemy import select

    from pivotprep.plan.models import PlanTask

    _add(session, signals=["data-driven"])
    service.add_gaps_to_plan(session)

    def status(signal: str) -> set[str]:
        title = service.gap_task_title(signal)
        query = select(PlanTask.status).where(
            PlanTask.source == "stories", PlanTask.title.startswith(title)
        )
        return set(session.scalars(query))

    assert status("conflict-resolution") == {"open"}
    story, closed = service.save_story(
        session,
        service.validate_story(
            title="Rota dispute", text=GOOD_STORY, signals=["conflict-resolution"]
        ),
    )
    gaps = [t.title for t in closed if t.title.startswith("Write a STAR story that shows")]
    assert gaps == [service.gap_task_title("conflict-resolution")]
    assert any(t.title.startswith("Write STAR story 1") for t in closed)  # two at the bar
    assert status("conflict-resolution") == {"done"}
    assert status("ambiguity") == {"open"}  # other gaps stay open
    data = service.validate_story(
        title="Rota dispute", text=GOOD_STORY, signals=["conflict-resolution", "ambiguity"]
    )
    service.update_story(session, story.id, data)  # an edit that adds a signal closes it too
    assert status("ambiguity") == {"done"}


def test_saving_a_story_without_a_plan_touches_no_plan(session, profile):
    from pivotprep.plan.service import get_plan

    _add(session, signals=["conflict-resolution"])
    assert get_plan(session) is None


def test_gaps_to_plan_without_a_profile_is_a_clear_error(session):
    with pytest.raises(NotFoundError, match="No profile yet") as raised:
        service.add_gaps_to_plan(session)
    assert raised.value.next_step is not None
    assert raised.value.next_step.action == "profile.create"


def test_weakest_signal_is_the_core_signal_with_fewest_stories_then_lowest_score(session):
    for signal in (
        "motivation",
        "proactivity",
        "ambiguity",
        "perseverance",
        "conflict-resolution",
        "stakeholder-management",
        "learning-fast",
        "communication",
        "leadership",
        "data-driven",
    ):
        _add(session, title=signal, signals=[signal])
    assert service.weakest_signal(session) == "customer-focus"
    prompt = service.start_practice(session, weakest=True, rng=random.Random(1))
    assert prompt.signal == "customer-focus"
    assert "customer-focus" in prompt.question.signals


def test_random_practice_keeps_to_the_profile_company_sizes(session, profile):
    """The profile targets 50-500 people (mid): no small- or large-only question."""
    picked = {
        service.start_practice(session, rng=random.Random(seed)).question.id for seed in range(300)
    }
    sized = [q for q in map(get_question, picked) if q.sizes]
    assert sized, "mid-size questions are still asked"
    assert all("mid" in q.sizes for q in sized), [q.id for q in sized if "mid" not in q.sizes]
    for seed in range(50):
        question = service.start_practice(session, signal="ambiguity", rng=random.Random(seed))
        assert not question.question.sizes or "mid" in question.question.sizes


def test_random_practice_without_a_profile_may_ask_any_size(session):
    picked = {
        service.start_practice(session, rng=random.Random(seed)).question.id for seed in range(300)
    }
    sizes = {size for q in map(get_question, picked) for size in q.sizes}
    assert sizes == {"small", "mid", "large"}


def test_practice_attempts_are_kept_and_history_shows_improvement(session):
    story = _add(session)
    first, _, _ = service.submit_practice(
        session, question_id="q016", answer=WE_STORY, signal="proactivity", seconds_taken=170
    )
    second, result, _ = service.submit_practice(
        session,
        question_id="q016",
        answer=GOOD_STORY,
        signal="proactivity",
        story_id=story.id,
        seconds_taken=150,
    )
    assert result.analysis is not None and second.score > first.score
    hist = service.history(session)
    assert [a.id for a in hist.attempts] == [first.id, second.id]
    assert hist.change == second.score - first.score > 0
    assert ("we_ownership", 1, 0) in hist.finding_counts()


def test_empty_practice_answer_is_refused(session):
    from pivotprep.stories.analyzer.analysis import EmptyStoryError

    with pytest.raises(EmptyStoryError, match="answer is empty"):
        service.submit_practice(session, question_id="q001", answer="  ")


def test_export_is_a_markdown_cheat_sheet_with_gaps(session):
    _add(session, title="Attendance | tracker", text=GOOD_STORY + " " + HOSTILE)
    markdown = service.export_markdown(session)
    assert markdown.startswith("# Story bank")
    assert "## Attendance \\| tracker" in markdown
    assert "- **A**: I built a spreadsheet" in markdown
    assert "<script>" not in markdown
    assert "## Gaps" in markdown and "No story shows conflict resolution." in markdown


def test_explain_attempts_are_stored(session):
    attempt, result = service.submit_explain(
        session,
        "caching",
        "We keep copies of common answers close by, so pages load faster "
        "for customers and our server costs drop, which matters for the budget.",
    )
    assert attempt.score == result.score > 0
    assert [a.id for a in service.explain_history(session, "caching")] == [attempt.id]


def test_deleting_a_story_keeps_its_practice_attempts(session):
    story = _add(session)
    attempt, _, _ = service.submit_practice(
        session, question_id="q001", answer=GOOD_STORY, story_id=story.id
    )
    service.delete_story(session, story.id)
    session.expire_all()
    kept = service.get_attempt(session, attempt.id)
    assert kept.story_id is None and kept.answer == GOOD_STORY
    with pytest.raises(NotFoundError):
        service.get_story(session, story.id)


def test_ids_too_big_for_the_database_are_not_found(session):
    with pytest.raises(NotFoundError, match="No story #"):
        service.get_story(session, 2**70)
    with pytest.raises(NotFoundError, match="No practice attempt"):
        service.get_attempt(session, 2**70)


def test_practice_refuses_an_unknown_signal_and_caps_a_reported_time(session):
    with pytest.raises(ValidationError, match="Unknown signal"):
        service.start_practice(session, question_id="q001", signal="telepathy")
    prompt = service.start_practice(session, question_id="q001", signal="Data Driven")
    assert prompt.signal in {"data-driven", prompt.question.signals[0]}
    attempt, _, _ = service.submit_practice(
        session, question_id="q001", answer=GOOD_STORY, seconds_taken=10**30
    )
    assert attempt.seconds_taken == 24 * 3600
    assert service.get_attempt(session, attempt.id).seconds_taken == 24 * 3600
