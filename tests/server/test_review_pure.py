"""Anchors and review times, without a database: how a snapshot is cut into sentences or
lines, how big it may be, and the median and oldest waits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pivotprep.server.anchors import (
    MAX_QUOTE,
    MAX_SNAPSHOT,
    MAX_UNITS,
    bounded_snapshot,
    quote,
    sentences,
    units,
)
from pivotprep.server.review_times import duration_text, review_times

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def test_prose_is_cut_into_sentences_but_not_at_abbreviations_or_decimals():
    line = (
        "I was asked, e.g. by the head, to find out why! Did it work? "
        "Yes (mostly). Dr. Okafor agreed. Attendance rose 12.5%."
    )
    assert sentences(line) == [
        "I was asked, e.g. by the head, to find out why!",
        "Did it work?",
        "Yes (mostly).",
        "Dr. Okafor agreed.",
        "Attendance rose 12.5%.",
    ]


def test_each_line_of_prose_starts_a_new_sentence_and_blank_lines_are_no_units():
    text = "Situation: the school. It was big\n\nTask: find out why"
    assert units(text, "sentences") == [
        "Situation: the school.",
        "It was big",
        "Task: find out why",
    ]


def test_reports_are_cut_into_lines_with_their_indentation():
    assert units("# Report\n\n  - tests: 3 failed. Fix them.\n", "lines") == [
        "# Report",
        "  - tests: 3 failed. Fix them.",
    ]


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="not a review mode"):
        units("x", "words")


def test_a_long_snapshot_is_cut_at_a_line_end_and_says_so():
    text = "\r\n".join(f"Line {i} " + "x" * 90 for i in range(1000))
    snap = bounded_snapshot(text)
    assert len(snap) < MAX_SNAPSHOT + 200 and "\r" not in snap
    body, note = snap.rsplit("\n", 1)
    assert note.startswith("(The rest was cut") and body.endswith("x" * 90)


def test_units_and_quotes_are_bounded():
    assert len(units("Go. " * 5000, "sentences")) == MAX_UNITS
    assert len(units("A. " * 5000, "sentences")) == 1  # initials end no sentence
    assert units("." * MAX_SNAPSHOT, "sentences") == ["." * MAX_SNAPSHOT]
    assert units("Wait... what?! Yes.", "sentences") == ["Wait...", "what?!", "Yes."]
    long = quote("word " * 500)
    assert len(long) == MAX_QUOTE and long.endswith("\u2026")
    assert quote("  two   spaces\n") == "two spaces"


@given(st.text(max_size=3000))
def test_the_same_snapshot_always_gives_the_same_units_and_each_is_in_it(text):
    snap = bounded_snapshot(text)
    for mode in ("sentences", "lines"):
        cut = units(snap, mode)
        assert cut == units(snap, mode)
        assert all(u.strip() and u.strip() in snap for u in cut)


def test_review_times_take_the_median_first_answer_and_the_oldest_open_wait():
    asked = [NOW - timedelta(hours=h) for h in (10, 8, 6, 30, 2)]
    rows = [
        (asked[0], asked[0] + timedelta(hours=1), False),
        (asked[1], asked[1] + timedelta(hours=3), True),
        (asked[2], asked[2] + timedelta(hours=5), True),
        (asked[3], None, True),  # waiting 30 h
        (asked[4], None, False),  # closed by the learner unanswered: not waiting
    ]
    times = review_times(rows, NOW)
    assert (times.answered, times.median) == (3, timedelta(hours=3))
    assert (times.waiting, times.oldest_waiting) == (1, timedelta(hours=30))


def test_no_request_gives_no_figure():
    times = review_times([], NOW)
    assert (times.answered, times.median, times.waiting, times.oldest_waiting) == (
        0,
        None,
        0,
        None,
    )


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (None, "none yet"),
        (timedelta(minutes=40, seconds=59), "40 min"),
        (timedelta(hours=3, minutes=5), "3 h 5 min"),
        (timedelta(days=1, hours=4, minutes=59), "1 day 4 h"),
        (timedelta(days=9), "9 days 0 h"),
    ],
)
def test_waits_read_at_a_glance(span, text):
    assert duration_text(span) == text
