"""The WebAssembly level: real hostile submissions (files in wasm_attacks/) judged by the real
judge in the wasmtime guest, each followed by a correct solution that must still pass.

These need the compiled module (`pivotprep judge prepare`, which .ci/run calls before the
suite): without it they skip on a laptop and fail under CI=true. Every test shares the one
compiled module through PIVOTPREP_WASM_CACHE (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pivotprep.practice.judge import JudgeResult, Limits, judge
from tests.conftest import need

PROBLEM = "first-repeated-badge"
ATTACKS = Path(__file__).parent / "wasm_attacks"
HOSTILE = Path(__file__).parent / "hostile"  # the native level's attack files
FAST = Limits(case_seconds=1.0, startup_seconds=20.0)
ROOMY = Limits(case_seconds=10.0, startup_seconds=30.0)

pytestmark = pytest.mark.xdist_group("wasm")  # one worker process warms up once


@pytest.fixture
def wasm_level(monkeypatch: pytest.MonkeyPatch, correct_code: str) -> Iterator[None]:
    from pivotprep.practice.judge import wasm
    from pivotprep.practice.judge.selftest import isolation, reset_isolation

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "wasm")
    reset_isolation()
    assert isolation().level == "wasm", isolation().reason
    yield
    after = judge(PROBLEM, correct_code)
    assert after.status == "pass", after.to_dict()
    reset_isolation()


def attack(name: str, limits: Limits = ROOMY) -> JudgeResult:
    return judge(PROBLEM, ATTACKS / name, limits=limits, filename="attack.py")


def first(result: JudgeResult) -> tuple[str, str]:
    case = result.tests[0]
    return str(case.status), case.message or result.message or ""


def test_a_correct_solution_passes_in_the_guest(wasm_level: None, correct_code: str) -> None:
    result = judge(PROBLEM, correct_code)
    assert result.status == "pass"
    assert result.to_dict()["isolation"] == "wasm"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("read_host_files.py", "FileNotFoundError"),
        ("write_host_file.py", "FileNotFoundError"),
        ("list_folders.py", "PermissionError"),
        ("spawn_process.py", "does not support processes"),
        ("start_thread.py", "can't start new thread"),
    ],
)
def test_the_host_is_out_of_reach(wasm_level: None, name: str, words: str) -> None:
    status, message = first(attack(name))
    assert status == "error"
    assert words in message


def test_no_network(wasm_level: None) -> None:
    status, message = first(attack("open_socket.py"))
    assert status == "error"
    assert "Error" in message  # no resolver, no socket calls: nothing leaves the guest


def test_no_native_code(wasm_level: None) -> None:
    status, message = first(attack("load_native_code.py"))
    assert status == "error"
    assert "Error" in message


def test_memory_bomb_is_the_memory_limit(wasm_level: None) -> None:
    status, message = first(attack("memory_bomb.py"))
    assert status == "memory"
    assert "MemoryError" in message


def test_a_growing_list_stops_at_the_first_memory_limit_case(wasm_level: None) -> None:
    """A list grown until the 512 MB cap takes seconds in the guest (its garbage collector
    walks the growing heap); the judge does not repeat that for every case."""
    result = judge(PROBLEM, HOSTILE / "growing_list.py", limits=ROOMY)
    assert result.status == "memory"
    assert str(result.tests[0].status) == "memory"
    assert "MemoryError" in (result.tests[0].message or "")
    for case in result.tests[1:]:
        assert str(case.status) == "error"
        assert "an earlier case hit the memory limit" in (case.message or "")
    assert "ended the judge process" not in str(result.to_dict())


def test_importing_numpy_in_a_coding_problem_says_the_standard_library_only(
    wasm_level: None,
) -> None:
    """numpy is compiled into the guest's Python, but a coding problem gets the standard
    library only, as at the native level, and the same hint."""
    result = judge(PROBLEM, HOSTILE / "imports_numpy.py", limits=ROOMY)
    assert result.status == "error"
    message = result.message or ""
    assert "ModuleNotFoundError: No module named 'numpy'" in message
    assert "standard library only" in message
    assert "numpy is not available" in message
    assert "Site initialization" not in message  # Python 3.15's note about site-packages


def test_a_pandas_problem_still_gets_pandas_and_only_what_it_needs(wasm_level: None) -> None:
    from pivotprep.practice.problems import load_pack

    reference = (load_pack("pd-session-numbers").folder / "reference.py").read_text()
    assert judge("pd-session-numbers", reference).status == "pass"
    lent = judge("pd-session-numbers", "import pandas, numpy, dateutil\nimport scipy\n")
    assert "No module named 'scipy'" in (lent.message or "")
    assert "standard library only" not in (lent.message or "")  # its statement says what


def test_running_out_of_time_with_memory_at_the_cap_is_the_memory_limit(
    wasm_level: None,
) -> None:
    """Near the cap a growing list slows down (the garbage collector walks it), so on a busy
    machine the deadline can stop it before MemoryError: the host reads the guest's memory
    and still says memory limit. An infinite loop with little memory stays a time limit
    (next test)."""
    status, message = first(attack("full_then_loop.py", FAST))
    assert status == "memory"
    assert "near the judge's memory cap, when its time ran out" in message


def test_infinite_loop_is_the_time_limit(wasm_level: None) -> None:
    result = attack("infinite_loop.py", FAST)
    assert first(result)[0] == "timeout"
    assert result.status == "timeout"


def test_sleeping_cannot_park_the_worker(wasm_level: None) -> None:
    status, message = first(attack("sleep_forever.py", FAST))
    assert status == "error"
    assert "OSError" in message or "Errno" in message


def test_printing_without_end_hits_the_output_cap(wasm_level: None) -> None:
    status, message = first(attack("print_flood.py"))
    assert status == "error"
    assert "output limit" in message


def test_flooding_the_result_channel_is_rejected(wasm_level: None) -> None:
    result = attack("raw_output_flood.py")
    assert result.status == "error"
    assert "rejected" in (result.message or "") or "output" in first(result)[1]


def test_a_result_over_the_frame_cap_is_its_own_verdict(wasm_level: None) -> None:
    status, message = first(attack("huge_result.py"))
    assert status == "error"
    assert "too large to judge" in message  # the native level's verdict, word for word


def test_frames_past_the_run_cap_stop_the_run(wasm_level: None) -> None:
    result = attack("many_large_frames.py")
    assert "pass" not in {str(case.status) for case in result.tests}
    assert "the judge reads in all" in first(result)[1]


def test_writing_to_stdout_directly_is_the_output_limit(wasm_level: None) -> None:
    status, message = first(attack("raw_stdout_flood.py"))
    assert status == "error"
    assert "output limit" in message


def test_deep_recursion_works(wasm_level: None) -> None:
    assert attack("deep_recursion.py").status == "pass"


def test_prepare_lays_out_a_fresh_cache_and_never_compiles_twice(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cli
) -> None:
    import os

    from pivotprep.practice.judge import wasm

    where = wasm.prepared()
    need(where is not None, "the WebAssembly judge is not prepared")
    assert where is not None
    fresh = tmp_path / "wasm-cache"
    monkeypatch.setenv("PIVOTPREP_WASM_CACHE", str(fresh))
    assert wasm.prepared() is None
    target = wasm.paths().cwasm
    target.parent.mkdir(parents=True, exist_ok=True)
    try:  # the compiled module, as a compile would leave it
        os.link(where.cwasm, target)
    except OSError:  # another file system
        os.symlink(where.cwasm, target)
    result = cli("judge", "prepare")
    assert result.exit_code == 0, result.output
    assert "Compiling" not in result.output  # the module was there: nothing compiled
    ready = wasm.prepared()
    assert ready is not None and ready.stdlib.parent == fresh
    assert [p.name for p in ready.stdlib.iterdir()] == [wasm.artifacts()[2]]
    assert "ready" in cli("judge", "prepare").output
