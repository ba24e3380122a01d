"""The drift lab: scenarios on seeded data, the learner's statistics and thresholds, the
written monitoring plan, the grade, and charts of every distribution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import InputTooLargeError, NextStep, NotFoundError, ValidationError
from pivotprep.design.content import DriftLab, DriftScenario, drift_lab, expand
from pivotprep.design.drift.charts import chart
from pivotprep.design.drift.grading import (
    Cell,
    Choice,
    grade_detection,
    parse_choice,
    quality_report,
)
from pivotprep.design.drift.scenarios import REFERENCES, Window, top_share_precision, windows
from pivotprep.design.drift.stats import DEFAULT_THRESHOLDS, STATISTICS
from pivotprep.design.models import LabRun
from pivotprep.design.review.rubric import (
    COVERED,
    ItemResult,
    ReviewSettings,
    item_spec,
    review_items,
)
from pivotprep.design.review.text import sentences

MAX_PLAN_CHARS = 20_000
REFERENCE_NAMES = {
    "training": "the training window",
    "previous": "the previous four weeks",
    "last_year": "the same weeks last year",
}


@dataclass(frozen=True)
class ScenarioFacts:
    id: str
    title: str
    kind: str
    story: str
    lesson: str
    drifted: tuple[str, ...]
    optional: tuple[str, ...]
    quality: tuple[str, ...]  # data-quality findings, checked before drift
    precision_before: float  # precision of the top 2% of scores, once labels arrived
    precision_now: float


@dataclass(frozen=True)
class LabResult:
    run_id: int | None
    reference: str
    choices: tuple[Choice, ...]
    cells: tuple[Cell, ...]
    tp: int
    fp: int
    fn: int
    tn: int
    precision: float | None
    recall: float | None
    checklist: tuple[ItemResult, ...]
    scenarios: tuple[ScenarioFacts, ...]
    plan_words: int
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def checklist_covered(self) -> int:
        return sum(1 for i in self.checklist if i.status == COVERED)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["checklist_covered"] = self.checklist_covered
        return data


def lab() -> DriftLab:
    return drift_lab()


def _scenario_data(index: int, scenario: DriftScenario) -> dict[str, Window]:
    return windows(drift_lab().seed * 100 + index, scenario.windows)


def get_scenario(scenario_id: str) -> tuple[int, DriftScenario]:
    for index, scenario in enumerate(drift_lab().scenarios):
        if scenario.id == scenario_id:
            return index, scenario
    raise NotFoundError(
        f"There is no drift-lab scenario {scenario_id!r}.", next_step=NextStep("design.lab")
    )


def check_reference(reference: str) -> str:
    reference = (reference or "").strip().lower().replace("-", "_").replace(" ", "_")
    if reference not in REFERENCES:
        raise ValidationError(
            f"The reference window is one of {', '.join(REFERENCES)}, not {reference!r}.",
            field="reference",
        )
    return reference


def parse_choices(raw: Mapping[str, tuple[str, object]]) -> list[Choice]:
    """feature -> (statistic, threshold) for every feature; all problems at once."""
    errors: dict[str, str] = {}
    choices: list[Choice] = []
    for feature in drift_lab().features:
        if feature.name not in raw:
            errors[f"stat_{feature.name}"] = f"Choose a statistic and threshold for {feature.name}."
            continue
        statistic, threshold = raw[feature.name]
        try:
            choices.append(parse_choice(feature.name, feature.kind, statistic, threshold))
        except ValidationError as error:
            errors.update(error.errors)
    unknown = sorted(set(raw) - {f.name for f in drift_lab().features})
    if unknown:
        errors["features"] = f"Unknown feature(s): {', '.join(unknown)}."
    if errors:
        raise ValidationError(next(iter(errors.values())), errors=errors)
    return choices


def default_choices() -> dict[str, tuple[str, float]]:
    """A starting point shown in the form (PSI everywhere, at its usual 0.2)."""
    return {f.name: ("psi", DEFAULT_THRESHOLDS["psi"]) for f in drift_lab().features}


def _facts(
    index: int,
    scenario: DriftScenario,
    data: dict[str, Window],
    reference: str,
    kinds: dict[str, str],
) -> ScenarioFacts:
    issues = quality_report(data[reference], data["current"], kinds)
    return ScenarioFacts(
        scenario.id,
        scenario.title,
        scenario.kind,
        scenario.story,
        scenario.lesson,
        scenario.drifted,
        scenario.optional,
        tuple(f"{i.feature}: {i.check}: {i.detail}" for i in issues),
        round(top_share_precision(data["training"]), 3),
        round(top_share_precision(data["current"]), 3),
    )


def grade_plan(plan: str) -> list[ItemResult]:
    items = [
        item_spec(
            i.id,
            i.kind,
            i.title,
            i.expects,
            i.need,
            [(c.name, expand(c.terms)) for c in i.concepts],
        )
        for i in drift_lab().checklist
    ]
    # a plan is about the lab by construction: no off-topic guard, every item stands alone
    return review_items(items, sentences(plan, "plan", "your plan"), ReviewSettings(topic_gate=0))


def evaluate(reference: str, raw_choices: Mapping[str, tuple[str, object]], plan: str) -> LabResult:
    """Grade an attempt without storing it (the bench and `run_lab` call this)."""
    reference = check_reference(reference)
    if len(plan) > MAX_PLAN_CHARS:
        raise InputTooLargeError(
            f"A monitoring plan holds at most {MAX_PLAN_CHARS:,} characters; this one has "
            f"{len(plan):,}. Nothing was graded: shorten it.",
            field="plan",
        )
    choices = parse_choices(raw_choices)
    config = drift_lab()
    kinds: dict[str, str] = {f.name: f.kind for f in config.features}
    facts, data, plans = [], {}, []
    for index, scenario in enumerate(config.scenarios):
        windows_ = _scenario_data(index, scenario)
        data[scenario.id] = (windows_[reference], windows_["current"])
        facts.append(_facts(index, scenario, windows_, reference, kinds))
        plans.append((scenario.id, scenario.drifted, scenario.optional))
    detection = grade_detection(plans, data, kinds, choices)
    checklist = grade_plan(plan)
    notes = [] if plan.strip() else ["No monitoring plan was written: the checklist is empty."]
    return LabResult(
        None,
        reference,
        tuple(choices),
        detection.cells,
        detection.tp,
        detection.fp,
        detection.fn,
        detection.tn,
        detection.precision,
        detection.recall,
        tuple(checklist),
        tuple(facts),
        len(plan.split()),
        tuple(notes),
    )


def run_lab(
    session: Session, reference: str, raw_choices: Mapping[str, tuple[str, object]], plan: str
) -> LabResult:
    """Grade an attempt and store it."""
    result = evaluate(reference, raw_choices, plan)
    row = LabRun(
        created_at=now(),
        settings={
            "reference": result.reference,
            "choices": {c.feature: [c.statistic, c.threshold] for c in result.choices},
        },
        plan=plan,
        result=result.to_dict(),
        precision=result.precision or 0.0,
        recall=result.recall or 0.0,
        checklist=result.checklist_covered,
    )
    session.add(row)
    session.flush()
    from dataclasses import replace

    return replace(result, run_id=row.id)


def lab_runs(session: Session, limit: int = 20) -> list[LabRun]:
    return list(session.scalars(select(LabRun).order_by(LabRun.id.desc()).limit(limit)))


def get_lab_run(session: Session, run_id: int) -> LabRun:
    row = session.get(LabRun, run_id) if 1 <= run_id < 2**31 else None
    if row is None:
        raise NotFoundError(
            f"There is no drift-lab run {run_id}.", next_step=NextStep("design.lab")
        )
    return row


def scenario_chart(scenario_id: str, feature: str, reference: str) -> str:
    """SVG of one feature in one scenario: the chosen reference against the current week."""
    reference = check_reference(reference)
    index, scenario = get_scenario(scenario_id)
    kinds = {f.name: f.kind for f in drift_lab().features}
    if feature not in kinds:
        raise NotFoundError(
            f"There is no feature {feature!r} in the drift lab.", next_step=NextStep("design.lab")
        )
    data = _scenario_data(index, scenario)
    return chart(
        feature,
        kinds[feature],
        np.asarray(data[reference][feature]),
        np.asarray(data["current"][feature]),
        reference_name=reference.replace("_", " "),
    )


def statistic_names() -> dict[str, str]:
    return dict(STATISTICS)
