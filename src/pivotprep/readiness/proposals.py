"""Re-plans proposed by the gauges. Pure.

When one gauge with enough evidence trails the others (at least `GAP` points below their
mean), the plan is spending too little time where the candidate is weakest: the proposal is
one block of practice on that filter, spread by the plan over the next weeks (the plan's own
placement of added tasks: a few hours a week, optional practice moved out first). The
learner accepts it (the task goes into the plan) or declines it; either way it is not
proposed again for `QUIET_DAYS`, unless the gap widens by another `GAP` points.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pivotprep.readiness.gauges import Gauge

GAP = 20  # points below the mean of the other gauges with evidence
QUIET_DAYS = 14  # a declined proposal stays quiet this long
HOURS = 6.0
# gauge -> (plan step, task title): the work that moves that gauge.
WORK = {
    "ats": (
        "applications",
        "Gap practice (ATS): tailor your resume to three target postings and re-scan each "
        "until its match rate passes 80%",
    ),
    "technical": (
        "foundations",
        "Gap practice (technical): solve and review problems on your weakest patterns, "
        "timed, thinking aloud",
    ),
    "behavioral": (
        "stories",
        "Gap practice (behavioral): rewrite your weakest STAR stories with your own actions "
        "and a measured result, then rehearse them aloud",
    ),
    "culture": (
        "applications",
        "Gap practice (culture fit): research three target companies and write the "
        "questions you will ask their interviewers",
    ),
}


@dataclass(frozen=True)
class Proposal:
    key: str  # "boost-<gauge>"
    gauge: str
    value: int  # the gauge's value when proposed
    others: int  # the mean of the other gauges
    step: str
    title: str
    hours: float

    @property
    def why(self) -> str:
        return (
            f"This gauge is at {self.value}%, {self.others - self.value} points below the "
            f"mean of the others ({self.others}%): the plan gives it more time."
        )


@dataclass(frozen=True)
class Answered:
    """The latest answer to a proposal: the gauge's value then, and whether it is still
    within the quiet days."""

    value: int
    quiet: bool


def proposals(gauges: Sequence[Gauge], answered: Mapping[str, Answered]) -> list[Proposal]:
    """At most one proposal: for the gauge furthest below the others, when the gap is at
    least GAP points and it was not answered lately (or has fallen GAP points since)."""
    known = [g for g in gauges if g.value is not None]
    if len(known) < 2:
        return []
    weakest = min(known, key=lambda g: g.value or 0)
    value = int(weakest.value or 0)
    others = round(sum(int(g.value or 0) for g in known if g is not weakest) / (len(known) - 1))
    if others - value < GAP:
        return []
    key = f"boost-{weakest.key}"
    last = answered.get(key)
    if last is not None and last.quiet and value > last.value - GAP:
        return []
    step, title = WORK[weakest.key]
    return [Proposal(key, weakest.key, value, others, step, title, HOURS)]
