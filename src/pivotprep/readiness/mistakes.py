"""The six mistakes career changers make, each a rule over the evidence. Pure.

Every rule states its thresholds in words (`rule`), lists the evidence it looked at, and
gives a fix with the page that does it and a plan task (title, hours) it can become. A
rule whose evidence does not exist yet says "no evidence yet" rather than fire or pass.
The absence rules (design basics, deployed project) wait until the candidate has logged
STARTED_MINUTES of practice in all, so a first visit is not a list of failures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pivotprep.core.errors import NextStep
from pivotprep.readiness.evidence import Evidence, Item

WINDOW_DAYS = 30
GRIND_CODING_SHARE = 0.70
GRIND_OTHER_SHARE = 0.10
GRIND_MIN_MINUTES = 120
STARTED_MINUTES = 60
EXPECTED_COVERAGE = {"junior": 50, "mid": 60, "senior": 70, "staff": 75}
CARD_RETENTION = 0.80
CARD_MIN_REVIEWS = 10
VAGUE_SHARE = 0.30
VAGUE_MIN_STORIES = 3
TEST_GIVER_LAST = 5
TEST_GIVER_SHARE = 0.5
CLARIFY_KINDS = ("coding", "sql", "design")


@dataclass(frozen=True)
class Finding:
    key: str
    title: str
    rule: str  # the thresholds, in words
    state: str  # "detected" | "clear" | "no evidence yet"
    evidence: tuple[Item, ...]
    fix: str
    step: NextStep
    task: tuple[str, float]  # the plan task the fix can become: (title, hours)

    @property
    def detected(self) -> bool:
        return self.state == "detected"


def _minutes(ev: Evidence, since: datetime) -> dict[str, float]:
    """Practice minutes since `since` by area: coding, data (SQL, pandas), design, behavioral."""
    out = {"coding": 0.0, "data": 0.0, "design": 0.0, "behavioral": 0.0}
    for a in ev.attempts:
        if a.when >= since:
            out["coding" if a.kind == "code" else "data"] += a.minutes
    out["design"] += sum(d.minutes for d in ev.designs if d.when >= since)
    out["design"] += sum(c.minutes for c in ev.cards if c.when >= since)
    out["behavioral"] += sum(a.minutes for a in ev.answers if a.when >= since)
    for m in ev.mocks:
        if m.when >= since:
            area = {"coding": "coding", "behavioral": "behavioral", "design": "design"}
            out[area.get(m.kind, "data")] += m.minutes
    return out


def _started(ev: Evidence) -> bool:
    return sum(_minutes(ev, datetime.min.replace(tzinfo=UTC)).values()) >= STARTED_MINUTES


def grinding(ev: Evidence, now: datetime) -> Finding:
    mins = _minutes(ev, now - timedelta(days=WINDOW_DAYS))
    total = sum(mins.values())
    coding = mins["coding"] / total if total else 0.0
    other = (mins["design"] + mins["behavioral"]) / total if total else 0.0
    state = "no evidence yet" if total < GRIND_MIN_MINUTES else "clear"
    if state == "clear" and coding >= GRIND_CODING_SHARE and other < GRIND_OTHER_SHARE:
        state = "detected"
    return Finding(
        "grinding",
        "Only grinding coding puzzles",
        f"Detected when, over the last {WINDOW_DAYS} days (at least {GRIND_MIN_MINUTES} "
        f"minutes of practice), {GRIND_CODING_SHARE:.0%} or more of the time went to coding "
        f"problems and under {GRIND_OTHER_SHARE:.0%} to design and behavioral.",
        state,
        tuple(
            Item(f"{area}: {m / 60:.1f} h ({m / total:.0%})" if total else f"{area}: 0 h")
            for area, m in mins.items()
        ),
        "Move two coding hours this week to a design session and a timed behavioral answer.",
        NextStep("design.list"),
        ("Swap coding time for one design session and two timed answers", 2.0),
    )


def design_basics(ev: Evidence, now: datetime) -> Finding:
    need = EXPECTED_COVERAGE.get(ev.level, EXPECTED_COVERAGE["mid"])
    reviewed = [d for d in ev.designs if d.score is not None]
    best = max((d.score or 0 for d in reviewed), default=None)
    recent = [c for c in ev.cards if c.when >= now - timedelta(days=WINDOW_DAYS)]
    retention = sum(c.correct for c in recent) / len(recent) if recent else None
    weak_cards = len(recent) >= CARD_MIN_REVIEWS and (retention or 0) < CARD_RETENTION
    if not _started(ev):
        state = "no evidence yet"
    else:
        state = "detected" if best is None or best < need or weak_cards else "clear"
    evidence = [
        Item(f"design session {d.session_id}: {d.score}% coverage", NextStep("design.sessions"))
        for d in reviewed
    ]
    if retention is not None:
        evidence.append(
            Item(
                f"card retention, last {WINDOW_DAYS} days: {retention:.0%} "
                f"of {len(recent)} reviews",
                NextStep("design.cards"),
            )
        )
    return Finding(
        "design_basics",
        "No system design basics",
        f"Detected when no reviewed design session reaches {need}% coverage (the line for "
        f"the {ev.level} level), or when card retention over the last {WINDOW_DAYS} days is "
        f"under {CARD_RETENTION:.0%} (with at least {CARD_MIN_REVIEWS} reviews).",
        state,
        tuple(evidence),
        "Do one timed design session through to its review, and the cards due each day.",
        NextStep("design.list"),
        ("Design session with review, then the day's cards", 1.5),
    )


def vague_stories(ev: Evidence, now: datetime) -> Finding:
    vague = [s for s in ev.stories if s.missing_result or s.missing_number]
    share = len(vague) / len(ev.stories) if ev.stories else 0.0
    if len(ev.stories) < VAGUE_MIN_STORIES:
        state = "no evidence yet"
    else:
        state = "detected" if share > VAGUE_SHARE else "clear"
    return Finding(
        "vague_stories",
        "Vague or non-STAR answers",
        f"Detected when over {VAGUE_SHARE:.0%} of your stories (at least "
        f"{VAGUE_MIN_STORIES}) miss a result or a number.",
        state,
        tuple(
            Item(
                f"“{s.title}”: " + ("no result" if s.missing_result else "no number"),
                NextStep("stories.list"),
            )
            for s in vague
        ),
        "Give each of these stories a result with a number (time saved, errors cut, money).",
        NextStep("stories.list"),
        ("Add a measured result to each vague story", 1.0),
    )


def research(ev: Evidence, now: datetime) -> Finding:
    applied = [c for c in ev.companies if c.applied]
    empty = [c for c in applied if c.mostly_empty]
    state = "no evidence yet" if not applied else ("detected" if empty else "clear")
    return Finding(
        "research",
        "Ignoring company research",
        "Detected when any company you applied to has a research file that is mostly "
        "empty (fewer sections done than the checklist's line).",
        state,
        tuple(
            Item(
                f"{c.name}: research {c.research_percent}% complete",
                NextStep("applications.list_companies"),
            )
            for c in empty
        ),
        "Fill the research file of each company you applied to before its first interview.",
        NextStep("applications.list_companies"),
        ("Complete the research file of each applied company", 1.0),
    )


def deployed(ev: Evidence, now: datetime) -> Finding:
    checks = ev.portfolio
    good = [p for p in checks or () if p.serves_api or p.real_data]
    if checks is None or not _started(ev):
        state = "no evidence yet"
    else:
        state = "clear" if good else "detected"
    return Finding(
        "deployed",
        "No deployed project or real data",
        "Detected when no portfolio check shows a project that serves an API or uses real data.",
        state,
        tuple(
            Item(
                f"{p.name}: "
                + ("serves an API" if p.serves_api else "no API")
                + ", "
                + ("real data" if p.real_data else "no real data")
            )
            for p in checks or ()
        ),
        "Deploy one small project that answers requests, built on a public data set.",
        NextStep("plan.week"),
        ("Deploy one project serving an API on real data", 4.0),
    )


def test_giver(ev: Evidence, now: datetime) -> Finding:
    last = sorted(ev.mocks, key=lambda m: m.when)[-TEST_GIVER_LAST:]
    silent = [
        m for m in last if (m.kind in CLARIFY_KINDS and m.clarifying == 0) or not m.closing_question
    ]
    if not last:
        state = "no evidence yet"
    else:
        state = "detected" if len(silent) / len(last) >= TEST_GIVER_SHARE else "clear"
    return Finding(
        "test_giver",
        "Treating the interviewer as a test-giver",
        f"Detected when {TEST_GIVER_SHARE:.0%} or more of your last {TEST_GIVER_LAST} mocks "
        "had no clarifying question (coding, SQL, design) or no question at the close.",
        state,
        tuple(
            Item(
                f"{m.kind} mock: {m.clarifying} clarifying question(s), "
                + ("a question" if m.closing_question else "no question")
                + " at the close",
                NextStep("mock.scorecard", {"round_id": str(m.round_id)}),
            )
            for m in silent
        ),
        "In the next mock, ask two clarifying questions before working and one at the close.",
        NextStep("mock.plan"),
        ("Mock round: clarify first, ask at the close", 1.0),
    )


RULES: tuple[Callable[[Evidence, datetime], Finding], ...] = (
    grinding,
    design_basics,
    vague_stories,
    research,
    deployed,
    test_giver,
)


def findings(ev: Evidence, now: datetime) -> tuple[Finding, ...]:
    return tuple(rule(ev, now) for rule in RULES)
