"""Story bank operations, called by the CLI and the web alike.

The work is done in small modules; this one gathers their public names so callers have
one import:

- `bank`: validating, storing and reading stories;
- `review`: the analysis of a story or a typed answer (run on read: it is fast and the
  analyzer improves);
- `overview`: signal coverage, gaps as plan tasks, the dashboard summary, the export;
- `practice`: timed practice and explain drills, which store the analysis they got so
  history shows real progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from pivotprep.stories import bank
from pivotprep.stories.answer_analysis import (
    StoryAnalysis,
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
from pivotprep.stories.models import Story
from pivotprep.stories.overview import (
    GAP_TASK_HOURS,
    add_gaps_to_plan,
    close_gap_tasks,
    coverage,
    export_markdown,
    gap_task_title,
    signal_table,
    summary,
)
from pivotprep.stories.timed_practice import (
    DEFAULT_SECONDS,
    MAX_SECONDS,
    MIN_SECONDS,
    History,
    PracticePrompt,
    check_seconds,
    explain_history,
    get_attempt,
    history,
    start_practice,
    submit_explain,
    submit_practice,
    weakest_signal,
)

if TYPE_CHECKING:
    from pivotprep.plan.models import PlanTask


def save_story(
    session: Session, data: StoryInput, story_id: int | None = None
) -> tuple[Story, list[PlanTask]]:
    """Create a story (or replace story `story_id`), then mark done the plan's open
    "Write a STAR story that shows <signal>" tasks for the signals it shows. Returns the
    story and the plan tasks it completed, so callers can say so."""
    if story_id is None:
        story = bank.create_story(session, data)
    else:
        story = bank.update_story(session, story_id, data)
    return story, close_gap_tasks(session, story.signals)


def create_story(session: Session, data: StoryInput) -> Story:
    """Store a new story (closing the plan's gap tasks it fills)."""
    return save_story(session, data)[0]


def update_story(session: Session, story_id: int, data: StoryInput) -> Story:
    """Replace a story (closing the plan's gap tasks its signals now fill)."""
    return save_story(session, data, story_id)[0]


__all__ = [
    "DEFAULT_SECONDS",
    "FIELDS",
    "GAP_TASK_HOURS",
    "HEADINGS",
    "MAX_SECONDS",
    "MIN_SECONDS",
    "History",
    "PracticePrompt",
    "StoryAnalysis",
    "StoryInput",
    "add_gaps_to_plan",
    "analyze_story",
    "analyze_text",
    "candidate_domain",
    "check_seconds",
    "close_gap_tasks",
    "coverage",
    "create_story",
    "delete_story",
    "explain_history",
    "export_markdown",
    "gap_task_title",
    "get_attempt",
    "get_story",
    "history",
    "jargon_finder",
    "list_stories",
    "save_story",
    "signal_table",
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
