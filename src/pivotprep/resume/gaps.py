"""Real gaps into the plan: each becomes a plan task to learn the skill and build the
evidence (a STAR story for a soft skill), through the plan feature's service.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from pivotprep.core.errors import ValidationError

if TYPE_CHECKING:
    from pivotprep.plan.service import CustomTaskResult
    from pivotprep.resume.scanning import ScanResult


@dataclass(frozen=True)
class PlacedGap:
    """A real gap put into the plan: the task it became and what it took the place of."""

    skill: str
    task: str
    week: int
    message: str
    replaced_hours: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _hours(hours: float | str | None) -> float | None:
    """Hours as a number, or None for the skill's default; text (a form field) is parsed."""
    if not isinstance(hours, str):
        return hours
    if not hours.strip():
        return None
    try:
        return float(hours)
    except ValueError:
        raise ValidationError("Hours must be a number.", field="hours") from None


def add_gap_to_plan(
    session: Session,
    skill: str,
    *,
    step: str | None = None,
    hours: float | str | None = None,
) -> CustomTaskResult:
    """Add 'learn and show evidence of SKILL' to the plan (plan.service.place_custom_task).

    Returns the plan's `CustomTaskResult`: the task, its weeks, and the practice blocks it
    took the place of, so the caller can tell the user what moved. `hours` may be text.
    """
    from pivotprep.plan.service import place_custom_task
    from pivotprep.resume.matching.taxonomy import load_taxonomy
    from pivotprep.resume.report.triage import plan_for

    amount = _hours(hours)
    name = " ".join(str(skill or "").split())
    if not 1 <= len(name) <= 120:
        raise ValidationError("Name the skill to add (1 to 120 characters).", field="skill")
    known = load_taxonomy().get(name)
    kind = "soft_skills" if known is not None and known.category == "soft skill" else "hard"
    default_step, default_hours = plan_for(known, kind)
    label = known.name if known is not None else name
    if kind == "soft_skills":
        title = f"Prepare a story that shows {label} (ATS gap)"
        detail = f"The job asks for {label}; your resume shows no evidence yet. Write a STAR story."
    else:
        title = f"Learn {label} and build evidence for your resume (ATS gap)"
        detail = (
            f"The job asks for {label} and your resume has no evidence of it. Learn it, use it "
            "in a project, then add it to your resume with that project as the evidence."
        )
    return place_custom_task(
        session,
        title=title,
        step=step or default_step,
        hours=amount if amount is not None else default_hours,
        source="resume",
        detail=detail,
    )


def replaced_hours(placed: CustomTaskResult) -> float:
    """The practice hours a newly placed task took the place of."""
    return sum(d.hours for d in placed.displaced)


def add_gaps_to_plan(session: Session, result: ScanResult) -> list[PlacedGap]:
    """Every real gap of a scan into the plan, each with the step and hours it suggests."""
    placed_gaps = []
    for item in result.triage.gaps:
        placed = add_gap_to_plan(session, item.keyword, step=item.plan_step, hours=item.plan_hours)
        placed_gaps.append(
            PlacedGap(
                item.keyword,
                placed.task.title,
                placed.task.week,
                placed.message,
                replaced_hours(placed),
            )
        )
    return placed_gaps
