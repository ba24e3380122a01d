"""Real gaps into the plan: each becomes a plan task to learn the skill and build the
evidence (a STAR story for a soft skill), through the plan feature's service.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from pivotprep.core.errors import ValidationError
from pivotprep.resume.report.result import CORE_PARTS

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


# A part of a platform is learnt with it: S3 goes into the AWS task when both are gaps.
_PARENTS = (
    ("Amazon ", "Amazon Web Services"),
    ("AWS ", "Amazon Web Services"),
    ("Azure ", "Microsoft Azure"),
    ("Microsoft Azure ", "Microsoft Azure"),
    ("Google Cloud ", "Google Cloud Platform"),
    ("Google BigQuery", "Google Cloud Platform"),
    ("Apache Kafka ", "Apache Kafka"),
    ("Kafka ", "Apache Kafka"),
)


@dataclass(frozen=True)
class PlanGap:
    """A required hard-skill gap as one plan task: its parts merged in, hours sized."""

    skill: str
    parts: tuple[str, ...]
    step: str
    hours: float


def _parent(name: str, gaps: set[str]) -> str | None:
    for prefix, parent in _PARENTS:
        if name.startswith(prefix) and name != parent and parent in gaps:
            return parent
    return None


def plan_gaps(result: ScanResult) -> list[PlanGap]:
    """The gaps worth a plan task: required hard skills only, a skill the duties name
    counting as required as it does in the rate (a preferred skill or a soft skill is not
    worth displacing practice for), parts merged into their platform, and hours sized by
    how central the skill is (how often the job names it)."""
    counts = {k.name: k.job_count for k in result.report.keywords}
    items = [
        i
        for i in result.triage.gaps
        if i.kind == "hard_skills" and i.part in CORE_PARTS and i.plan_step is not None
    ]
    names = {i.keyword for i in items}
    parts: dict[str, list[str]] = {}
    for item in items:
        parent = _parent(item.keyword, names)
        if parent is not None:
            parts.setdefault(parent, []).append(item.keyword)
    out = []
    for item in items:
        if _parent(item.keyword, names) is not None:
            continue
        mentions = counts.get(item.keyword, 1) + sum(
            counts.get(p, 1) for p in parts.get(item.keyword, [])
        )
        scale = 1.0 if mentions <= 1 else (1.25 if mentions == 2 else 1.5)
        out.append(
            PlanGap(
                item.keyword,
                tuple(parts.get(item.keyword, [])),
                str(item.plan_step),
                round(item.plan_hours * scale * 2) / 2,
            )
        )
    return out


def add_gaps_to_plan(session: Session, result: ScanResult) -> list[PlacedGap]:
    """The scan's required hard-skill gaps into the plan (`plan_gaps`), one task each."""
    placed_gaps = []
    for gap in plan_gaps(result):
        label = gap.skill if not gap.parts else f"{gap.skill} ({', '.join(gap.parts)})"
        placed = add_gap_to_plan(session, label, step=gap.step, hours=gap.hours)
        placed_gaps.append(
            PlacedGap(
                gap.skill,
                placed.task.title,
                placed.task.week,
                placed.message,
                replaced_hours(placed),
            )
        )
    return placed_gaps


def gaps_summary(placed: list[PlacedGap]) -> str:
    """One short sentence for what `add_gaps_to_plan` did (not every displaced task)."""
    if not placed:
        return "No required hard-skill gaps to add to your plan."
    tasks = ", ".join(f"{p.skill} (week {p.week})" for p in placed)
    moved = sum(p.replaced_hours for p in placed)
    plural = "s" if len(placed) != 1 else ""
    said = f"Added {len(placed)} task{plural} to your plan: {tasks}."
    if moved:
        said += f" They took the place of {moved:g} h of practice."
    return said
