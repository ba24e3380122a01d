"""Fixture histories written by hand: one healthy candidate on whom no mistake fires, and
one history per mistake, each the healthy one changed in the one way that makes it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from pivotprep.readiness.evidence import (
    AnswerFact,
    AttemptFact,
    CardFact,
    CompanyFact,
    DesignFact,
    Evidence,
    MockFact,
    PortfolioFact,
    ScanFact,
    StoryFact,
)

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _mock(i: int, kind: str, clarifying: int = 2, closing: bool = True) -> MockFact:
    scores = {"technical": 3, "problem_solving": 3, "communication": 3}
    return MockFact(i, kind, ago(2 + i), 45.0, scores, clarifying, closing)


def healthy() -> Evidence:
    """Balanced practice, a well-reviewed design session, measured stories, researched
    applications, a deployed project and mocks with questions."""
    return Evidence(
        level="mid",
        signals_covered=5,
        signals_total=6,
        scans=tuple(ScanFact(f"cv v2 against job {i}", 82.0, 80.0, ago(5), i) for i in range(3)),
        attempts=tuple(
            AttemptFact(f"p{i}", "code" if i % 2 else "sql", ago(i + 1), 45.0, i % 3 != 0)
            for i in range(10)
        ),
        patterns=(("two-pointers", 0.8), ("hashing", 0.7)),
        designs=(
            DesignFact(1, "url-shortener", ago(4), 60.0, 72),
            DesignFact(2, "feed", ago(10), 60.0, 65),
        ),
        cards=tuple(CardFact(ago(i), i % 10 != 0, 1.0) for i in range(20)),
        stories=tuple(StoryFact(i, f"story {i}", ago(7), 75, False, False) for i in range(5)),
        answers=tuple(AnswerFact(ago(i + 1), 30.0, 70) for i in range(4)),
        mocks=(_mock(1, "coding"), _mock(2, "behavioral"), _mock(3, "design")),
        companies=(
            CompanyFact(1, "Acme", ago(3), 90, False, True, True),
            CompanyFact(2, "Globex", ago(3), 80, False, True, True),
        ),
        portfolio=(PortfolioFact("rides-api", ago(20), True, True),),
    )


def grinding() -> Evidence:
    base = healthy()
    coding = tuple(AttemptFact(f"c{i}", "code", ago(i % 25), 90.0, True) for i in range(40))
    return replace(base, attempts=coding)


def design_basics() -> Evidence:
    base = healthy()
    return replace(base, designs=(DesignFact(1, "url-shortener", ago(4), 60.0, 40),))


def vague_stories() -> Evidence:
    base = healthy()
    stories = (
        StoryFact(1, "migration", ago(3), 60, True, True),
        StoryFact(2, "outage", ago(3), 62, False, True),
        StoryFact(3, "mentoring", ago(3), 80, False, False),
        StoryFact(4, "budget", ago(3), 81, False, False),
    )
    return replace(base, stories=stories)


def research() -> Evidence:
    base = healthy()
    return replace(
        base, companies=(*base.companies, CompanyFact(3, "Initech", ago(2), 10, True, False, True))
    )


def deployed() -> Evidence:
    return replace(healthy(), portfolio=(PortfolioFact("notebook", ago(20), False, False),))


def test_giver() -> Evidence:
    base = healthy()
    silent = (
        _mock(1, "coding", 0, False),
        _mock(2, "sql", 0, True),
        _mock(3, "behavioral", 0, False),
        _mock(4, "design", 2, True),
    )
    return replace(base, mocks=silent)


MISTAKES = {
    "grinding": grinding,
    "design_basics": design_basics,
    "vague_stories": vague_stories,
    "research": research,
    "deployed": deployed,
    "test_giver": test_giver,
}
