"""Practice operations, called by the CLI, the web pages and other features (SQL practice).

The workflow is kind-agnostic: start -> hints -> runs -> (the solution, after the 30-minute
lock) -> an FSRS review rated from the evidence of the attempt, for coding and SQL problems
alike. The work is done in modules named for what they hold; this one is the stable place
to import from, and the one place this feature reaches other features (the plan's current
week and step, the profile's target role):

- `catalog` (every problem of every kind, the catalogue filter), `workspace` (the
  learner's files, starting a problem), `attempts` (clock, lock, hints, solution, runs,
  reviews), `progress` (mastery, stats), `suggestions` (what to practise next);
- `plan_links` (a problem's first pass ticks the plan task it finishes, by
  `content/practice/plan_links.yaml`, through `pivotprep.plan.service`);
- `submit` (judge a coding solution: cases, complexity, the recorded run), `validate`
  (check the problem packs), the judge's sandbox self-test (`isolation`);
- `chart` (the complexity chart as SVG).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pivotprep.practice.judge.selftest import Isolation, isolation
from pivotprep.practice.judge.selftest import warm_up as warm_judge

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pivotprep.practice.attempts import (
        LOCK_MINUTES,
        AttemptState,
        NotStartedError,
        SolutionLockedError,
        attempt_state,
        current_attempt,
        hints_shown,
        lock_remaining,
        record_run,
        reveal_hint,
        reveal_solution,
        start,
    )
    from pivotprep.practice.catalog import (
        Catalogue,
        ProblemInfo,
        Workspace,
        catalogue,
        get_problem,
    )
    from pivotprep.practice.chart import complexity_svg
    from pivotprep.practice.count_ahead import count_in_child, count_reference
    from pivotprep.practice.judge.levels import complexity_meter
    from pivotprep.practice.judge.levels import survey as judge_levels
    from pivotprep.practice.judge.wasm import Prepared as JudgePrepared
    from pivotprep.practice.judge.wasm import WasmUnavailableError
    from pivotprep.practice.judge.wasm import facts as wasm_facts
    from pivotprep.practice.judge.wasm import prepare as prepare_judge
    from pivotprep.practice.judge.wasm import prepared as judge_prepared
    from pivotprep.practice.plan_links import PlanTick
    from pivotprep.practice.plan_links import ticks_of as plan_ticks
    from pivotprep.practice.plan_topics import PlanTopics
    from pivotprep.practice.progress import (
        AttemptRecord,
        PatternMastery,
        ReviewRow,
        Stats,
        attempt_log,
    )
    from pivotprep.practice.submit import Submission, check, run_code
    from pivotprep.practice.suggestions import Suggestion
    from pivotprep.practice.validate import ValidationResult, run_validators
    from pivotprep.practice.workspace import (
        MAX_CODE_CHARS,
        StartedProblem,
        save_code,
        start_problem,
        workspace_file,
    )


# Where each exported name lives, when it is not defined here (imported on first use).
_SOURCES = {
    "attempts": (
        "LOCK_MINUTES AttemptState NotStartedError SolutionLockedError attempt_state "
        "current_attempt hints_shown lock_remaining record_run reveal_hint reveal_solution start"
    ),
    "catalog": "Catalogue ProblemInfo Workspace catalogue get_problem",
    "chart": "complexity_svg",
    "count_ahead": "count_in_child count_reference",
    "levels": "complexity_meter",
    "plan_links": "PlanTick",
    "progress": "AttemptRecord PatternMastery ReviewRow Stats attempt_log",
    "submit": "Submission check run_code",
    "suggestions": "Suggestion",
    "validate": "ValidationResult run_validators",
    "workspace": "MAX_CODE_CHARS StartedProblem save_code start_problem workspace_file",
}
_RENAMED = {
    "JudgePrepared": "Prepared",
    "wasm_facts": "facts",
    "judge_levels": "survey",
    "prepare_judge": "prepare",
    "judge_prepared": "prepared",
    "WasmUnavailableError": "WasmUnavailableError",
    "plan_ticks": "ticks_of",
}


def _module(name: str) -> Any:
    """One of this feature's modules, imported now (only the one a name needs)."""
    if name == "attempts":
        from pivotprep.practice import attempts

        return attempts
    elif name == "catalog":
        from pivotprep.practice import catalog

        return catalog
    elif name == "chart":
        from pivotprep.practice import chart

        return chart
    elif name == "count_ahead":
        from pivotprep.practice import count_ahead

        return count_ahead
    elif name == "plan_links":
        from pivotprep.practice import plan_links

        return plan_links
    elif name == "progress":
        from pivotprep.practice import progress

        return progress
    elif name == "submit":
        from pivotprep.practice import submit

        return submit
    elif name == "suggestions":
        from pivotprep.practice import suggestions

        return suggestions
    elif name == "validate":
        from pivotprep.practice import validate

        return validate
    elif name == "workspace":
        from pivotprep.practice import workspace

        return workspace
    if name == "levels":
        from pivotprep.practice.judge import levels

        return levels
    from pivotprep.practice.judge import wasm

    return wasm


def _lazy(name: str) -> Any:
    """The exported name `name`, imported on first use: `pivotprep practice test` starts the
    judge (`warm_judge`) before SQLAlchemy and the rest of this feature are imported, so the
    judge's worker starts on the other core while they load."""
    if name in _RENAMED:
        source = {"plan_ticks": "plan_links", "judge_levels": "levels"}.get(name, "wasm")
        return getattr(_module(source), _RENAMED[name])
    for source, names in _SOURCES.items():
        if name in names.split():
            return getattr(_module(source), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name.startswith("__") or name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = _lazy(name)
        globals()[name] = value
        return value


__all__ = [
    "LOCK_MINUTES",
    "MAX_CODE_CHARS",
    "AttemptRecord",
    "AttemptState",
    "Catalogue",
    "Isolation",
    "JudgePrepared",
    "NotStartedError",
    "PatternMastery",
    "PlanTick",
    "ProblemInfo",
    "ProblemView",
    "ReviewRow",
    "SolutionLockedError",
    "StartedProblem",
    "Stats",
    "Submission",
    "Suggestion",
    "ValidationResult",
    "WasmUnavailableError",
    "Workspace",
    "attempt_log",
    "attempt_state",
    "catalogue",
    "check",
    "complexity_meter",
    "complexity_svg",
    "count_in_child",
    "count_reference",
    "current_attempt",
    "get_problem",
    "hints_shown",
    "judge_levels",
    "judge_prepared",
    "isolation",
    "lock_remaining",
    "mastery_by_pattern",
    "mastery_by_problem",
    "next_problems",
    "plan_ticks",
    "prepare_judge",
    "problem_view",
    "record_run",
    "reveal_hint",
    "reveal_solution",
    "run_code",
    "save_code",
    "run_validators",
    "start",
    "start_problem",
    "stats",
    "warm_judge",
    "wasm_facts",
    "workspace_file",
]


@dataclass(frozen=True)
class ProblemView:
    """A problem as its page shows it: the statement and facts, the live attempt, and the
    learner's code for the coding editor (None for a kind that has a page of its own)."""

    info: ProblemInfo
    state: AttemptState
    code: str | None


def problem_view(session: Session, problem_id: str) -> ProblemView:
    """The problem, the attempt's state and, for coding problems, the editor's text (the
    learner's file, or the starter when there is none yet)."""
    from pivotprep.practice.attempts import attempt_state
    from pivotprep.practice.catalog import get_problem
    from pivotprep.practice.workspace import editor_text

    info = get_problem(problem_id)
    code = None
    if info.kind == "code" and info.workspace is not None:
        code = editor_text(problem_id)
        if code is None:
            code = info.workspace.starter(problem_id)
    return ProblemView(info, attempt_state(session, problem_id), code)


def mastery_by_problem(session: Session, when: datetime | None = None) -> dict[str, float]:
    """FSRS retrievability per solved problem (0..1)."""
    from pivotprep.core import clock
    from pivotprep.practice import progress

    return progress.mastery_by_problem(session, when or clock.now())


def mastery_by_pattern(session: Session, when: datetime | None = None) -> list[PatternMastery]:
    from pivotprep.core import clock
    from pivotprep.practice import progress

    return progress.mastery_by_pattern(session, when or clock.now())


def stats(session: Session) -> Stats:
    """Attempts, runs, hints, forced peeks, reviews due, mastery per pattern and problem."""
    from pivotprep.core import clock
    from pivotprep.practice import progress

    return progress.stats(session, clock.now())


def _plan_step(session: Session) -> str | None:
    """The plan's current step id (None: no plan yet, or this week is all done)."""
    from pivotprep.core.errors import UserError
    from pivotprep.plan import service as plan_service

    try:
        return plan_service.current_step(session)
    except UserError:
        return None


def _plan_topics(session: Session) -> PlanTopics:
    """What the current plan week's open tasks ask to practise (empty: no plan yet)."""
    from pivotprep.core.errors import UserError
    from pivotprep.plan import service as plan_service
    from pivotprep.practice.plan_topics import PlanTopics, topics_in

    try:
        view = plan_service.current_week(session)
    except UserError:
        return PlanTopics()
    return topics_in([t.title for t in view.tasks if t.status == "open"])


def _sql_share(session: Session) -> float:
    """The share of SQL among new problems, from the target role's emphasis."""
    from pivotprep.profile import service as profile_service

    profile = profile_service.get_profile(session)
    if profile is None:
        return 0.0
    emphasis = profile_service.get_role(profile.target_role).emphasis
    total = emphasis.dsa + emphasis.sql
    return emphasis.sql / total if total else 0.0


def next_problems(session: Session, limit: int = 3) -> list[Suggestion]:
    """Today's problems: due reviews first, then new problems (suggestions.py says in which
    order): this week's plan topics first, the weakest patterns next, easy first during
    the plan's foundations step, split between coding and SQL by the target role."""
    from sqlalchemy import select

    from pivotprep.core import clock
    from pivotprep.practice import suggestions
    from pivotprep.practice.catalog import all_problems
    from pivotprep.practice.models import Attempt, ReviewCard
    from pivotprep.practice.suggestions import Situation

    when = clock.now()
    problems = all_problems()
    due = session.scalars(
        select(ReviewCard.problem_id).where(ReviewCard.due <= when).order_by(ReviewCard.due)
    )
    out = suggestions.due_reviews(due, problems, limit)
    slots = limit - len(out)
    if slots <= 0:
        return out
    touched = set(session.scalars(select(Attempt.problem_id).distinct()))
    situation = Situation(
        mastery={m.pattern: m.mastery for m in mastery_by_pattern(session, when)},
        topics=_plan_topics(session),
        step=_plan_step(session),
        sql_share=_sql_share(session),
    )
    fresh = [p for p in problems.values() if p.id not in touched]
    return out + suggestions.new_problems(fresh, slots, situation)
