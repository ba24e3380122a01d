"""Datasets: deterministic from the seed, documented, and realistic where problems rely on it."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pivotprep.sql import datasets


def test_two_builds_with_the_same_seed_are_identical(tmp_path: Path) -> None:
    for name in ("hr", "app"):
        a = datasets.build(name, "small", target=tmp_path / f"a-{name}.duckdb")
        b = datasets.build(name, "small", target=tmp_path / f"b-{name}.duckdb")
        assert datasets.checksum(a) == datasets.checksum(b)
        c = datasets.build(name, "small", seed=7, target=tmp_path / f"c-{name}.duckdb")
        assert datasets.checksum(c) != datasets.checksum(a)


def test_documented_schema_matches_the_built_tables(small: dict[str, Path]) -> None:
    for name, path in small.items():
        built = {t: [c for c, _ in cols] for t, cols in datasets.describe(path).items()}
        documented = {t: list(cols) for t, cols in datasets.get_dataset(name).tables.items()}
        assert built == documented, name


def _one(path: Path, sql: str):  # type: ignore[no-untyped-def]
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_data_has_the_nulls_duplicates_and_hierarchy_problems_rely_on(
    small: dict[str, Path],
) -> None:
    shop, app, hr = small["shop"], small["app"], small["hr"]
    assert _one(shop, "SELECT count(*) FROM customers WHERE email IS NULL") > 0
    assert _one(shop, "SELECT count(*) FROM orders WHERE shipping_city <> trim(shipping_city)") > 0
    assert _one(shop, "SELECT count(*) FROM (SELECT order_id FROM payments WHERE status = 'ok' "
                      "GROUP BY order_id, paid_at, amount HAVING count(*) > 1)") > 0  # fmt: skip
    assert _one(app, "SELECT count(*) FROM (SELECT 1 FROM events GROUP BY user_id, session_id, "
                     "event_time, event_name HAVING count(*) > 1)") > 0  # fmt: skip
    assert _one(hr, "SELECT count(*) FROM employees WHERE manager_id IS NULL") == 1
    assert _one(hr, "SELECT count(*) FROM employees e LEFT JOIN employees m "
                    "ON m.employee_id = e.manager_id WHERE e.manager_id IS NOT NULL "
                    "AND m.employee_id IS NULL") == 0  # fmt: skip
    # skew: the busiest customer orders far more than the median one
    top, median = (
        duckdb.connect(str(shop), read_only=True)
        .execute(
            "SELECT max(n), median(n) FROM (SELECT count(*) n FROM orders GROUP BY customer_id)"
        )
        .fetchone()
    )
    assert top > 5 * median
    # orders never precede the customer's signup
    assert _one(shop, "SELECT count(*) FROM orders o JOIN customers c USING (customer_id) "
                      "WHERE o.ordered_at < c.signup_date") == 0  # fmt: skip


def test_large_sizes_have_millions_of_rows_in_the_fact_tables(tmp_path: Path) -> None:
    large = datasets.SIZE_PARAMS
    assert large["shop"]["large"]["orders"] >= 1_000_000
    assert large["rides"]["large"]["trips"] >= 1_000_000
    assert large["app"]["large"]["users"] * large["app"]["large"]["max_sessions"] >= 1_000_000
    # hr's salary rows follow from random history lengths: count them in a real build
    # (a few seconds; the other large datasets are built by the bench)
    hr = datasets.checksum(datasets.build("hr", "large", target=tmp_path / "hr.duckdb"))
    assert hr["salaries"][0] >= 1_000_000 and hr["employees"][0] >= 200_000


def test_ensure_built_builds_once_then_reuses_the_cache(isolated_home: Path) -> None:
    path = datasets.ensure_built("hr", "small")
    assert path.is_relative_to(isolated_home) and path.parent.name == "sql"
    stamp = path.stat().st_mtime_ns
    assert datasets.ensure_built("hr", "small") == path
    assert path.stat().st_mtime_ns == stamp


def test_concurrent_ensure_built_builds_once(isolated_home: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    real_build = datasets.build
    calls: list[str] = []

    def counting_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[0])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(datasets, "build", counting_build)
    start = threading.Barrier(3)
    paths: list[Path] = []

    def use() -> None:
        start.wait()
        paths.append(datasets.ensure_built("hr", "small"))

    threads = [threading.Thread(target=use) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["hr"] and len(set(paths)) == 1 and paths[0].exists()


def test_a_background_build_reports_progress_then_the_file(isolated_home: Path) -> None:
    job = datasets.build_in_background("hr", "small")
    assert job is not None
    assert datasets.build_in_background("hr", "small") in (job, None)  # never a second build
    job.thread.join()
    assert job.error is None and datasets.build_in_background("hr", "small") is None
    assert datasets.is_built("hr", "small")


def test_half_built_copies_left_by_a_killed_build_are_removed(isolated_home: Path) -> None:
    """A build killed mid-way leaves `.<dataset>-XXXX.duckdb` (and its WAL) beside the
    cache; the next build of that dataset removes them, and only them."""
    path = datasets.dataset_path("hr", "small")
    path.parent.mkdir(parents=True, exist_ok=True)
    stale = [
        path.parent / f".{path.stem}-dead1.duckdb",
        path.parent / f".{path.stem}-dead1.duckdb.wal",
    ]
    for leftover in stale:
        leftover.write_bytes(b"\0" * 1024)
    other = path.parent / ".app-small-something.duckdb"
    other.write_bytes(b"\0")
    assert datasets.ensure_built("hr", "small") == path
    assert not any(leftover.exists() for leftover in stale) and other.exists()
