"""The reference's instruction counts are taken when a problem is started (a detached
child for the CLI, a background thread for the web app), so the first Run with complexity
does not wait for them; `pivotprep judge count ID` does it on request."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pivotprep.core.errors import NotFoundError
from pivotprep.practice import count_ahead
from pivotprep.practice.judge import fuel, wasm
from pivotprep.practice.problems import load_pack
from tests.conftest import need

PROBLEM = "first-repeated-badge"

pytestmark = pytest.mark.xdist_group("wasm")


@pytest.fixture
def wasm_level(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from pivotprep.practice.judge.selftest import reset_isolation

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "wasm")
    reset_isolation()
    yield
    reset_isolation()
    fuel.forget()


def test_a_counted_reference_needs_no_guest_run_at_the_first_run(
    wasm_level: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pivotprep.practice.submit import measure

    fuel.forget()
    said = count_ahead.count_reference(PROBLEM)
    assert said.startswith(f"Counted the reference of {PROBLEM} at n = ")
    problem = load_pack(PROBLEM)
    with fuel._lock:
        fuel._measured.clear()  # this process's memory gone: only the disk can answer
        fuel._baselines.clear()

    def no_guest(*args: object, **kwargs: object) -> None:
        raise AssertionError("the guest ran: the counts were not kept")

    monkeypatch.setattr(fuel, "run_wasm", no_guest)
    again = measure(problem, problem.reference_path.read_text(encoding="utf-8"), counts=True)
    assert again.error is None and len(again.sizes) >= 4


def test_unknown_problems_and_problems_without_a_check_are_said(wasm_level: None) -> None:
    with pytest.raises(NotFoundError):
        count_ahead.count_reference("no-such-problem")
    unchecked = next(
        p.id
        for p in __import__("pivotprep.practice.problems", fromlist=["x"]).load_packs().values()
        if not p.meta.complexity_check
    )
    assert "has no complexity check" in count_ahead.count_reference(unchecked)


def test_with_cpu_time_there_is_nothing_to_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    from pivotprep.practice.judge import meter

    monkeypatch.setattr(count_ahead, "_meter", lambda: meter.Meter("cputime", "as asked"))
    assert "measured by CPU time" in count_ahead.count_reference(PROBLEM)


class FakePopen:
    """Records the commands started; "running" until `finish`."""

    started: list[list[str]] = []
    running = True

    def __init__(self, command: list[str], **options: object) -> None:
        FakePopen.started.append(command)
        assert options.get("start_new_session") is True
        assert options["stdout"] == options["stderr"]  # DEVNULL, both

    def poll(self) -> int | None:
        return None if FakePopen.running else 0


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FakePopen]]:
    monkeypatch.setenv("PIVOTPREP_COUNT_AHEAD", "1")
    monkeypatch.setattr(count_ahead.subprocess, "Popen", FakePopen)
    monkeypatch.setattr(count_ahead, "_child", None)
    FakePopen.started, FakePopen.running = [], True
    yield FakePopen


def test_practice_start_counts_in_a_detached_low_priority_child(cli, children) -> None:
    result = cli("practice", "start", PROBLEM)
    assert result.exit_code == 0, result.output
    assert children.started and children.started[0][-3:] == ["count", PROBLEM, "--background"]


def test_judge_count_prints_what_it_did(cli, monkeypatch) -> None:
    missing = cli("judge", "count", "no-such-problem")
    assert missing.exit_code != 0 and "Traceback" not in missing.output
    from pivotprep.practice import service

    monkeypatch.setattr(service, "count_reference", lambda pid: f"Counted {pid}.", raising=False)
    result = cli("judge", "count", PROBLEM)
    assert result.exit_code == 0 and f"Counted {PROBLEM}." in result.output


def test_the_web_start_counts_in_a_child_one_at_a_time(web, children) -> None:
    """The web app hands the counting to a child too (a Run made meanwhile does not queue
    behind it for the app's judge workers), and starts no second one while one runs."""
    for _ in range(3):
        response = web.post(f"/practice/{PROBLEM}/start", follow_redirects=False)
        assert response.status_code == 303
    assert len(children.started) == 1
    children.running = False
    web.post(f"/practice/{PROBLEM}/start", follow_redirects=False)
    assert len(children.started) == 2


def test_turned_off_it_starts_nothing(children, monkeypatch) -> None:
    monkeypatch.setenv("PIVOTPREP_COUNT_AHEAD", "0")
    assert count_ahead.count_in_child(PROBLEM) is False
    assert children.started == []
