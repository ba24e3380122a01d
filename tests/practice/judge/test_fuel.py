"""Complexity from fuel at the WebAssembly level: instruction counts the host reads, so the
verdict is the same on a busy machine and the learner cannot forge it; and a plain reason
when there is no verdict. Needs the compiled module (see test_wasm.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from pivotprep.practice.judge import fuel
from pivotprep.practice.judge.timing import Timing
from pivotprep.practice.problems import load_pack
from pivotprep.practice.submit import compare_complexity, fit_timing
from tests.practice.conftest import QUADRATIC

PROBLEM = "first-repeated-badge"
SIZES = [500, 1000, 2000, 4000, 8000]

pytestmark = pytest.mark.xdist_group("wasm")


def fresh() -> None:
    """Forget the remembered counts (this process's and those kept on disk), so the next
    measurement really runs."""
    fuel.forget()


@pytest.fixture
def busy() -> Iterator[None]:
    """Two processes spinning on the CPU for the length of a test (niced, so the machine's
    other work goes on; they still take every idle cycle)."""
    hog = "import os\nos.nice(10)\nwhile True: pass"
    hogs = [subprocess.Popen([sys.executable, "-c", hog]) for _ in range(2)]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def test_counts_are_identical_on_a_busy_machine(wasm_level: None, busy: None) -> None:
    problem = load_pack(PROBLEM)
    code = problem.reference_path.read_text(encoding="utf-8")
    fresh()
    first = fuel.fuel_code(problem, code, sizes=SIZES)
    fresh()
    again = fuel.fuel_code(problem, code, sizes=SIZES)
    assert first.error is None and first.sizes == SIZES
    assert first.samples == again.samples
    assert fit_timing(first).label == "n"


def test_the_reference_against_itself_is_the_same_class(wasm_level: None) -> None:
    problem = load_pack(PROBLEM)
    comparison = compare_complexity(problem, problem.reference_path.read_text(encoding="utf-8"))
    assert comparison is not None
    assert comparison.verdict == "same"
    assert "same class" in comparison.message
    assert "instructions per call" in comparison.message


def test_quadratic_against_a_linear_reference_is_worse(wasm_level: None) -> None:
    comparison = compare_complexity(load_pack(PROBLEM), QUADRATIC)
    assert comparison is not None
    assert comparison.verdict == "worse"
    assert comparison.ok is False


# a table built at import: each sized run collects garbage over it before the call (tens of
# millions of instructions), which the runs without n do not see the same way
TABLE = "TABLE = [[i, str(i)] for i in range(150_000)]\n"

# finds the measuring input through the frames at import and does the work there, so the
# call itself returns at once
AT_IMPORT = """
import sys

def slow(scans):
    for i, badge in enumerate(scans):
        if badge in scans[:i]:
            return badge
    return -1

def find():
    frame = sys._getframe()
    while frame is not None:
        payload = frame.f_locals.get("payload")
        if isinstance(payload, dict) and "scans" in payload:
            return payload["scans"]
        frame = frame.f_back
    return None

SEEN = find()
ANSWER = slow(SEEN) if SEEN is not None else None

def first_repeated(scans):
    if SEEN is not None and len(scans) == len(SEEN):
        return ANSWER
    return slow(scans)
"""


def grows(timing: Timing) -> list[float]:
    counts = [s[0] for s in timing.samples]
    return [round(b / a, 2) for a, b in zip(counts, counts[1:], strict=False)]


def test_a_table_built_at_import_does_not_hide_a_quadratic_function(wasm_level: None) -> None:
    timing = fuel.fuel_code(load_pack(PROBLEM), TABLE + QUADRATIC, sizes=SIZES[:4])
    assert timing.error is None and timing.sizes == SIZES[:4]
    assert all(3.5 < g < 4.5 for g in grows(timing)), grows(timing)
    assert fit_timing(timing).label == "n^2"


def test_a_table_built_at_import_keeps_the_class_against_the_reference(
    wasm_level: None,
) -> None:
    problem = load_pack(PROBLEM)
    reference = problem.reference_path.read_text(encoding="utf-8")
    comparison = compare_complexity(problem, TABLE + reference)
    assert comparison is not None and comparison.verdict == "same", comparison.message
    comparison = compare_complexity(problem, TABLE + QUADRATIC)
    assert comparison is not None and comparison.verdict == "worse", comparison.message


def test_work_done_at_import_on_the_measuring_input_is_counted(wasm_level: None) -> None:
    # the load-only twin runs the import too: read alone, it would cancel the work (the
    # table makes the import costly enough to be given twins)
    timing = fuel.fuel_code(load_pack(PROBLEM), TABLE + AT_IMPORT, sizes=SIZES[:4])
    assert timing.error is None and timing.sizes == SIZES[:4]
    assert fit_timing(timing).label == "n^2"


# ... and, in the runs without n (the only ones it can tell apart: no input reaches them),
# burns instructions, to raise what is subtracted at every size
BURN_WITHOUT_N = AT_IMPORT.replace(
    "SEEN = find()\n",
    "SEEN = find()\nif SEEN is None:\n    x = 0\n    for _ in range(1_100_000):\n        x += 1\n",
)


@pytest.mark.parametrize("table", ["", TABLE], ids=["plain", "with a table"])
def test_burning_where_no_input_is_seen_cannot_hide_the_work(wasm_level: None, table: str) -> None:
    """What the runs without n subtract is capped by the load read at the first size (a run
    the code cannot tell from a sized one): the quadratic work still shows as growth."""
    code = table + BURN_WITHOUT_N
    timing = fuel.fuel_code(load_pack(PROBLEM), code, sizes=SIZES[:4])
    assert timing.error is None and timing.sizes == SIZES[:4]
    counts = [s[0] * fuel.FUEL_PER_SECOND for s in timing.samples]
    assert counts[-1] > 1e9 and counts[-1] > 15 * counts[1], counts
    comparison = compare_complexity(load_pack(PROBLEM), code)
    assert comparison is not None and comparison.verdict == "worse", comparison.message


def test_a_sub_microsecond_function_is_constant(wasm_level: None) -> None:
    code = "def first_repeated(scans):\n    return len(scans) % 2\n"
    timing = fuel.fuel_code(load_pack(PROBLEM), code, sizes=SIZES)
    assert fit_timing(timing).label == "1"


def test_an_exponential_of_another_base_is_exponential(wasm_level: None) -> None:
    code = (
        "def t(k):\n    return 1 if k < 1 else t(k - 1) + t(k - 1) + t(k - 1)\n"
        "def first_repeated(scans):\n    return t(len(scans))\n"
    )
    timing = fuel.fuel_code(load_pack(PROBLEM), code, sizes=[4, 5, 6, 7, 8, 9])
    fit = fit_timing(timing)
    assert fit.label == "2^n"
    assert "about 3.0" in fit.reason or "about 2.9" in fit.reason


@pytest.mark.parametrize(
    ("code", "why"),
    [
        (
            "import sys\nsys.setrecursionlimit(100)\n"
            "def walk(s):\n    return walk(s[1:]) if s else -1\n"
            "def first_repeated(scans):\n    return walk(scans)\n",
            "recursion limit at n=500",
        ),
        (
            "import os\ndef first_repeated(scans):\n"
            "    while True:\n        os.write(1, b'x' * 65536)\n",
            "output cap at n=500",
        ),
    ],
)
def test_missing_complexity_says_why(wasm_level: None, code: str, why: str) -> None:
    problem = load_pack(PROBLEM)
    timing = fuel.fuel_code(problem, code, sizes=SIZES)
    assert timing.error is not None and why in timing.error


def test_skipping_the_work_when_measured_is_caught(wasm_level: None) -> None:
    # right on every case (all small), wrong on the large measuring inputs: its cost there
    # would say O(1); the answers are compared with the reference's instead
    code = """
def first_repeated(scans):
    if len(scans) > 100:
        return -1
    seen = set()
    for badge in scans:
        if badge in seen:
            return badge
        seen.add(badge)
    return -1
"""
    comparison = compare_complexity(load_pack(PROBLEM), code)
    assert comparison is not None
    assert comparison.verdict == "inconclusive" and comparison.ok is None
    assert "your answer differs from the reference's" in comparison.message


def test_counts_kept_in_memory_are_bounded(monkeypatch):
    """A resident process runs for hours: it keeps the newest counts only, oldest out first."""
    measured = []

    def fake_measure(problem, code, sizes, call_budget, seed):
        measured.append(code)
        return Timing(sizes=list(sizes), samples=[[1.0]] * len(sizes), stopped_early=False)

    monkeypatch.setattr(fuel, "_measure", fake_measure)
    monkeypatch.setattr(fuel, "_measured", {})
    monkeypatch.setattr(fuel, "MEASURED_KEPT", 2)
    problem = load_pack(PROBLEM)
    for code in ("a = 1", "b = 2", "a = 1", "c = 3", "a = 1"):
        fuel.fuel_code(problem, code, sizes=SIZES)
    assert measured == ["a = 1", "b = 2", "c = 3", "a = 1"]
    assert len(fuel._measured) == 2
