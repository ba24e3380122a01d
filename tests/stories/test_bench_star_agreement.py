"""The agreement bench between the outside STAR set's two labellers: kappa, the figures
it prints and its refusal of a second labelling that does not check clean."""

from __future__ import annotations

from tests.stories.bench_modules import load_bench

star = load_bench("star_eval_data")
outside = load_bench("bench_stories_outside")
agreement = load_bench("bench_star_agreement")


def test_kappa_is_one_for_identical_calls_and_zero_at_chance():
    assert agreement.kappa([(True, True), (False, False), (True, True)]) == 1.0
    assert agreement.kappa([(True, True), (True, False), (False, True), (False, False)]) == 0.0
    assert agreement.kappa([(False, False), (False, False)]) is None
    assert agreement.kappa([]) is None


def test_the_bench_prints_per_code_micro_and_rating_figures(capsys):
    assert agreement.main([]) == 0
    out = capsys.readouterr().out
    assert "substantive (micro)" in out and "too_short" in out
    assert "ratings: Spearman" in out and "within one" in out
    assert "disagreements (A = main.yaml, B = second.yaml):" in out
    assert agreement.main(["--figures-only"]) == 0
    assert "disagreements" not in capsys.readouterr().out


def test_the_bench_refuses_a_second_labelling_with_problems(monkeypatch, capsys):
    def broken(stories, path=None):  # type: ignore[no-untyped-def]
        return [], ["x: vague_actions quote not in text: 'y'"]

    monkeypatch.setattr(agreement, "load_second", broken)
    assert agreement.main(["--figures-only"]) == 1
    assert "PROBLEM x: vague_actions quote not in text" in capsys.readouterr().out


def test_the_codes_compared_are_the_outside_bench_substantive_codes():
    codes = outside.substantive_codes()
    assert "too_short" not in codes and "too_long" not in codes
    assert {"long_setup", "off_topic", "vague_actions"} <= set(codes)
    assert len(codes) == len(set(codes)) == len(star.CODES) - 2
