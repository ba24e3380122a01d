"""The outside STAR bench's options: one half at a time, per-story details for the tune
half only, and the tune half told without its STAR headings."""

from __future__ import annotations

import pytest

from tests.stories.bench_modules import load_bench

star = load_bench("star_eval_data")
bench = load_bench("bench_stories_outside")


def _story(text: str):  # type: ignore[no-untyped-def]
    return star.Story(
        id="x",
        source="s",
        split="tune",
        question="",
        domain="software",
        format="headings-bullets",
        rating=3,
        rating_reason="",
        findings={},
        sentences=(("Situation: our ward ran short of nurses.", "S"),),
        text=text,
    )


def test_headings_are_removed_and_the_rest_of_each_line_kept() -> None:
    text = (
        "- **Situation:** Our ward ran short of nurses.\n"
        "[Action]\n"
        "1. Rebuilt the rota in a day.\n"
        "R: No shift went uncovered.\n"
        "Result (what changed):\n"
        "Sick days fell by a third.\n"
        "Resulting calm: the team stayed."
    )
    prose = bench.without_headings(_story(text))
    assert prose.text == (
        "- Our ward ran short of nurses.\n"
        "\n"
        "1. Rebuilt the rota in a day.\n"
        "No shift went uncovered.\n"
        "\n"
        "Sick days fell by a third.\n"
        "Resulting calm: the team stayed."
    )
    assert prose.sentences == ()


def test_details_are_for_the_tune_half_only(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--details"], ["--split", "heldout", "--details"], ["--no-headings"]):
        with pytest.raises(SystemExit):
            bench.main(argv)
        assert "tune half only" in capsys.readouterr().err


def test_round_keeps_the_stories_marked_with_it_and_is_off_by_default() -> None:
    stories = star.load("main.yaml")
    assert bench.of_round(stories, None) == stories
    third = bench.of_round(stories, 3)
    assert third and all(s.round == 3 for s in third)
    assert bench.of_round(stories, 1) == []
    first = bench.of_round(stories, 0)  # the first collections carry no round
    assert first and all(s.round is None for s in first)
