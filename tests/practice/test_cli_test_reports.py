"""`pivotprep practice test` reports like a test runner: exit 1 on any failure, a syntax error
once with the learner's own path and line, tracebacks naming the learner's file, and a plain
sentence when the complexity cannot be told."""

from __future__ import annotations

from pivotprep.core.settings import get_settings
from pivotprep.practice import complexity as cx

PROBLEM = "first-repeated-badge"


def _workspace_file():
    return get_settings().workspace / "practice" / f"{PROBLEM}.py"


def test_a_syntax_error_is_reported_once_with_the_real_path_and_line(cli, sandbox_level):
    cli("practice", "start", PROBLEM)
    path = _workspace_file()
    path.write_text("def first_repeated(scans)\n    return 1\n")
    result = cli("practice", "test", PROBLEM, "--no-complexity")
    text = " ".join(result.output.split())
    assert result.exit_code == 1
    assert result.output.count("SyntaxError") == 1, result.output
    assert f'File "{path}", line 1' in text
    assert "solution.py" not in result.output
    assert "None of the 12 cases could run" in text


def test_tracebacks_name_the_learners_file_and_line(cli, sandbox_level):
    cli("practice", "start", PROBLEM)
    path = _workspace_file()
    path.write_text(
        "def helper(x):\n    return x[10]\n\ndef first_repeated(scans):\n    return helper(scans)\n"
    )
    result = cli("practice", "test", PROBLEM, "--no-complexity")
    text = " ".join(result.output.split())
    assert result.exit_code == 1
    assert f'File "{path}", line 2, in helper' in text
    assert "return x[10]" in result.output  # the learner's line is shown
    assert "solution.py" not in result.output and "harness" not in result.output


def test_passing_exits_0(cli, sandbox_level, correct_code):
    cli("practice", "start", PROBLEM)
    _workspace_file().write_text(correct_code)
    result = cli("practice", "test", PROBLEM, "--no-complexity")
    assert result.exit_code == 0 and "12/12 passed" in result.output


def test_an_inconclusive_fit_is_said_in_words_not_a_question_mark():
    sizes = [1000, 2000, 4000, 8000, 16000]
    noisy = cx.fit([10, 20], [[1.0], [2.0]])  # too few points: inconclusive
    linear = cx.fit(sizes, [[1e-7 * n] for n in sizes])
    assert not noisy.conclusive and linear.conclusive
    one = cx.compare(noisy, linear)
    assert "yours: could not tell (too noisy or too fast to measure)" in one.message
    assert "the reference like n" in one.message and "?" not in one.message
    both = cx.compare(noisy, noisy)
    assert both.message == "complexity: could not tell (too noisy or too fast to measure)"
