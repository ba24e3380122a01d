"""VP explain drills: textstat works offline and the parts are scored with evidence."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pivotprep.core.errors import InputTooLargeError, ValidationError
from pivotprep.stories.explain import get_concept, score_explanation

PLAIN = (
    "Think of the fraud filter like airport security. Accuracy alone fools us, because fraud "
    "is rare: a filter that flags nothing would still be right almost every time. This score "
    "checks two things at once: how much fraud we catch, and how often we stop honest "
    "customers by mistake. That matters because every missed fraud costs money and every false "
    "alarm annoys a paying customer."
)
JARGON = (
    "F1 is the harmonic mean of precision and recall, computed from the confusion matrix, "
    "so it is robust to class imbalance, unlike accuracy, which is dominated by true "
    "negatives when the positive class prior is small and the decision threshold is fixed."
)


def test_reading_grade_works_offline_without_loading_nltk():
    # In a fresh process: textstat computes the grade with pyphen's bundled dictionary, and
    # NLTK (whose CMU dictionary textstat would download) is never even loaded.
    code = (
        "import sys\n"
        "from pivotprep.stories.explain import reading_grade\n"
        "easy = reading_grade('The cat sat on the mat. It was happy there.')\n"
        f"hard = reading_grade({JARGON!r})\n"
        "assert easy < 4 < 12 < hard, (easy, hard)\n"
        "assert type(sys.modules['nltk']).__name__ == '_DeferredModule'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_plain_answer_with_business_impact_scores_high():
    result = score_explanation(get_concept("f1-score"), PLAIN)
    parts = {p.name: p.points for p in result.parts}
    assert parts == {"Reading grade": 25, "Jargon": 25, "Length": 20, "Why it matters": 30}
    assert result.score == 100


def test_a_jargon_answer_is_marked_down_with_the_terms_quoted():
    result = score_explanation(get_concept("f1-score"), JARGON)
    jargon = next(p for p in result.parts if p.name == "Jargon")
    assert jargon.points == 0
    assert "“harmonic mean”" in jargon.evidence and "“confusion matrix”" in jargon.evidence
    matters = next(p for p in result.parts if p.name == "Why it matters")
    assert matters.points == 0 and "Connect it to the business" in matters.advice
    assert result.score < 40


def test_bad_answers_are_clear_errors():
    concept = get_concept("caching")
    with pytest.raises(ValidationError, match="empty"):
        score_explanation(concept, "   ")
    with pytest.raises(InputTooLargeError, match="keep it under"):
        score_explanation(concept, "word " * 5000)
    with pytest.raises(ValidationError, match="English"):
        score_explanation(
            concept,
            "Der Zwischenspeicher hält häufig abgefragte Daten bereit, "
            "damit die Seite schneller lädt und Kosten sinken.",
        )


def test_a_short_chinese_or_a_huge_spaceless_answer_is_refused_clearly():
    concept = get_concept("caching")
    with pytest.raises(ValidationError, match="English"):
        score_explanation(concept, "缓存把常用的数据放在近处，页面更快，成本更低。")
    with pytest.raises(InputTooLargeError, match="6,000 characters"):
        score_explanation(concept, "缓" * 6000)
