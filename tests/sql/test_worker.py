"""Learner SQL runs in a capped worker process: a memory blow-up or a stuck worker costs
only the worker, the learner reads a clear message, and the next judgement works.

The cap is set small here (`PIVOTPREP_SQL_MEMORY_MB=600`) so the blow-up stays light."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from pivotprep.sql import worker
from pivotprep.sql.drills import explain_in_worker, time_pair
from pivotprep.sql.errors import SqlMemoryError, SqlTimeoutError
from pivotprep.sql.judge import SqlSpec, judge
from pivotprep.sql.problems import get_sql_problem

BLOW_UP = "SELECT repeat('x', 50000000) AS s, 1 AS n FROM range(100)"
SPEC = SqlSpec(id="t-worker", dataset="hr", reference="SELECT 42")


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(worker.MEMORY_ENV, "600")


def test_a_query_that_blows_up_memory_gets_the_clear_message_and_the_next_one_works(
    small: dict[str, Path], small_cap: None
) -> None:
    with pytest.raises(SqlMemoryError) as caught:
        judge(SPEC, small["hr"], BLOW_UP)
    assert "needed more memory than practice allows (600 MB)" in caught.value.message
    assert caught.value.field == "query"
    assert judge(SPEC, small["hr"], "SELECT 42").passed


def test_a_worker_that_dies_mid_query_is_reported_and_replaced(
    small: dict[str, Path], small_cap: None
) -> None:
    judge(SPEC, small["hr"], "SELECT 42")
    first = worker._worker.process.pid  # type: ignore[union-attr]
    with pytest.raises(SqlMemoryError, match="more memory than practice allows"):
        worker.call(os.abort, deadline=30)  # what the kernel's OOM killer looks like
    assert judge(SPEC, small["hr"], "SELECT 42").passed
    assert worker._worker.process.pid != first  # type: ignore[union-attr]


def test_a_stuck_worker_is_killed_at_the_hard_deadline(small: dict[str, Path]) -> None:
    with pytest.raises(SqlTimeoutError, match="did not stop within 0.5 s"):
        worker.call(time.sleep, 60, deadline=0.5)
    assert judge(SPEC, small["hr"], "SELECT 42").passed


def test_the_worker_is_reused_and_serves_concurrent_judgements(small: dict[str, Path]) -> None:
    judge(SPEC, small["hr"], "SELECT 42")
    pid = worker._worker.process.pid  # type: ignore[union-attr]
    problem = get_sql_problem("sql-org-chart-depth")
    verdicts: list[bool] = []

    def run(sql: str) -> None:
        verdicts.append(judge(problem.spec(), small["hr"], sql).passed)

    threads = [threading.Thread(target=run, args=(sql,))
               for sql in [problem.reference, *problem.wrongs.values()] * 2]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verdicts.count(True) == 2 and len(verdicts) == len(threads)
    assert worker._worker.process.pid == pid  # type: ignore[union-attr]


def test_dialect_hints_cross_the_process_boundary(small: dict[str, Path]) -> None:
    verdict = judge(SPEC, small["hr"], "SELECT TOP 3 employee_id FROM employees")
    assert verdict.status == "error" and verdict.hint and "LIMIT" in verdict.hint


def test_explain_of_a_blow_up_gets_the_memory_message(
    small: dict[str, Path], small_cap: None
) -> None:
    with pytest.raises(SqlMemoryError, match=r"\(600 MB\)"):
        explain_in_worker(small["hr"], BLOW_UP)
    assert "total" in explain_in_worker(small["hr"], "SELECT 42")


def test_a_bad_memory_setting_is_a_clear_error(
    small: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(worker.MEMORY_ENV, "lots")
    with pytest.raises(worker.UserError, match="whole number of megabytes"):
        judge(SPEC, small["hr"], "SELECT 42")


def test_cli_test_of_a_blow_up_exits_2_with_the_message(
    cli, small: dict[str, Path], small_cap: None, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    query = tmp_path / "big.sql"
    query.write_text(BLOW_UP)
    result = cli("sql", "test", "sql-customers-never-ordered", "-f", str(query))
    assert result.exit_code == 2, result.output
    assert "more memory than practice allows (600 MB)" in " ".join(result.output.split())
    assert "Traceback" not in result.output
    query.write_text(get_sql_problem("sql-customers-never-ordered").reference)
    result = cli("sql", "test", "sql-customers-never-ordered", "-f", str(query))
    assert result.exit_code == 0, result.output


def test_web_run_of_a_blow_up_shows_the_message_and_the_page_keeps_working(
    web, small: dict[str, Path], small_cap: None
) -> None:  # type: ignore[no-untyped-def]
    page = web.post("/sql/sql-customers-never-ordered/run", data={"query": BLOW_UP})
    assert page.status_code == 422 and "more memory than practice allows" in page.text
    reference = get_sql_problem("sql-customers-never-ordered").reference
    page = web.post("/sql/sql-customers-never-ordered/run", data={"query": reference})
    assert page.status_code == 200 and "Correct" in page.text


def test_the_workers_scratch_folder_goes_with_it() -> None:
    """Throwaway copies of a dataset live in the worker's own temporary folder, which is
    removed when the worker is killed (a time limit, a memory blow-up) or discarded."""
    import os

    from pivotprep.sql.worker import _Worker

    worker = _Worker(2048)
    try:
        assert os.path.isdir(worker.scratch)
    finally:
        worker.kill()
    assert not os.path.exists(worker.scratch)


def test_the_worker_gets_a_minimal_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing of the app's environment reaches the worker but what runs Python: not a
    database URL with its password, not a token, not the user's home."""
    monkeypatch.setenv("PIVOTPREP_DATABASE_URL", "postgresql+psycopg://me:secret@db/x")
    monkeypatch.setenv("SOME_API_TOKEN", "t0ken")
    with worker._lock:
        if worker._worker is not None:
            worker._discard(worker._worker)
    seen = {
        name: worker.call(os.getenv, name, deadline=60)
        for name in ("PIVOTPREP_DATABASE_URL", "SOME_API_TOKEN", "HOME", "TMPDIR")
    }
    assert seen["PIVOTPREP_DATABASE_URL"] is None and seen["SOME_API_TOKEN"] is None
    assert seen["HOME"] == seen["TMPDIR"] and worker.SCRATCH_PREFIX in seen["TMPDIR"]


def test_scratch_left_by_a_killed_app_is_removed_on_the_next_start(tmp_path: Path) -> None:
    """A kill -9 of the app leaves its worker's folder (and dataset copies) behind: the next
    worker start removes folders whose process is gone, and only those."""
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = tmp_path / f"{worker.SCRATCH_PREFIX}{gone.stdout.strip()}-abc"
    (dead / "pivotprep-sql-x").mkdir(parents=True)
    (dead / "pivotprep-sql-x" / "shop.duckdb").write_bytes(b"\0" * 4096)
    alive = tmp_path / f"{worker.SCRATCH_PREFIX}{os.getpid()}-def"
    alive.mkdir()
    other = tmp_path / "someone-elses-folder"
    other.mkdir()
    assert worker.remove_stale_scratch(tmp_path) == [dead]
    assert not dead.exists() and alive.exists() and other.exists()


def test_the_worker_keeps_one_warm_connection_per_dataset(small: dict[str, Path]) -> None:
    from pivotprep.sql import safety

    spec = SqlSpec(id="t-warm", dataset="shop", reference="SELECT count(*) FROM orders")
    assert judge(spec, small["shop"], "SELECT count(*) FROM orders").passed
    hr_spec = SqlSpec(id="t-warm-hr", dataset="hr", reference="SELECT count(*) FROM employees")
    assert judge(hr_spec, small["hr"], "SELECT count(*) FROM employees").passed
    warm = worker.call(safety.warm_files, deadline=60)
    assert warm[-2:] == [str(small["shop"].resolve()), str(small["hr"].resolve())]
    # a learner's statement cannot leave state on it: writes run on a throwaway copy
    wrote = judge(spec, small["shop"], "CREATE TABLE t AS SELECT 1; SELECT count(*) FROM orders")
    assert wrote.passed
    missing = judge(spec, small["shop"], "SELECT count(*) FROM t")
    assert missing.status == "error" and "t" in missing.message
    # a run on other settings (a drill's timing on more threads) closes it first
    slow, fast, *_ = worker.call(time_pair, small["hr"], "SELECT 1", "SELECT 1", deadline=60,
                             repeats=1, time_limit=10)  # fmt: skip
    assert len(slow) == len(fast) == 1
    assert str(small["hr"].resolve()) not in worker.call(safety.warm_files, deadline=60)
    assert judge(hr_spec, small["hr"], "SELECT count(*) FROM employees").passed
