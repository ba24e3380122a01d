"""The four gauges (ATS, technical, behavioral, culture fit) from evidence. Pure.

A gauge is the mean of its parts that have evidence (each 0..100); a part with none says
"no evidence yet" and is left out of the mean, never counted as 0. A gauge resting on
fewer than MIN_ITEMS items or fewer than MIN_PARTS parts says "too little evidence"
instead of a number. Overall readiness is the mean of the four gauges capped at
CAP_ABOVE_WEAKEST points above the weakest one: one strong filter cannot hide a weak one,
and with any gauge short of evidence there is no overall figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pivotprep.core.errors import NextStep
from pivotprep.readiness.evidence import Evidence, Item

MIN_ITEMS = 3
MIN_PARTS = 1
CAP_ABOVE_WEAKEST = 10
TREND_WEEKS = 8
SCALE_TECH = ("technical", "problem_solving")
GAUGE_NAMES = {
    "ats": "ATS keywords",
    "technical": "Technical",
    "behavioral": "Behavioral",
    "culture": "Culture fit",
}


@dataclass(frozen=True)
class Part:
    name: str
    value: int | None  # 0..100; None: no evidence yet
    items: tuple[Item, ...] = ()
    note: str = ""  # how the value was computed


@dataclass(frozen=True)
class Gauge:
    key: str
    name: str
    parts: tuple[Part, ...]
    value: int | None  # None: too little evidence
    step: NextStep  # where to add evidence or improve

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(i for p in self.parts for i in p.items)

    @property
    def status(self) -> str:
        if self.value is None:
            n = len(self.items)
            return f"Too little evidence ({n} item{'s' * (n != 1)}; needs {MIN_ITEMS})"
        return f"{self.value}%"


@dataclass(frozen=True)
class Overall:
    value: int | None
    weakest: str | None  # gauge key
    reason: str


def _mean(values: Sequence[float]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def _scale(value: float) -> float:
    """A 1..4 scorecard value as a percent (1 -> 0, 4 -> 100)."""
    return (value - 1) / 3 * 100


def _gauge(key: str, parts: Sequence[Part], step: NextStep) -> Gauge:
    known = [p.value for p in parts if p.value is not None]
    items = sum(len(p.items) for p in parts)
    enough = len(known) >= MIN_PARTS and items >= MIN_ITEMS
    return Gauge(key, GAUGE_NAMES[key], tuple(parts), _mean(known) if enough else None, step)


def ats(ev: Evidence) -> Gauge:
    latest: dict[str, object] = {}
    for scan in sorted(ev.scans, key=lambda s: s.when):
        latest[scan.target or scan.label] = scan
    scans = [s for s in ev.scans if latest.get(s.target or s.label) is s]
    items = tuple(
        Item(f"{s.label}: {s.rate:.0f}% (line {s.line:.0f}%)", NextStep("resume.history"))
        for s in scans
    )
    rate = Part("Match rate of the latest scans", _mean([s.rate for s in scans]), items)
    above = Part(
        "Targets at or above the line",
        _mean([100.0 * (s.rate >= s.line) for s in scans]),
        note="share of targets whose latest scan reaches the rule-of-thumb line",
    )
    return _gauge("ats", [rate, above], NextStep("resume.history"))


def _pass_part(ev: Evidence, kind: str, name: str, action: str) -> Part:
    """Problems passed among those attempted; each item opens its problem's page."""
    tried: dict[str, bool] = {}
    for a in ev.attempts:
        if a.kind == kind:
            tried[a.problem_id] = tried.get(a.problem_id, False) or a.passed
    items = tuple(
        Item(
            f"{pid}: {'passed' if ok else 'not passed yet'}", NextStep(action, {"problem_id": pid})
        )
        for pid, ok in tried.items()
    )
    value = _mean([100.0 * ok for ok in tried.values()])
    return Part(name, value, items, "problems passed among those attempted")


def _mock_part(ev: Evidence, kinds: Sequence[str], scales: Sequence[str], name: str) -> Part:
    rounds = [m for m in ev.mocks if m.kind in kinds]
    values = [_scale(m.scores[s]) for m in rounds for s in scales if s in m.scores]
    items = tuple(
        Item(
            f"{m.kind} mock: " + ", ".join(f"{s} {m.scores[s]}/4" for s in scales if s in m.scores),
            NextStep("mock.scorecard", {"round_id": str(m.round_id)}),
        )
        for m in rounds
    )
    return Part(name, _mean(values), items, "scorecard values, 1/4 = 0%, 4/4 = 100%")


def technical(ev: Evidence) -> Gauge:
    reviewed = [d for d in ev.designs if d.score is not None]
    parts = [
        _pass_part(ev, "code", "Coding pass rate", "practice.start"),
        _pass_part(ev, "sql", "SQL pass rate", "sql.start"),
        _pass_part(ev, "pandas", "pandas pass rate", "practice.start"),
        Part(
            "Pattern mastery from reviews",
            _mean([100 * m for _, m in ev.patterns]),
            note="mean recall probability over the patterns practised",
        ),
        Part(
            "Design review coverage",
            _mean([float(d.score or 0) for d in reviewed]),
            tuple(
                Item(
                    f"design session {d.session_id} ({d.prompt_id}): {d.score}%",
                    NextStep("design.sessions"),
                )
                for d in reviewed
            ),
        ),
        _mock_part(ev, ("coding", "sql", "design"), SCALE_TECH, "Mock technical scores"),
    ]
    return _gauge("technical", parts, NextStep("practice.list"))


def behavioral(ev: Evidence) -> Gauge:
    scored = [s for s in ev.stories if s.score is not None]
    coverage = (
        round(100 * ev.signals_covered / ev.signals_total)
        if ev.signals_total and ev.stories
        else None
    )
    parts = [
        Part(
            "STAR coverage of the core signals",
            coverage,
            note=f"{ev.signals_covered} of {ev.signals_total} core signals have a story",
        ),
        Part(
            "Story scores",
            _mean([float(s.score or 0) for s in scored]),
            tuple(
                Item(f"story “{s.title}”: {s.score}/100", NextStep("stories.list")) for s in scored
            ),
        ),
        Part(
            "Timed answers",
            _mean([float(a.score) for a in ev.answers if a.score is not None]),
            tuple(
                Item(f"timed answer: {a.score}/100", NextStep("stories.questions"))
                for a in ev.answers
                if a.score is not None
            ),
        ),
        _mock_part(
            ev, ("behavioral",), ("communication", "problem_solving"), "Mock behavioral scores"
        ),
    ]
    return _gauge("behavioral", parts, NextStep("stories.list"))


def culture(ev: Evidence) -> Gauge:
    companies = ev.companies
    items = tuple(
        Item(
            f"{c.name}: research {c.research_percent}% complete",
            NextStep("applications.list_companies"),
        )
        for c in companies
    )
    parts = [
        Part(
            "Company research completeness", _mean([c.research_percent for c in companies]), items
        ),
        Part(
            "Questions prepared for the interviewer",
            _mean([100.0 * c.questions_ready for c in companies]),
            note="share of target companies whose research lists your questions",
        ),
        _mock_part(
            ev,
            ("coding", "sql", "design", "behavioral"),
            ("communication",),
            "Mock communication scores",
        ),
    ]
    return _gauge("culture", parts, NextStep("applications.list_companies"))


def all_gauges(ev: Evidence) -> tuple[Gauge, ...]:
    return (ats(ev), technical(ev), behavioral(ev), culture(ev))


def overall(gauges: Sequence[Gauge]) -> Overall:
    """The mean of the gauges, capped just above the weakest; none while one lacks evidence."""
    short = [g.name for g in gauges if g.value is None]
    if short:
        return Overall(None, None, "Too little evidence for: " + ", ".join(short) + ".")
    weakest = min(gauges, key=lambda g: g.value or 0)
    mean = sum(g.value or 0 for g in gauges) / len(gauges)
    cap = (weakest.value or 0) + CAP_ABOVE_WEAKEST
    value = round(min(mean, cap))
    reason = (
        f"Capped at {cap}%: {weakest.name} is the weakest filter."
        if mean > cap
        else f"The mean of the four gauges; {weakest.name} is the weakest."
    )
    return Overall(value, weakest.key, reason)


def trend(
    ev: Evidence, now: datetime, weeks: int = TREND_WEEKS
) -> list[tuple[str, dict[str, int | None]]]:
    """Each of the last `weeks` weeks (oldest first): its end date and the gauges then."""
    out = []
    for back in range(weeks - 1, -1, -1):
        end = now - timedelta(weeks=back)
        gauges = all_gauges(ev.until(end))
        values: dict[str, int | None] = {g.key: g.value for g in gauges}
        values["overall"] = overall(gauges).value
        out.append((end.date().isoformat(), values))
    return out
