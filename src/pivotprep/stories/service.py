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

from pivotprep.stories.bank import (
    FIELDS,
    HEADINGS,
    StoryInput,
    create_story,
    delete_story,
    get_story,
    list_stories,
    stories_by_ids,
    story_text,
    update_story,
    validate_story,
)
from pivotprep.stories.overview import (
    GAP_TASK_HOURS,
    add_gaps_to_plan,
    coverage,
    export_markdown,
    signal_table,
    summary,
)
from pivotprep.stories.practice import (
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
from pivotprep.stories.review import (
    StoryAnalysis,
    analyze_story,
    analyze_text,
    candidate_domain,
    jargon_finder,
)

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
    "coverage",
    "create_story",
    "delete_story",
    "explain_history",
    "export_markdown",
    "get_attempt",
    "get_story",
    "history",
    "jargon_finder",
    "list_stories",
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
