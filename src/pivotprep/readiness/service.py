"""Readiness: where the candidate stands at each hiring filter, the mistakes detected, and
what to do next. The feature's one door.

It reads every other feature only through that feature's `service` and turns what it
finds into an `Evidence` (evidence.py); the rules (gauges.py, mistakes.py, actions.py)
are pure. Portfolio checks are read by `portfolio_evidence`, which finds nothing until a
portfolio feature exists, so their parts show "no evidence yet", never a score.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from pivotprep.plan.service import CustomTaskResult

from pivotprep.core import clock
from pivotprep.core.errors import ConflictError, NextStep, NotFoundError
from pivotprep.readiness.actions import Action, PlanTaskRef, next_actions
from pivotprep.readiness.evidence import (
    AnswerFact,
    AttemptFact,
    CardFact,
    CompanyFact,
    DesignFact,
    Evidence,
    Item,
    MockFact,
    PortfolioFact,
    ScanFact,
    StoryFact,
)
from pivotprep.readiness.gauges import (
    CAP_ABOVE_WEAKEST,
    MIN_ITEMS,
    Gauge,
    Overall,
    Part,
    all_gauges,
    overall,
    trend,
)
from pivotprep.readiness.mistakes import Finding, findings
from pivotprep.readiness.models import ReplanChoice
from pivotprep.readiness.proposals import QUIET_DAYS, Answered, Proposal, proposals

__all__ = [
    "CAP_ABOVE_WEAKEST",
    "MIN_ITEMS",
    "Action",
    "Evidence",
    "Finding",
    "Gauge",
    "Item",
    "Overall",
    "Part",
    "Proposal",
    "QUIET_DAYS",
    "Readiness",
    "accept_proposal",
    "add_fix_to_plan",
    "compute",
    "decline_proposal",
    "gather",
    "portfolio_evidence",
    "readiness",
    "this_week",
]

CARD_WINDOW_DAYS = 90
SOURCE = "readiness"
# The plan step each mistake's fix belongs to.
FIX_STEPS = {
    "grinding": "system_design",
    "design_basics": "system_design",
    "vague_stories": "stories",
    "research": "applications",
    "deployed": "projects",
    "test_giver": "mocks",
}
CLOSE_QUESTION = "?"


@dataclass(frozen=True)
class Readiness:
    computed_at: datetime
    gauges: tuple[Gauge, ...]
    overall: Overall
    findings: tuple[Finding, ...]
    actions: tuple[Action, ...]
    trend: tuple[tuple[str, dict[str, int | None]], ...]
    proposals: tuple[Proposal, ...] = ()  # re-plans the gauges propose (see proposals.py)

    @property
    def detected(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.detected)

    def to_dict(self) -> dict[str, Any]:
        """Plain values for a JSON export; each step as its action and params."""
        return {
            "computed_at": self.computed_at.isoformat(),
            "overall": {
                "value": self.overall.value,
                "weakest": self.overall.weakest,
                "reason": self.overall.reason,
            },
            "gauges": [_gauge_dict(g) for g in self.gauges],
            "mistakes": [_finding_dict(f) for f in self.findings],
            "next": [{"text": a.text, "why": a.why, "step": _step(a.step)} for a in self.actions],
            "trend": [{"week_ending": end, **values} for end, values in self.trend],
            "proposals": [
                {"key": p.key, "gauge": p.gauge, "title": p.title, "hours": p.hours, "why": p.why}
                for p in self.proposals
            ],
        }


def _step(step: NextStep | None) -> dict[str, Any] | None:
    return None if step is None else {"action": step.action, "params": dict(step.params)}


def _items(items: tuple[Item, ...]) -> list[dict[str, Any]]:
    return [{"text": i.text, "step": _step(i.step)} for i in items]


def _gauge_dict(g: Gauge) -> dict[str, Any]:
    return {
        "key": g.key,
        "name": g.name,
        "value": g.value,
        "status": g.status,
        "parts": [
            {"name": p.name, "value": p.value, "note": p.note, "items": _items(p.items)}
            for p in g.parts
        ],
    }


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "key": f.key,
        "title": f.title,
        "rule": f.rule,
        "state": f.state,
        "evidence": _items(f.evidence),
        "fix": f.fix,
        "step": _step(f.step),
        "task": {"title": f.task[0], "hours": f.task[1]},
    }


# Story analyses by (id, last change, text): a story is re-read only when it changed, so the
# home page does not run the analyzer over the whole bank on every visit. Bounded.
_ANALYSES: OrderedDict[tuple[int, str, str], tuple[int | None, bool, bool]] = OrderedDict()
MAX_CACHED_ANALYSES = 2000


def _remember(key: tuple[int, str, str], value: tuple[int | None, bool, bool]) -> None:
    _ANALYSES[key] = value
    while len(_ANALYSES) > MAX_CACHED_ANALYSES:
        _ANALYSES.popitem(last=False)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def portfolio_evidence(session: Session) -> tuple[PortfolioFact, ...] | None:
    """Portfolio checks, the latest per project: whether the app started and answered in the
    clean room (a served API) and whether it uses real data rather than a toy dataset."""
    from pivotprep.portfolio import service as portfolio

    latest: dict[str, portfolio.HistoryRow] = {}
    for row in portfolio.history(session, limit=200):  # newest first
        latest.setdefault(row.project, row)
    facts = []
    for row in latest.values():
        checks = {c.id: c.status for c in portfolio.get_check(session, row.id).report.checks}
        when = _aware(datetime.fromisoformat(row.checked_at))
        serves = checks.get("serve") == "pass"
        facts.append(PortfolioFact(row.project, when, serves, checks.get("toy-data") == "pass"))
    return tuple(facts)


def _scans(session: Session) -> tuple[ScanFact, ...]:
    from pivotprep.resume import service as resume

    line, _ = resume.match_rate_line()
    out = []
    for s in resume.list_scans(session, limit=500):
        label = f"{s.resume_name} v{s.resume_version} against {s.job_label}"
        when = _aware(s.created_at) if s.created_at else clock.now()
        out.append(ScanFact(label, s.rate, float(line), when, s.id, s.job_hash))
    return tuple(out)


def _practice(session: Session) -> tuple[tuple[AttemptFact, ...], tuple[tuple[str, float], ...]]:
    from pivotprep.practice import service as practice

    attempts = tuple(
        AttemptFact(a.problem_id, a.kind, a.started_at, a.minutes, a.passed)
        for a in practice.attempt_log(session)
    )
    patterns = tuple(
        (m.pattern, m.mastery) for m in practice.mastery_by_pattern(session) if m.solved
    )
    return attempts, patterns


def _design(session: Session, now: datetime) -> tuple[tuple[DesignFact, ...], tuple[CardFact, ...]]:
    from pivotprep.design import service as design

    designs = tuple(
        DesignFact(
            row.id,
            row.prompt_id,
            _aware(row.finished_at or row.started_at),
            sum(float(v) for v in (row.phase_seconds or {}).values()) / 60,
            row.score if row.review is not None else None,
        )
        for row in design.list_sessions(session, limit=1000)
    )
    cards = tuple(
        CardFact(c.reviewed_at, c.correct, (c.seconds or 0.0) / 60)
        for c in design.card_reviews(session, now - timedelta(days=CARD_WINDOW_DAYS))
    )
    return designs, cards


def _stories(session: Session) -> tuple[tuple[StoryFact, ...], tuple[AnswerFact, ...], int, int]:
    from pivotprep.stories import service as stories

    facts = []
    for story in stories.list_stories(session):
        key = (story.id, _aware(story.updated_at).isoformat(), stories.story_text(story))
        if key not in _ANALYSES:
            analysis = stories.analyze_story(session, story).analysis
            codes = analysis.codes if analysis else set()
            _remember(
                key,
                (
                    analysis.score if analysis else None,
                    "missing_result" in codes,
                    "unquantified_result" in codes,
                ),
            )
        score, no_result, no_number = _ANALYSES[key]
        facts.append(
            StoryFact(story.id, story.title, _aware(story.updated_at), score, no_result, no_number)
        )
    answers = tuple(
        AnswerFact(_aware(a.created_at), (a.seconds_taken or 0) / 60, a.score if a.scored else None)
        for a in stories.history(session).attempts
    )
    bank = stories.summary(session)
    return tuple(facts), answers, bank.core_covered, bank.core_total


def _mocks(session: Session) -> tuple[tuple[MockFact, ...], str]:
    from pivotprep.mock import service as mock

    out = []
    for r in mock.finished_rounds(session, limit=1000):
        events = r.events or []
        scores = {s["scale"]: int(s["value"]) for s in (r.scorecard or {}).get("scores", [])}
        close = next((e for e in events if e.get("kind") == "close"), {})
        out.append(
            MockFact(
                r.id,
                r.kind,
                _aware(r.finished_at or r.started_at or clock.now()),
                float(r.active_seconds) / 60,
                scores,
                sum(1 for e in events if e.get("kind") == "ask"),
                CLOSE_QUESTION in str(close.get("text", "")),
            )
        )
    loops = mock.list_loops(session, limit=1)
    return tuple(out), loops[0].level if loops else "mid"


def _companies(session: Session, now: datetime) -> tuple[CompanyFact, ...]:
    from pivotprep.applications import service as applications

    applied = {a.company_id for a in applications.list_applications(session)}
    return tuple(
        CompanyFact(
            c.id,
            c.name,
            now,
            c.research.percent,
            c.research.mostly_empty,
            any(s.id == "your-questions" and s.done for s in c.research.sections),
            c.id in applied,
        )
        for c in applications.list_companies(session)
    )


def gather(session: Session, now: datetime | None = None) -> Evidence:
    """Everything the other features know about the candidate's preparation."""
    now = now or clock.now()
    attempts, patterns = _practice(session)
    designs, cards = _design(session, now)
    stories, answers, covered, total = _stories(session)
    mocks, level = _mocks(session)
    return Evidence(
        level=level,
        signals_covered=covered,
        signals_total=total,
        scans=_scans(session),
        attempts=attempts,
        patterns=patterns,
        designs=designs,
        cards=cards,
        stories=stories,
        answers=answers,
        mocks=mocks,
        companies=_companies(session, now),
        portfolio=portfolio_evidence(session),
    )


def this_week(session: Session) -> list[PlanTaskRef]:
    """The open tasks of this week's plan (none before a profile exists)."""
    from pivotprep.plan import service as plan
    from pivotprep.profile import service as profile

    if profile.get_profile(session) is None:
        return []
    week = plan.current_week(session)
    return [PlanTaskRef(t.title, t.hours) for t in week.tasks if t.status == "open"]


def compute(ev: Evidence, now: datetime, tasks: list[PlanTaskRef] | None = None) -> Readiness:
    """Readiness from evidence alone (what the bench times and the tests feed by hand)."""
    gauges = all_gauges(ev)
    found = findings(ev, now)
    return Readiness(
        now,
        gauges,
        overall(gauges),
        found,
        tuple(next_actions(found, gauges, tasks or [])),
        tuple(trend(ev, now)),
    )


FIRST_STEP = Action(
    "Create your profile: your target role, company sizes and weekly hours",
    "Everything else (the plan, the gauges, what to practise) follows from it.",
    NextStep("profile.create"),
)


def readiness(session: Session) -> Readiness:
    """Readiness now, with the re-plans it proposes; before a profile exists, creating one
    comes first (and there is no plan to change)."""
    from pivotprep.profile import service as profile

    now = clock.now()
    found = compute(gather(session, now), now, this_week(session))
    if profile.get_profile(session) is not None:
        offered = proposals(found.gauges, _answered(session, now))
        return replace(found, proposals=tuple(offered))
    actions = (FIRST_STEP, *found.actions)[: len(found.actions) or 1]
    return replace(found, actions=actions)


def _answered(session: Session, now: datetime) -> dict[str, Answered]:
    """The latest answer to each proposal, and whether it is still quiet."""
    rows = session.scalars(select(ReplanChoice).order_by(ReplanChoice.id))
    quiet_from = now - timedelta(days=QUIET_DAYS)
    return {r.key: Answered(r.value, _aware(r.decided_at) >= quiet_from) for r in rows}


def _proposal(session: Session, key: str) -> Proposal:
    found = readiness(session)
    match = next((p for p in found.proposals if p.key == key[:40]), None)
    if match is None:
        raise NotFoundError(
            f"No re-plan {key[:40]!r} is proposed now"
            + (f": the one proposed is {found.proposals[0].key}." if found.proposals else "."),
            next_step=NextStep("readiness.home"),
        )
    return match


def accept_proposal(session: Session, key: str) -> CustomTaskResult:
    """Put a proposed re-plan into the plan (spread over the next weeks by the plan) and
    remember the answer. NotFoundError when it is not proposed now."""
    from pivotprep.plan import service as plan

    found = _proposal(session, key)
    result = plan.place_custom_task(
        session,
        title=found.title,
        step=found.step,
        hours=found.hours,
        source=SOURCE,
        detail=found.why,
    )
    _remember_choice(session, found, accepted=True)
    return result


def _remember_choice(session: Session, found: Proposal, *, accepted: bool) -> None:
    now = clock.now()
    session.add(ReplanChoice(key=found.key, accepted=accepted, value=found.value, decided_at=now))
    session.flush()


def decline_proposal(session: Session, key: str) -> str:
    """Decline a proposed re-plan: it stays quiet for QUIET_DAYS unless the gap widens."""
    _remember_choice(session, _proposal(session, key), accepted=False)
    return (
        f"Not now: the plan stays as it is. It is proposed again in {QUIET_DAYS} days if the "
        "gap is still there, or sooner if it widens."
    )


def add_fix_to_plan(session: Session, key: str) -> CustomTaskResult:
    """Turn a detected mistake's fix into a plan task (idempotent: the plan keeps one).
    NotFoundError for an unknown mistake, ConflictError for one not detected now."""
    from pivotprep.plan import service as plan

    if key not in FIX_STEPS:
        raise NotFoundError(
            f"No mistake {key!r}. The six are: {', '.join(FIX_STEPS)}.",
            next_step=NextStep("readiness.home"),
        )
    found = next(f for f in readiness(session).findings if f.key == key)
    if not found.detected:
        raise ConflictError(
            f"“{found.title}” is not detected now ({found.state}): there is nothing to fix.",
            next_step=NextStep("readiness.home"),
        )
    title, hours = found.task
    return plan.place_custom_task(
        session, title=title, step=FIX_STEPS[key], hours=hours, source=SOURCE, detail=found.fix
    )
