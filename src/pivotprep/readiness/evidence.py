"""The facts readiness is computed from, as plain values. Pure.

`service.py` fills an `Evidence` from the other features' services; the rules (gauges.py,
mistakes.py) read only these values, so tests and the bench build histories by hand.
Every fact carries when it happened, so the same rules give the trend by week.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from pivotprep.core.errors import NextStep


@dataclass(frozen=True)
class Item:
    """One piece of evidence a gauge or a rule rests on, and the page that shows it."""

    text: str
    step: NextStep | None = None


@dataclass(frozen=True)
class ScanFact:
    label: str  # "resume v2 against Acme's posting"
    rate: float  # match rate, percent
    line: float  # the rule-of-thumb line, percent
    when: datetime
    scan_id: int
    target: str = ""  # which posting: the latest scan per target counts


@dataclass(frozen=True)
class AttemptFact:
    problem_id: str
    kind: str  # code | sql | pandas
    when: datetime
    minutes: float
    passed: bool


@dataclass(frozen=True)
class DesignFact:
    session_id: int
    prompt_id: str
    when: datetime
    minutes: float
    score: int | None  # review coverage, percent; None while not reviewed


@dataclass(frozen=True)
class CardFact:
    when: datetime
    correct: bool
    minutes: float


@dataclass(frozen=True)
class StoryFact:
    story_id: int
    title: str
    when: datetime
    score: int | None  # the analyzer's score (0..100); None when it could not read it
    missing_result: bool
    missing_number: bool


@dataclass(frozen=True)
class AnswerFact:
    """A timed behavioral answer."""

    when: datetime
    minutes: float
    score: int | None


@dataclass(frozen=True)
class MockFact:
    round_id: int
    kind: str  # coding | sql | design | behavioral
    when: datetime
    minutes: float
    scores: dict[str, int]  # scale -> 1..4
    clarifying: int  # clarifying questions asked
    closing_question: bool  # a real question asked at the close


@dataclass(frozen=True)
class CompanyFact:
    company_id: int
    name: str
    when: datetime
    research_percent: int
    mostly_empty: bool
    questions_ready: bool
    applied: bool


@dataclass(frozen=True)
class PortfolioFact:
    name: str
    when: datetime
    serves_api: bool
    real_data: bool


@dataclass(frozen=True)
class Evidence:
    level: str = "mid"
    signals_covered: int = 0
    signals_total: int = 0
    scans: tuple[ScanFact, ...] = ()
    attempts: tuple[AttemptFact, ...] = ()
    patterns: tuple[tuple[str, float], ...] = ()  # pattern -> mastery (0..1), practised ones
    designs: tuple[DesignFact, ...] = ()
    cards: tuple[CardFact, ...] = ()
    stories: tuple[StoryFact, ...] = ()
    answers: tuple[AnswerFact, ...] = ()
    mocks: tuple[MockFact, ...] = ()
    companies: tuple[CompanyFact, ...] = ()
    portfolio: tuple[PortfolioFact, ...] | None = None  # None: no portfolio evidence at all
    notes: tuple[str, ...] = field(default_factory=tuple)

    def until(self, when: datetime) -> Evidence:
        """The history as it stood at `when` (for the trend by week)."""
        return replace(
            self,
            scans=tuple(f for f in self.scans if f.when <= when),
            attempts=tuple(f for f in self.attempts if f.when <= when),
            designs=tuple(f for f in self.designs if f.when <= when),
            cards=tuple(f for f in self.cards if f.when <= when),
            stories=tuple(f for f in self.stories if f.when <= when),
            answers=tuple(f for f in self.answers if f.when <= when),
            mocks=tuple(f for f in self.mocks if f.when <= when),
            companies=tuple(f for f in self.companies if f.when <= when),
            portfolio=None
            if self.portfolio is None
            else tuple(f for f in self.portfolio if f.when <= when),
        )
