"""The outside STAR set's loader: licence rule, reference-only entries and their hashes."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from tests.stories.bench_modules import load_bench

star = load_bench("star_eval_data")

TEXT = (
    "Situation: our ward ran short of nurses. I rebuilt the rota in a day.\n"
    "Result: no shift went uncovered."
)

SPAN_START = TEXT.index("no shift")


def _entry(text: str) -> dict:
    return {
        "id": "ref-1",
        "source": "x",
        "split": "independent",
        "domain": "healthcare",
        "format": "headings-prose",
        "rating": 4,
        "rating_reason": "r",
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "findings": [
            {"code": "unquantified_result", "spans": [[TEXT.index("no shift"), len(TEXT)]]}
        ],
        "roles": "SAR",
    }


def test_main_set_keeps_only_permissively_licensed_text_and_checks_clean(capsys):
    licences = star.source_licences()
    loaded = star.load_checked("main.yaml")
    assert len(loaded.stories) >= 80 and not loaded.skipped and not loaded.problems
    for story in loaded.stories:
        assert licences[story.source].startswith(star.PERMISSIVE)
        assert star.problems(story, {"tune", "heldout"}, set(licences)) == []
    assert star.main([]) == 0
    missing = len(star.load_checked("independent.yaml").skipped)  # texts not fetched here
    if missing:
        assert f"skipped {missing} without text" in capsys.readouterr().out


def test_independent_set_keeps_no_text_and_is_skipped_without_fetched_texts(tmp_path):
    loaded = star.load_checked("independent.yaml", tmp_path)
    assert loaded.stories == [] and len(loaded.skipped) == 15 and loaded.problems == []


def test_a_fetched_text_is_rebuilt_from_hash_spans_and_roles(tmp_path):
    (tmp_path / "ref-1.txt").write_text(TEXT, encoding="utf-8")
    text, problem = star._reference_text(_entry(TEXT), tmp_path)
    assert problem is None
    story = star._story(_entry(TEXT), text)
    assert story.findings == {"unquantified_result": ("no shift went uncovered.",)}
    assert [role for _, role in story.sentences] == ["S", "A", "R"]
    assert story.sentences[1][0] == "I rebuilt the rota in a day."


def test_a_fetched_text_that_differs_from_the_hash_is_a_problem(tmp_path):
    (tmp_path / "ref-1.txt").write_text(TEXT + " Edited.", encoding="utf-8")
    text, problem = star._reference_text(_entry(TEXT), tmp_path)
    assert text is None and "does not match text_sha256" in problem
    assert star._reference_text(_entry(TEXT), tmp_path / "empty") == (None, None)


def test_the_second_labelling_covers_the_held_out_half_and_checks_clean():
    stories = star.load("main.yaml")
    labels, problems = star.load_second(stories)
    assert problems == []
    assert sorted(label.id for label in labels) == sorted(
        s.id for s in stories if s.split == "heldout" and s.round is None
    )


def test_a_later_round_is_marked_split_in_halves_and_outside_the_second_labelling(tmp_path):
    stories = star.load("main.yaml")
    third = [s for s in stories if s.round == 3]
    assert len(third) >= 24
    assert sum(s.split == "heldout" for s in third) == sum(s.split == "tune" for s in third)
    assert all(s.sentences for s in third)
    assert {s.round for s in stories} == {None, 3, 4, 5, 6, 7, 8}
    for number, least in ((4, 20), (5, 20), (6, 16), (7, 16), (8, 14)):
        later = [s for s in stories if s.round == number]
        assert len(later) >= least and all(s.sentences for s in later)
        held_out = sum(s.split == "heldout" for s in later)
        assert abs(held_out - (len(later) - held_out)) <= 1
    path = tmp_path / "second.yaml"
    held = next(s for s in third if s.split == "heldout")
    path.write_text(f"- id: {held.id}\n  rating: 3\n  rating_reason: r\n", encoding="utf-8")
    _, problems = star.load_second(stories, path)
    assert f"{held.id}: the second labelling covers held-out stories without a round" in problems
    assert not any(s.id in " ".join(problems) for s in third if s.id != held.id)


def test_a_round_that_is_not_a_positive_integer_is_a_problem():
    story = next(s for s in star.load("main.yaml") if s.round == 3)
    sources = star.source_keys()
    for bad in (0, "3", 2.5):
        problems = star.problems(replace(story, round=bad), {"tune", "heldout"}, sources)
        assert problems == [f"{story.id}: round {bad!r}: a positive integer, or no round field"]


def test_a_second_label_whose_quote_is_not_in_the_text_is_a_problem(tmp_path):
    stories = [s for s in star.load("main.yaml") if s.split == "heldout"]
    story = stories[0]
    path = tmp_path / "second.yaml"
    path.write_text(
        f"- id: {story.id}\n  rating: 3\n  rating_reason: r\n  findings:\n"
        "  - code: vague_actions\n    quotes: [a phrase the story never says]\n"
        "  - code: missing_task\n    quotes: [a quote on a finding that takes none]\n"
        "- id: no-such-story\n  rating: 6\n  rating_reason: r\n",
        encoding="utf-8",
    )
    _, problems = star.load_second(stories, path)
    text = "\n".join(problems)
    assert f"{story.id}: vague_actions quote not in text" in text
    assert f"{story.id}: missing_task takes no quotes" in text
    assert "no-such-story: not a story of main.yaml" in text
    assert f"{stories[1].id}: held-out story without a second label" in text
    if story.words < 120:
        assert f"{story.id}: too_short missing" in text
