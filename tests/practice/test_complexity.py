"""Complexity fitting (practice/complexity.py) on synthetic, noisy curves. Pure."""

from __future__ import annotations

import math
import random

import pytest

from pivotprep.practice import complexity as cx

SIZES = [1000, 2000, 4000, 8000, 16000, 32000]
CURVES = {
    "1": lambda n: 1.0,
    "log n": lambda n: math.log(n),
    "n": lambda n: n,
    "n log n": lambda n: n * math.log(n),
    "n^2": lambda n: n * n,
    "n^3": lambda n: n**3,
}


@pytest.mark.parametrize("label", list(CURVES))
def test_fit_recovers_the_class_under_noise(label):
    rng = random.Random(label)
    f = CURVES[label]
    scale = 0.005 / f(SIZES[-1])
    samples = [
        [scale * f(n) * (1 + rng.uniform(-0.05, 0.05)) + 2e-5 for _ in range(3)] for n in SIZES
    ]
    fit = cx.fit(SIZES, samples)
    assert fit.accepts(label) or fit.label == label, (fit.label, fit.near, fit.residuals)


def test_exponential_sizes_do_not_overflow():
    sizes = [8, 10, 12, 14, 16, 18]
    samples = [[1e-7 * 2**n] for n in sizes]
    assert cx.fit(sizes, samples).label == "2^n"


def test_pure_noise_is_inconclusive_not_a_guess():
    rng = random.Random(1)
    samples = [[rng.uniform(0.001, 0.02)] for _ in SIZES]
    fit = cx.fit(SIZES, samples)
    assert fit.label == "inconclusive" or fit.residuals[fit.label] <= cx.NOISE_CEILING


def test_compare_says_yours_and_the_reference():
    linear = cx.fit(SIZES, [[1e-7 * n] for n in SIZES])
    quadratic = cx.fit(SIZES, [[1e-10 * n * n] for n in SIZES])
    verdict = cx.compare(quadratic, linear)
    assert verdict.verdict == "worse" and verdict.ok is False
    assert "yours grows like n^2, the reference like n" in verdict.message
    same = cx.compare(linear, linear)
    assert same.ok is True


def test_too_few_points_is_inconclusive():
    assert cx.fit([10, 20], [[1.0], [2.0]]).label == "inconclusive"


def test_space_under_the_page_grain_is_constant():
    fit = cx.fit_space([1000, 2000, 4000, 8000], [0, 65536, 0, 65536])
    assert fit.label == "1"
    assert "KiB" in fit.reason


@pytest.mark.parametrize(("power", "per_item", "label"), [(1, 400, "n"), (2, 1, "n^2")])
def test_space_growth_reads_as_its_class(power, per_item, label):
    sizes = [1000, 2000, 4000, 8000, 16000]
    page = cx.PAGE_BYTES
    grown = [page * -(-(per_item * n**power) // page) for n in sizes]  # whole pages
    assert cx.fit_space(sizes, grown).label == label


def test_space_above_the_grain_at_one_size_only_is_inconclusive():
    fit = cx.fit_space([1000, 2000, 4000], [0, 0, 10 << 20])
    assert fit.label == "inconclusive"
    assert "only at n=4000" in fit.reason


def test_a_constant_megabyte_is_constant_space():
    assert cx.fit_space([1000, 2000, 4000, 8000], [1 << 20] * 4).label == "1"


def test_the_space_message_names_both_classes_and_the_peaks():
    yours = cx.fit_space([1000, 2000, 4000], [1 << 20, 2 << 20, 4 << 20])
    reference = cx.fit_space([1000, 2000, 4000], [0, 0, 0])
    message = cx.space_message(yours, reference)
    assert message.startswith("yours grows like n, the reference like 1")
    assert "yours 4.0 MiB, the reference 0 KiB" in message
