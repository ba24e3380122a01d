"""The practice CLI end to end on a real SQLite file and the real sandbox: start, test,
hints, the solution lock, stats, the problem bank and doctor."""

from __future__ import annotations

import pytest

from pivotprep.core.settings import get_settings
from pivotprep.practice.problems import load_pack

pytestmark = pytest.mark.usefixtures("sandbox_level")


def test_cli_start_test_hint_solution_stats(cli):
    result = cli("practice", "start", "first-repeated-badge")
    assert result.exit_code == 0, result.output
    stub = get_settings().workspace / "practice" / "first-repeated-badge.py"
    assert "def first_repeated(scans: list[int]) -> int:" in stub.read_text()
    assert "pivotprep problems show first-repeated-badge" in stub.read_text()

    failing = cli("practice", "test", "first-repeated-badge", "--no-complexity")
    assert failing.exit_code == 1  # like a test runner: any failing case fails the command
    assert "0/12 passed" in failing.output and "wrong answer" in failing.output

    stub.write_text(load_pack("first-repeated-badge").reference_path.read_text())
    passing = cli("practice", "test", "first-repeated-badge", "--no-complexity")
    assert "12/12 passed" in passing.output and passing.exit_code == 0
    assert (stub.parent / ".results" / "first-repeated-badge.json").exists()

    hint = cli("practice", "hint", "first-repeated-badge")
    assert hint.exit_code == 0 and "Hint 1/3" in hint.output
    # solved, so the solution is open now
    solution = cli("practice", "solution", "first-repeated-badge")
    assert solution.exit_code == 0 and "seen" in solution.output
    stats = cli("practice", "stats")
    assert "Solved 1 of 1 started" in stats.output and "arrays-hashing" in stats.output


def test_cli_lock_and_forced_peek(cli):
    cli("practice", "start", "rate-limiter")
    locked = cli("practice", "solution", "rate-limiter")
    assert locked.exit_code == 2 and "unlocks in 30 minute" in locked.output
    forced = cli("practice", "solution", "rate-limiter", "--force")
    assert forced.exit_code == 0 and "Forced peek recorded" in forced.output
    assert "class RateLimiter" in forced.output


def test_cli_test_with_complexity_feedback(cli):
    cli("practice", "start", "reverse-playlist")
    path = get_settings().workspace / "practice" / "reverse-playlist.py"
    path.write_text((load_pack("reverse-playlist").folder / "wrong_rebuild_front.py").read_text())
    result = cli("practice", "test", "reverse-playlist")
    assert "8/8 passed" in result.output, result.output
    # O(n^2) beside an O(n) reference: caught on a busy machine too (see test_validate.py);
    # whether its own curve fits a class is not asserted, only the verdict
    assert "Complexity: yours" in result.output, result.output
    assert "too slow for large n" in result.output, result.output


def test_cli_problems_list_show_validate_and_doctor(cli):
    listed = cli("problems", "list", "--pattern", "linked-list")
    assert "reverse-playlist" in listed.output
    shown = cli("problems", "show", "rate-limiter")
    assert "Request Rate Limiter" in shown.output
    valid = cli("problems", "validate", "rate-limiter", "--no-complexity")
    assert valid.exit_code == 0 and "1/1 problem(s) valid" in valid.output
    unknown = cli("problems", "validate", "no-such-thing", "--no-complexity")
    assert unknown.exit_code == 1
    doctor = cli("doctor")
    assert "Judge sandbox: bubblewrap" in doctor.output
    assert "self-test network: blocked" in doctor.output
    assert str(get_settings().home) in doctor.output.replace("\n", "")


def test_unknown_problem_exits_2(cli):
    result = cli("practice", "start", "nope")
    assert result.exit_code == 2 and "pivotprep problems list" in result.output


def test_hint_and_solution_are_kind_agnostic_for_sql_ids(cli):
    from pivotprep.practice.catalog import all_problems

    sql = sorted(p.id for p in all_problems().values() if p.kind == "sql")
    if not sql:
        pytest.skip("no SQL problems in the catalogue")
    pid = sql[0]
    assert cli("practice", "start", pid).exit_code == 0
    assert "Hint 1/" in cli("practice", "hint", pid).output
    assert cli("practice", "solution", pid).exit_code == 2
    redirected = cli("practice", "test", pid)
    assert redirected.exit_code == 2 and "pivotprep sql test" in redirected.output


def test_cli_words_next_steps_as_commands(cli):
    result = cli("practice", "solution", "reverse-playlist")  # not started yet
    assert result.exit_code == 2
    assert "You have not started 'reverse-playlist'." in result.output
    assert "Run `pivotprep practice start reverse-playlist` first." in result.output
    started = cli("practice", "start", "reverse-playlist")
    assert "Test it with `pivotprep practice test reverse-playlist`" in started.output
    locked = cli("practice", "solution", "reverse-playlist")
    assert "`pivotprep practice solution reverse-playlist --force`" in locked.output
