"""The behavioral content packs load, validate and cover what the issue asks for."""

from __future__ import annotations

import re

from pivotprep.stories.explain import load_concepts
from pivotprep.stories.questions import LEVELS, find_questions, load_questions, load_signals

REQUIRED_SIGNALS = {
    "motivation",
    "proactivity",
    "ambiguity",
    "perseverance",
    "conflict-resolution",
    "stakeholder-management",
    "learning-fast",
    "communication",
    "leadership",
    "data-driven",
    "customer-focus",
}


def test_every_required_signal_is_core_with_all_three_levels():
    signals = load_signals()
    assert {s.id for s in signals.values() if s.core} >= REQUIRED_SIGNALS
    for signal in signals.values():
        assert set(signal.look_for) == set(LEVELS)
        assert all(len(text) > 30 for text in signal.look_for.values())


def test_question_bank_has_80_tagged_questions_and_the_career_changer_ones():
    questions = load_questions()
    assert len(questions) >= 80
    texts = " ".join(q.text.lower() for q in questions.values())
    assert "why are you leaving your previous career for this role" in texts
    assert "learned a technical skill fast" in texts
    assert "how does your past experience help" in texts
    assert len(find_questions(kind="career-change")) >= 10
    for size in ("small", "mid", "large"):
        assert len(find_questions(size=size)) >= 5
    for signal in REQUIRED_SIGNALS:
        assert len(find_questions(signal=signal)) >= 5, signal


def test_at_least_20_concepts_with_business_angle_and_jargon():
    concepts = load_concepts()
    assert len(concepts) >= 20
    assert {
        "f1-score",
        "p-value",
        "overfitting",
        "data-drift",
        "database-index",
        "caching",
        "eventual-consistency",
    } <= set(concepts)


def test_career_change_questions_name_no_particular_past_career():
    """Any profile practises them: "leaving teaching" would be wrong for a nurse."""
    careers = re.compile(
        r"\b(teaching(?! yourself)|teacher|nursing|nurse|finance|accounting|military|"
        r"army|retail|sales|healthcare|data engineering)\b",
        re.IGNORECASE,
    )
    for question in find_questions(kind="career-change"):
        assert not careers.search(question.text), question.id
