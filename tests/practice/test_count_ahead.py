"""The reference's instruction counts are taken when a problem is started (by a detached
low-priority child, for the CLI and the web app alike; one counting on the machine at a
time), so the first Run with complexity does not wait for them; `pivotprep judge count ID`
does it on request."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from pivotprep.core.errors import NotFoundError
from pivotprep.practice import count_ahead
from pivotprep.practice.judge import fuel, wasm
from pivotprep.practice.problems import load_pack

PROBLEM = "first-repeated-badge"

pytestmark = pytest.mark.xdist_group("wasm")


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
        if os.name == "nt":
            wanted = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
            assert options["creationflags"] & wanted == wanted  # type: ignore[operator]
            assert options["creationflags"] & subprocess.BELOW_NORMAL_PRIORITY_CLASS  # type: ignore[operator]
        else:
            assert options.get("start_new_session") is True
            assert not options.get("creationflags")  # POSIX refuses any
        assert options["stdout"] == options["stderr"]  # DEVNULL, both

    def poll(self) -> int | None:
        return None if FakePopen.running else 0

    def wait(self) -> int:
        while FakePopen.running:
            time.sleep(0.01)
        return 0


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[FakePopen]]:
    monkeypatch.setenv("PIVOTPREP_COUNT_AHEAD", "1")
    monkeypatch.setattr(count_ahead.subprocess, "Popen", FakePopen)
    monkeypatch.setattr(count_ahead, "_child", None)
    monkeypatch.setattr(count_ahead, "_guest_ready", lambda: True)
    FakePopen.started, FakePopen.running = [], True
    yield FakePopen
    FakePopen.running = False  # the reaping threads end


def test_practice_start_counts_in_a_detached_low_priority_child(cli, children) -> None:
    result = cli("practice", "start", PROBLEM)
    assert result.exit_code == 0, result.output
    assert children.started and children.started[0][-4:] == ["count", "--background", "--", PROBLEM]


def test_judge_count_prints_what_it_did(cli, monkeypatch) -> None:
    missing = cli("judge", "count", "no-such-problem")
    assert missing.exit_code != 0 and "Traceback" not in missing.output
    from pivotprep.practice import service

    monkeypatch.setattr(
        service, "count_reference", lambda pid, background=False: f"Counted {pid}.", raising=False
    )
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


def test_nothing_to_count_starts_no_child(children, monkeypatch) -> None:
    """No child for an id that is no coding pack (one starting with '-' included), for a
    pack without a complexity check, or when the WebAssembly judge is not prepared."""
    from pivotprep.practice.judge.wasm import WasmUnavailableError
    from pivotprep.practice.problems import load_packs

    unchecked = next(p.id for p in load_packs().values() if not p.meta.complexity_check)
    for problem_id in ("no-such-problem", "--help", unchecked):
        assert count_ahead.count_in_child(problem_id) is False
    monkeypatch.setattr(count_ahead, "_guest_ready", lambda: False)
    assert count_ahead.count_in_child(PROBLEM) is False
    assert children.started == []

    def unavailable() -> None:
        raise WasmUnavailableError("no wasmtime here")

    monkeypatch.undo()
    monkeypatch.setattr(wasm, "prepared", unavailable)
    assert count_ahead._guest_ready() is False
    monkeypatch.setattr(wasm, "prepared", lambda: None)
    assert count_ahead._guest_ready() is False


def test_the_id_comes_after_a_double_dash(cli, monkeypatch) -> None:
    from pivotprep.practice import service

    asked: list[tuple[str, bool]] = []

    def counted(pid: str, background: bool = False) -> str:
        asked.append((pid, background))
        return f"Counted {pid}."

    monkeypatch.setattr(service, "count_reference", counted, raising=False)
    monkeypatch.setattr(os, "nice", lambda increment: 0)  # not this test process
    result = cli("judge", "count", "--background", "--", "-not-an-option")
    assert result.exit_code == 0, result.output
    assert asked == [("-not-an-option", True)]


def test_a_second_counting_child_leaves_at_once_and_quietly(cli, monkeypatch) -> None:
    """Each `practice start` is a new process: the machine-wide lock, not the process's
    memory, keeps a second child from counting beside the first."""
    from pivotprep.core.files import locked_file

    def no_count(problem_id: str) -> str:
        raise AssertionError("counted while another child holds the lock")

    monkeypatch.setattr(count_ahead, "_count", no_count)
    monkeypatch.setattr(count_ahead, "_meter", no_count)
    monkeypatch.setattr(os, "nice", lambda increment: 0)  # not this test process
    with locked_file(count_ahead.lock_path()):  # the first child, counting
        assert count_ahead.count_reference(PROBLEM, background=True) == ""
        result = cli("judge", "count", "--background", "--", PROBLEM)
    assert result.exit_code == 0 and result.output.strip() == ""
    with pytest.raises(AssertionError):  # free again: this one counts
        count_ahead.count_reference(PROBLEM, background=True)


_SHORT_LIVED = """
import subprocess, sys, types, warnings
warnings.simplefilter("always")
from pivotprep.practice import count_ahead
sleep = [sys.executable, "-c", "import time; time.sleep(%s)"]
count_ahead._worth_counting = lambda problem_id: True
count_ahead.subprocess = types.SimpleNamespace(
    Popen=lambda command, **options: subprocess.Popen(sleep, **options),
    DEVNULL=subprocess.DEVNULL,
)
print("started", count_ahead.count_in_child("x"), flush=True)
%s
"""


def _short_lived(seconds: float, then: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIVOTPREP_COUNT_AHEAD": "1"}
    return subprocess.run(
        [sys.executable, "-X", "dev", "-c", _SHORT_LIVED % (seconds, then)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_a_command_that_started_a_child_exits_without_a_warning() -> None:
    """The child is meant to outlive the command: no "still running" ResourceWarning."""
    done = _short_lived(3)
    assert "started True" in done.stdout, done.stderr
    assert "still running" not in done.stderr, done.stderr


def test_a_long_lived_process_reaps_its_finished_child() -> None:
    """The web server waits for nothing, yet a finished child is reaped (no zombie)."""
    done = _short_lived(
        0, "import time; time.sleep(2); print('reaped', count_ahead._child.returncode == 0)"
    )
    assert "reaped True" in done.stdout, done.stdout + done.stderr
