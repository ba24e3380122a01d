"""The top next actions for this week, from the mistakes, the gauges and the plan. Pure.

Order: the fix of each detected mistake (they cost the most at interviews), then the way
to add evidence to a gauge that has too little, then the weakest gauge, then this week's
open plan tasks. Each action names the page or command that does it (its NextStep).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pivotprep.core.errors import NextStep
from pivotprep.readiness.gauges import Gauge
from pivotprep.readiness.mistakes import Finding

TOP = 3
GAUGE_WHY = {
    "ats": "Scan your resume against a target posting",
    "technical": "Solve and review problems (coding, SQL, pandas)",
    "behavioral": "Write STAR stories with a measured result",
    "culture": "Research a target company and prepare your questions",
}


@dataclass(frozen=True)
class Action:
    text: str
    why: str
    step: NextStep


@dataclass(frozen=True)
class PlanTaskRef:
    """An open task of this week's plan, as the actions list needs it."""

    title: str
    hours: float


def next_actions(
    findings: Sequence[Finding],
    gauges: Sequence[Gauge],
    tasks: Sequence[PlanTaskRef],
    limit: int = TOP,
) -> list[Action]:
    out = [
        Action(f.fix, f"Mistake detected: {f.title.lower()}.", f.step)
        for f in findings
        if f.detected
    ]
    for g in gauges:
        if g.value is None:
            out.append(Action(GAUGE_WHY[g.key], f"{g.name}: too little evidence.", g.step))
    known = [g for g in gauges if g.value is not None]
    if known:
        weakest = min(known, key=lambda g: g.value or 0)
        out.append(
            Action(
                GAUGE_WHY[weakest.key],
                f"{weakest.name} is your weakest gauge ({weakest.value}%).",
                weakest.step,
            )
        )
    for task in tasks:
        out.append(
            Action(task.title, f"This week's plan ({task.hours:g} h).", NextStep("plan.week"))
        )
    seen: set[str] = set()
    unique = []
    for action in out:
        if action.text not in seen:
            seen.add(action.text)
            unique.append(action)
    return unique[:limit]
