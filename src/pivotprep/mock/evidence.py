"""What a run or an answer leaves as evidence, computed when it happens (by the judges and
analyzers of the other features) and stored in the round's events, so a scorecard can be
computed, and recomputed, from the events alone."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

MESSAGE_CHARS = 300
_WORD = re.compile(r"[a-z]{4,}")
_STOPWORDS = (
    "about after again also been being could does from have into just like more most "
    "much must only other over same some such than that their them then there these "
    "they this those through time very were what when where which while will with "
    "would your tell give walk example"
)
_STOP = frozenset(_STOPWORDS.split(" "))


def judge(session: Session, kind: str, item_id: str, code: str) -> dict[str, Any]:
    """Judge code with the coding judge, or a query with the SQL judge."""
    if kind == "sql":
        from pivotprep.sql import service as sql

        verdict = sql.submit(session, item_id, code)
        return {
            "passed": verdict.passed,
            "cases_passed": 1 if verdict.passed else 0,
            "cases_total": 1,
            "complexity": None,
            "message": (verdict.message or "")[:MESSAGE_CHARS],
        }
    from pivotprep.practice import service as practice

    submission = practice.run_code(session, item_id, code)
    result = submission.result
    failed = next((c for c in result.tests if not c.passed), None)
    message = result.message or (
        f"{failed.name}: {failed.message or failed.status}" if failed else "Every case passed."
    )
    return {
        "passed": result.passed,
        "cases_passed": sum(1 for c in result.tests if c.passed),
        "cases_total": len(result.tests),
        "complexity": submission.comparison.verdict if submission.comparison else None,
        "message": message[:MESSAGE_CHARS],
    }


def relevance(question: str, answer: str) -> float:
    """The share of the question's content words the answer uses (0..1)."""
    asked = {w for w in _WORD.findall(question.lower()) if w not in _STOP}
    if not asked:
        return 1.0
    said = set(_WORD.findall(answer.lower()))
    hits = sum(1 for w in asked if w in said or any(s.startswith(w[:5]) for s in said))
    return round(hits / len(asked), 2)


def analyse(kind: str, item_id: str, text: str) -> dict[str, Any]:
    """A design answer's rubric coverage, or a behavioral answer's STAR analysis."""
    if kind == "design":
        from pivotprep.design import service as design

        review = design.review_text(item_id, text)
        return {
            "words": review.words,
            "coverage": review.score,
            "covered": review.counts.get("covered", 0),
            "partly": review.counts.get("partly", 0),
            "missing": [i.title for i in review.items if i.status == "missing"],
            "tradeoffs": len(review.tradeoffs),
        }
    from pivotprep.mock.scripts import item_title
    from pivotprep.stories import service as stories

    result = stories.analyze_text(text, None)
    analysis = result.analysis
    base = {"words": len(text.split()), "relevance": relevance(item_title(kind, item_id), text)}
    if analysis is None:
        return {**base, "score": 0, "missing": [], "findings": [], "notice": result.notice}
    return {
        **base,
        "score": analysis.score,
        "missing": [c.name for c in analysis.components if c.status != "present"],
        "findings": sorted(analysis.codes),
    }
