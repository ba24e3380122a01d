"""Checking typed card answers and the rating they earn (never a self-rating alone)."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.design.cards.check import AGAIN, EASY, GOOD, HARD, CardSpec, check, rate

CLOZE = CardSpec("cloze", answers=("write-through", "write through"))
NUMBER = CardSpec("number", value=86400, unit="seconds", tolerance=0.01)
BYTES = CardSpec("number", value=1.5e11, unit="bytes", tolerance=0.1)
CHOICE = CardSpec("choice", options=("LRU", "LFU", "FIFO"), correct=1)


@pytest.mark.parametrize("answer", ["write-through", "Write Through", " the write-through. "])
def test_cloze_accepts_its_answers_whatever_the_case_spacing_or_article(answer):
    checked = check(CLOZE, answer)
    assert checked.correct and not checked.near_miss


def test_a_near_miss_is_right_but_rated_hard():
    checked = check(CLOZE, "write-thorugh")
    assert checked.correct and checked.near_miss
    assert rate(checked, 5.0)[0] == HARD


def test_a_wrong_cloze_is_again_and_names_the_answer():
    rating, why = rate(check(CLOZE, "write-behind"), 3.0)
    assert rating == AGAIN and "write-through" in why


@pytest.mark.parametrize("answer", ["86400", "86,400 s", "86.4k", "1 day", "1440 minutes"])
def test_numbers_are_read_with_units(answer):
    assert check(NUMBER, answer).correct


def test_byte_numbers_need_their_magnitude():
    assert check(BYTES, "150 GB").correct
    assert not check(BYTES, "150 MB").correct


@pytest.mark.parametrize("answer", ["b", "B", "2", "lfu"])
def test_choice_by_letter_number_or_text(answer):
    assert check(CHOICE, answer).correct


@pytest.mark.parametrize(
    ("spec", "answer", "words"),
    [
        (NUMBER, "a lot", "Type a number"),
        (CHOICE, "z", "letters"),
        (CLOZE, "   ", "empty"),
        (CLOZE, "x" * 400, "at most"),
    ],
)
def test_unreadable_answers_are_refused_not_graded(spec, answer, words):
    with pytest.raises(ValidationError, match=words):
        check(spec, answer)


def test_rating_comes_from_correctness_and_time_and_guessing_only_lowers_it():
    right = check(CLOZE, "write-through")
    assert rate(right, 4.0)[0] == EASY
    assert rate(right, 20.0)[0] == GOOD
    assert rate(right, None)[0] == GOOD
    assert rate(right, 90.0) == (HARD, "right, but it took 90 s")
    assert rate(right, 4.0, guessed=True)[0] == HARD
    wrong = check(CLOZE, "cache-aside")
    assert rate(wrong, 2.0, guessed=True)[0] == AGAIN  # a claim cannot raise a rating
