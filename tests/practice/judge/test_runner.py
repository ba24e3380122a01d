"""The judge on the worked examples: verdicts, diffs, trimmed tracebacks, design problems."""

from __future__ import annotations

import json

import pytest

from pivotprep.practice.judge import judge, write_results
from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.usefixtures("sandbox_level")


def test_reference_passes_and_results_follow_the_schema(tmp_path):
    result = judge("first-repeated-badge", load_pack("first-repeated-badge").reference_path)
    assert result.status == "pass"
    write_results(tmp_path / "results.json", result)
    data = json.loads((tmp_path / "results.json").read_text())
    assert data["version"] == 2 and data["status"] == "pass" and data["judge"] == "code"
    assert {t["status"] for t in data["tests"]} == {"pass"}
    assert data["isolation"] == "bubblewrap"
    assert {"name", "status", "message", "output"} <= set(data["tests"][0])


def test_wrong_answer_shows_a_readable_diff():
    pack = load_pack("reverse-playlist")
    result = judge(pack, pack.folder / "wrong_drops_last.py")
    first = next(t for t in result.tests if t.name == "example-1")
    assert first.status == "wrong"
    assert "expected: [3, 2, 1]" in first.message
    assert "got: [2, 1]" in first.message
    assert "at [0]: expected 3, got 2" in first.message


def test_error_traceback_is_trimmed_to_the_learners_lines():
    code = (
        "def helper(x):\n    return x[10]\n\ndef first_repeated(scans):\n    return helper(scans)\n"
    )
    result = judge("first-repeated-badge", code)
    message = result.tests[0].message
    assert result.tests[0].status == "error"
    assert 'File "solution.py", line 2, in helper' in message
    assert "IndexError" in message
    assert "harness" not in message


def test_syntax_error_is_reported_once_for_the_file():
    result = judge("first-repeated-badge", "def first_repeated(scans)\n    return 1\n")
    assert result.status == "error"
    assert "SyntaxError" in result.message


def test_design_problem_with_expected_errors():
    pack = load_pack("rate-limiter")
    assert judge(pack, pack.reference_path).status == "pass"
    no_check = pack.reference_path.read_text().replace(
        'raise ValueError("limit and window must be positive")', "pass"
    )
    result = judge(pack, no_check)
    failing = {t.name: t for t in result.tests if t.status != "pass"}
    assert set(failing) == {"zero-limit", "zero-window"}
    assert "expected ValueError to be raised" in failing["zero-limit"].message


def test_printed_output_is_captured_per_case():
    code = "def first_repeated(scans):\n    print('looking at', len(scans))\n    return -1\n"
    result = judge("first-repeated-badge", code)
    assert result.tests[0].output.startswith("looking at 5")


def test_linked_list_arguments_are_converted_both_ways():
    code = (
        "def reverse_playlist(head):\n"
        "    assert isinstance(head, ListNode)\n"
        "    return ListNode(head.val)\n"
    )
    result = judge("reverse-playlist", code)
    single = next(t for t in result.tests if t.name == "example-2")
    assert single.status == "pass"
    three = next(t for t in result.tests if t.name == "example-1")
    assert "got: [1]" in three.message
