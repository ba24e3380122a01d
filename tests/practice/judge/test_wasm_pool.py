"""The WebAssembly level's pool of workers: concurrent runs each get a worker of their own
(up to the pool's size) instead of queueing behind one another."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from pivotprep.practice.judge import JudgeResult, judge
from pivotprep.practice.judge.wasm_pool import Pool, pool_size, reset_pool
from pivotprep.practice.problems import load_pack
from tests.conftest import need

PROBLEM = "first-repeated-badge"


def test_the_pool_lends_distinct_workers_and_the_warm_one_first() -> None:
    pool = Pool(2)
    with pool.worker() as first, pool.worker() as second:
        assert first is not second
    with pool.worker() as again:
        assert again is first  # given back last: the most recently used
    assert len(pool.every) == 2


def test_the_pool_size_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIVOTPREP_JUDGE_WORKERS", "3")
    assert pool_size() == 3
    monkeypatch.setenv("PIVOTPREP_JUDGE_WORKERS", "0")
    assert pool_size() == 1
    monkeypatch.setenv("PIVOTPREP_JUDGE_WORKERS", "many")
    with pytest.raises(ValueError, match="whole number"):
        pool_size()
    monkeypatch.delenv("PIVOTPREP_JUDGE_WORKERS")
    assert 1 <= pool_size() <= 4


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[Pool]:
    from pivotprep.practice.judge import wasm
    from pivotprep.practice.judge.selftest import reset_isolation

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "wasm")
    reset_isolation()
    yield reset_pool(2)
    reset_pool()
    reset_isolation()


@pytest.mark.xdist_group("wasm")
def test_a_run_proceeds_while_another_holds_a_worker(two_workers: Pool) -> None:
    problem = load_pack(PROBLEM)
    code = problem.reference_path.read_text(encoding="utf-8")
    results: list[JudgeResult] = []
    with two_workers.worker():  # a long run elsewhere holds one worker the whole time
        second = threading.Thread(target=lambda: results.append(judge(problem, code)))
        second.start()
        second.join(timeout=300)  # with one worker it would wait here until the end
        assert not second.is_alive(), "the second run queued behind the first"
    assert results and results[0].passed


@pytest.mark.xdist_group("wasm")
def test_two_concurrent_runs_both_pass(two_workers: Pool) -> None:
    problem = load_pack(PROBLEM)
    code = problem.reference_path.read_text(encoding="utf-8")
    results: list[JudgeResult] = []
    runs = [threading.Thread(target=lambda: results.append(judge(problem, code))) for _ in "ab"]
    for run in runs:
        run.start()
    for run in runs:
        run.join(timeout=300)
    assert len(results) == 2 and all(r.passed for r in results)
    assert len(two_workers.every) <= 2
