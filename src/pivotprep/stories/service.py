"""Story bank operations, called by the CLI and the web alike.

The work is done in small modules; this one gathers their public names so callers have
one import:

- `bank`: validating, storing and reading stories;
- `answer_analysis`: the analysis of a story, an answer or a draft (run on read: it is
  fast and the analyzer improves);
- `overview`: signal coverage, gaps as plan tasks, the dashboard summary, the export;
- `timed_practice`: timed practice and explain drills, which store the analysis they
  got so history shows real progress;
- `questions` and `explain`: the behavioral content (signals, questions, concepts).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from pivotprep.plan.service import TaskRef
from pivotprep.stories import bank, plan_links, timed_practice
from pivotprep.stories.analyzer.analysis import Analysis
from pivotprep.stories.analyzer.findings import finding_name
from pivotprep.stories.answer_analysis import (
    StoryAnalysis,
    analyze_draft,
    analyze_story,
    analyze_text,
    candidate_domain,
    jargon_finder,
)
from pivotprep.stories.bank import (
    FIELDS,
    HEADINGS,
    StoryInput,
    delete_story,
    get_story,
    list_stories,
    stories_by_ids,
    story_text,
    validate_story,
)
from pivotprep.stories.coverage import Coverage
from pivotprep.stories.explain import Concept, ExplainResult, get_concept, load_concepts
from pivotprep.stories.models import PracticeAttempt, Story
from pivotprep.stories.overview import (
    GAP_TASK_HOURS,
    BankSummary,
    GapsAdded,
    add_gaps_to_plan,
    close_gap_tasks,
    closed_gap_tasks,
    coverage,
    export_markdown,
    gap_task_title,
    signal_table,
    summary,
)
from pivotprep.stories.questions import (
    CANDIDATE_LEVEL,
    KINDS,
    LEVELS,
    SIZES,
    Question,
    Signal,
    find_questions,
    load_signals,
    signals_at,
)
from pivotprep.stories.timed_practice import (
    DEFAULT_SECONDS,
    MAX_SECONDS,
    MIN_SECONDS,
    FindingTrend,
    History,
    PracticePrompt,
    best_explain_scores,
    check_seconds,
    explain_history,
    get_attempt,
    history,
    start_practice,
    submit_explain,
    weakest_signal,
)


def save_story(
    session: Session, data: StoryInput, story_id: int | None = None
) -> tuple[Story, list[TaskRef]]:
    """Create a story (or replace story `story_id`), then mark done the plan's open
    "Write a STAR story that shows <signal>" tasks for the signals it shows, and, when it
    is a story at the bar the plan has not counted yet, the earliest open "Write STAR
    story N" task (`plan_links`). Returns the story and the plan tasks it completed, so
    callers can say so."""
    if story_id is None:
        story = bank.create_story(session, data)
    else:
        story = bank.update_story(session, story_id, data)
    closed = close_gap_tasks(session, story.signals)
    return story, closed + plan_links.tick_for_stories(session, _bank_scores(session))


def _bank_scores(session: Session) -> list[int]:
    """Every stored story's analysis score (stories with no analysis left out)."""
    found = (analyze_story(session, story).analysis for story in bank.list_stories(session))
    return [analysis.score for analysis in found if analysis is not None]


def submit_practice(
    session: Session,
    *,
    question_id: str,
    answer: str,
    signal: str = "",
    story_id: int | None = None,
    seconds_allowed: int = DEFAULT_SECONDS,
    seconds_taken: int | None = None,
) -> tuple[PracticeAttempt, StoryAnalysis, list[TaskRef]]:
    """Analyse a typed answer and keep it (`timed_practice.submit_practice`); a scored
    answer ticks the plan's earliest open rehearsal block. Returns the attempt, its
    analysis and the plan tasks it completed."""
    attempt, result = timed_practice.submit_practice(
        session,
        question_id=question_id,
        answer=answer,
        signal=signal,
        story_id=story_id,
        seconds_allowed=seconds_allowed,
        seconds_taken=seconds_taken,
    )
    ticked = plan_links.tick_for_rehearsal(session) if result.analysis is not None else []
    return attempt, result, ticked


def closed_tasks(session: Session, ids: Iterable[int]) -> list[TaskRef]:
    """The done tasks among `ids` that saving a story can complete: gap tasks and
    "Write STAR story N" tasks (what a page names after the save)."""
    wanted = list(ids)
    return closed_gap_tasks(session, wanted) + plan_links.done_story_tasks(session, wanted)


def create_story(session: Session, data: StoryInput) -> Story:
    """Store a new story (closing the plan's gap tasks it fills)."""
    return save_story(session, data)[0]


def update_story(session: Session, story_id: int, data: StoryInput) -> Story:
    """Replace a story (closing the plan's gap tasks its signals now fill)."""
    return save_story(session, data, story_id)[0]


__all__ = [
    "CANDIDATE_LEVEL",
    "DEFAULT_SECONDS",
    "FIELDS",
    "GAP_TASK_HOURS",
    "HEADINGS",
    "KINDS",
    "LEVELS",
    "MAX_SECONDS",
    "MIN_SECONDS",
    "SIZES",
    "Analysis",
    "BankSummary",
    "Concept",
    "Coverage",
    "ExplainResult",
    "FindingTrend",
    "GapsAdded",
    "History",
    "PracticePrompt",
    "Question",
    "Signal",
    "Story",
    "StoryAnalysis",
    "StoryInput",
    "add_gaps_to_plan",
    "analyze_draft",
    "analyze_story",
    "analyze_text",
    "best_explain_scores",
    "candidate_domain",
    "check_seconds",
    "close_gap_tasks",
    "closed_gap_tasks",
    "closed_tasks",
    "coverage",
    "create_story",
    "delete_story",
    "explain_history",
    "export_markdown",
    "find_questions",
    "finding_name",
    "gap_task_title",
    "get_attempt",
    "get_concept",
    "get_story",
    "history",
    "jargon_finder",
    "list_stories",
    "load_concepts",
    "load_signals",
    "save_story",
    "signal_table",
    "signals_at",
    "start_practice",
    "stories_by_ids",
    "story_text",
    "submit_explain",
    "submit_practice",
    "summary",
    "update_story",
    "validate_story",
    "weakest_signal",
]
