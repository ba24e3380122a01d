"""The error for work that does not fit in the weeks left, with both ways out: extend the
plan by some weeks, or drop the optional tasks a re-plan names (and perhaps extend a
little). The message says it in words; the numbers travel as data and as a `NextStep`
each interface words its own way."""

from __future__ import annotations

from collections.abc import Sequence

from pivotprep.core.errors import ConflictError, NextStep
from pivotprep.plan import replan_fit as replanner
from pivotprep.plan.models import PlanTask
from pivotprep.plan.queries import task_label
from pivotprep.plan.step_queue import UNIT


class PlanDoesNotFitError(ConflictError):
    """The work left does not fit in the weeks left. Carries both ways out: extend by
    `extend_weeks`, or drop `drop_ids` and extend by `extend_after_drop`; its `next_step`
    names the same choice as an action ("plan.extend", "plan.extend_or_drop",
    "plan.extend_or_drop_and_extend")."""

    def __init__(
        self,
        message: str,
        *,
        extend_weeks: int,
        drop_ids: Sequence[int],
        drop_titles: Sequence[str],
        extend_after_drop: int = 0,
    ) -> None:
        super().__init__(
            message,
            next_step=_ways_out(extend_weeks, drop_ids, extend_after_drop),
        )
        self.extend_weeks = extend_weeks
        self.extend_after_drop = extend_after_drop
        self.drop_ids = tuple(drop_ids)
        self.drop_titles = tuple(drop_titles)


def _ways_out(extend: int, drop_ids: Sequence[int], extend_after_drop: int) -> NextStep:
    """The re-plan that would make the work fit, as an action with its numbers."""
    weeks = {"weeks": str(extend)}
    if not drop_ids:
        return NextStep("plan.extend", weeks)
    ids = {"ids": ",".join(str(i) for i in drop_ids)}
    if not extend_after_drop:
        return NextStep("plan.extend_or_drop", weeks | ids)
    after = {"after": str(extend_after_drop)}
    return NextStep("plan.extend_or_drop_and_extend", weeks | ids | after)


def does_not_fit(
    outcome: replanner.Outcome, by_id: dict[int, PlanTask], what: str, weeks_left: int, hours: int
) -> PlanDoesNotFitError:
    short = outcome.short_units * UNIT
    message = (
        f"{what} does not fit: it needs {short:g} h more than the {weeks_left} week(s) left "
        f"hold at {hours} h/week. Either extend the plan by {outcome.extend_weeks} week(s)"
    )
    titles = [task_label(by_id[i]) for i in outcome.drop_candidates]
    if outcome.drop_candidates and not outcome.extend_after_drop:
        message += f", or drop these optional tasks: {'; '.join(titles)}."
    elif outcome.drop_candidates:
        message += f", or drop these optional tasks: {'; '.join(titles)} and extend by "
        message += f"{outcome.extend_after_drop} week(s)."
    else:
        message += "; no optional task is left whose dropping would save a week."
    return PlanDoesNotFitError(
        message,
        extend_weeks=outcome.extend_weeks,
        drop_ids=outcome.drop_candidates,
        drop_titles=titles,
        extend_after_drop=outcome.extend_after_drop,
    )
