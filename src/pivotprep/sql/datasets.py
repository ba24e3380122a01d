"""The practice datasets: four small businesses, generated deterministically from a seed,
and the datasets packs bring (`dataset_pack.py`: a checked SQL script or CSV files).

Every value comes from `u(i, k)`, a uniform number in [0, 1) computed as a hash of the row
number `i`, a column salt `k` and the seed. Nothing depends on thread scheduling or on a
random-number stream, so two builds with the same seed are identical cell for cell (a test
checks it with `checksum`), and DuckDB can generate millions of rows in parallel.

Each dataset comes in two sizes: `small` (hundreds to thousands of rows, for the correctness
problems) and `large` (millions of rows in the fact tables, for the optimisation drills).
Files are built on first use into `get_settings().cache_dir / "sql"` and reused afterwards;
the column documentation lives in `content/sql/datasets.yaml`.

This module holds the registry, the build and the cache; the SQL that generates each
dataset lives in `dataset_<name>.py` (shop, app, hr, rides), with the shared helpers in
`dataset_sqlgen.py`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pivotprep.core.errors import NotFoundError
from pivotprep.core.files import make_private_dirs
from pivotprep.sql import dataset_app, dataset_hr, dataset_pack, dataset_rides, dataset_shop
from pivotprep.sql.errors import SqlPackError

GENERATOR_VERSION = 3  # bump when generated rows change: cached files are rebuilt
DEFAULT_SEED = 20260101
SIZES = ("small", "large")
CONTENT = Path(__file__).resolve().parent.parent / "content" / "sql"

# the generator of each dataset, in the order they are listed
_MODULES = {"shop": dataset_shop, "app": dataset_app, "hr": dataset_hr, "rides": dataset_rides}
# rows per entity table at each size; fact tables follow from them
SIZE_PARAMS: dict[str, dict[str, dict[str, int]]] = {n: m.PARAMS for n, m in _MODULES.items()}
_STEPS = {n: m.steps for n, m in _MODULES.items()}


PACKS = CONTENT / "datasets"  # datasets packs bring: one folder each (dataset_pack.py)


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    description: str
    tables: dict[str, dict[str, str]]  # table -> column -> description (from datasets.yaml)
    steps: Callable[[dict[str, int]], list[tuple[str, str]]] | None
    folder: Path | None = None  # a pack's dataset: its folder (one size, its own rows)

    @property
    def sizes(self) -> tuple[str, ...]:
        return ("small",) if self.folder is not None else SIZES


@lru_cache(maxsize=1)
def datasets() -> dict[str, Dataset]:
    """The generated datasets, then the packs' datasets, with their documented schemas."""
    doc = yaml.safe_load((CONTENT / "datasets.yaml").read_text(encoding="utf-8"))
    out: dict[str, Dataset] = {}
    for name, steps in _STEPS.items():
        entry = doc[name]
        out[name] = Dataset(
            name=name,
            title=entry["title"],
            description=entry["description"].strip(),
            tables={t: dict(cols) for t, cols in entry["tables"].items()},
            steps=steps,
        )
    folders = sorted(PACKS.iterdir()) if PACKS.is_dir() else []
    for folder in (f for f in folders if f.is_dir() and not f.name.startswith(".")):
        if folder.name in out or not folder.name.isidentifier():
            raise SqlPackError(f"dataset {folder.name}: the name is taken or not a plain word")
        entry = dataset_pack.read_doc(folder)
        out[folder.name] = Dataset(
            name=folder.name,
            title=entry["title"],
            description=entry["description"].strip(),
            tables={t: {c: str(d) for c, d in cols.items()} for t, cols in entry["tables"].items()},
            steps=None,
            folder=folder,
        )
    return out


def get_dataset(name: str) -> Dataset:
    try:
        return datasets()[name]
    except KeyError:
        raise NotFoundError(
            f"No dataset {name!r}. Choose one of: {', '.join(datasets())}."
        ) from None


def _check_size(size: str, name: str | None = None) -> None:
    if size not in SIZES:
        raise NotFoundError(f"No dataset size {size!r}. Choose small or large.")
    if name is not None and size not in get_dataset(name).sizes:
        raise NotFoundError(f"The {name} dataset comes from a pack and has one size, small.")


def dataset_path(name: str, size: str = "small", *, seed: int = DEFAULT_SEED,
                 cache_dir: Path | None = None) -> Path:  # fmt: skip
    """Where the built file for (name, size, seed) lives; it may not exist yet."""
    if cache_dir is None:
        from pivotprep.core.settings import get_settings

        cache_dir = get_settings().cache_dir / "sql"
    ds = datasets().get(name)
    if ds is not None and ds.folder is not None:
        return cache_dir / f"{name}-{size}-p{dataset_pack.fingerprint(ds.folder)}.duckdb"
    return cache_dir / f"{name}-{size}-v{GENERATOR_VERSION}-s{seed}.duckdb"


def build(
    name: str,
    size: str = "small",
    *,
    seed: int = DEFAULT_SEED,
    target: Path | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Path:
    """Generate dataset `name` at `size` into `target` (default: its cache path).

    The file is written next to the target and renamed into place when complete, so a
    reader never sees a half-built dataset. `progress(table, done, total)` is called after
    each table.
    """
    ds = get_dataset(name)
    _check_size(size, name)
    import duckdb

    target = target or dataset_path(name, size, seed=seed)
    make_private_dirs(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".duckdb", dir=target.parent)
    os.close(fd)
    os.unlink(tmp_name)
    try:
        con = duckdb.connect(tmp_name)
        try:
            if ds.folder is not None:
                _build_pack(con, ds, progress)
            else:
                _build_generated(con, ds, SIZE_PARAMS[name][size], seed, progress)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp_name, target)
    finally:
        for leftover in (tmp_name, tmp_name + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return target


def remove_stale_builds(path: Path) -> list[Path]:
    """Remove half-built copies of `path` (and their WAL files) left by a build that was
    killed; call with `build_lock(path)` held, so no live build owns them."""
    removed = []
    for leftover in path.parent.glob(f".{path.stem}-*.duckdb*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _build_generated(
    con: Any,
    ds: Dataset,
    params: dict[str, int],
    seed: int,
    progress: Callable[[str, int, int], None] | None,
) -> None:
    """Run a generated dataset's CREATE TABLE ... AS SELECT steps on `con`."""
    assert ds.steps is not None
    steps = ds.steps(params)
    p = 1_000_000_007
    con.execute(f"CREATE TEMP MACRO u(i, k) AS (hash(i, k, {int(seed)}) % {p}) / {p}.0")
    for done, (table, sql) in enumerate(steps, start=1):
        con.execute(sql)
        if progress:
            progress(table, done, len(steps))


def _build_pack(con: Any, ds: Dataset, progress: Callable[[str, int, int], None] | None) -> None:
    """Create a pack's tables on `con` from its files and check them against its doc."""
    assert ds.folder is not None
    dataset_pack.build_into(con, ds.folder)
    dataset_pack.check_tables(con, ds.folder, {"tables": ds.tables})
    if progress:
        progress(ds.name, 1, 1)


# seconds a large build takes on a 2-core laptop (bench/bench_sql_judge.py measures them),
# for "building the large dataset (about N s, once)"
LARGE_BUILD_SECONDS = {"shop": 25, "app": 15, "hr": 5, "rides": 20}


def build_seconds(name: str, size: str = "large") -> int:
    """Roughly how long building (name, size) takes, for a notice before it starts."""
    return LARGE_BUILD_SECONDS.get(name, 30) if size == "large" else 1


_process_locks: dict[Path, threading.Lock] = {}
_process_locks_guard = threading.Lock()


@contextmanager
def build_lock(path: Path) -> Iterator[None]:
    """Hold the build of `path` for this thread, this process and other processes.

    A thread lock per target serialises threads of one process (two web requests); an
    exclusive `flock` on `<target>.lock` serialises processes (the CLI and the web), where
    the platform has it. Whoever waits finds the file built and reuses it."""
    with _process_locks_guard:
        lock = _process_locks.setdefault(path, threading.Lock())
    make_private_dirs(path.parent)
    with lock:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): the thread lock and atomic rename remain
            yield
            return
        with open(path.with_name(path.name + ".lock"), "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def is_built(name: str, size: str = "small", *, seed: int = DEFAULT_SEED) -> bool:
    return dataset_path(name, size, seed=seed).exists()


def ensure_built(name: str, size: str = "small", *, seed: int = DEFAULT_SEED,
                 show_progress: bool = False, path: Path | None = None) -> Path:  # fmt: skip
    """The path of the built dataset, building it first if it is not cached yet.

    Safe to call from several threads and processes at once: one builds, the others wait
    for it and reuse the file. `show_progress` draws a Rich progress bar (the CLI's first
    use of a large dataset). `path` overrides the cache path (a background build fixes it
    in the requesting thread, where the settings are the request's).
    """
    get_dataset(name)
    _check_size(size, name)
    path = path or dataset_path(name, size, seed=seed)
    if path.exists():
        return path
    with build_lock(path):
        if path.exists():  # built by whoever held the lock before us
            return path
        remove_stale_builds(path)
        if not show_progress:
            return build(name, size, seed=seed, target=path)
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("[bold]{task.description}"), BarColumn(),
            TextColumn("{task.fields[table]}"), TimeElapsedColumn(), transient=False,
        ) as bar:  # fmt: skip
            about = f", about {build_seconds(name, size)} s, once" if size == "large" else ""
            task = bar.add_task(f"Building {name} ({size}{about})", total=None, table="")

            def step(table: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, table=table)

            return build(name, size, seed=seed, target=path, progress=step)


# ---- building in the background (the web's first use of a large dataset) -----------------


@dataclass
class BackgroundBuild:
    name: str
    size: str
    thread: threading.Thread
    error: str | None = None

    @property
    def running(self) -> bool:
        return self.thread.is_alive()


_background: dict[tuple[str, str], BackgroundBuild] = {}
_background_guard = threading.Lock()


def build_in_background(name: str, size: str = "large") -> BackgroundBuild | None:
    """Start building (name, size) in a daemon thread unless it is built or being built.

    Returns the build in progress (new or already running), or None once the file exists,
    so a page can say "building, please wait" and poll until it is ready."""
    get_dataset(name)
    _check_size(size, name)
    with _background_guard:
        current = _background.get((name, size))
        if current is not None and (current.running or current.error):
            return current
        if is_built(name, size):
            _background.pop((name, size), None)
            return None
        path = dataset_path(name, size)

        def work() -> None:
            try:
                ensure_built(name, size, path=path)
            except Exception as exc:  # noqa: BLE001 - reported on the next poll
                job.error = f"Building the {name} ({size}) dataset failed: {exc}"

        job = BackgroundBuild(name, size, threading.Thread(target=work, daemon=True))
        _background[(name, size)] = job
        job.thread.start()
        return job


def background_build(name: str, size: str = "large") -> BackgroundBuild | None:
    """The background build of (name, size) if one was started (running, or failed and
    not yet reported); never starts one. A page load only reads this: only a run the
    learner asked for may start a build."""
    with _background_guard:
        return _background.get((name, size))


def forget_failed_build(name: str, size: str) -> None:
    """Drop a failed background build so that the next request tries again."""
    with _background_guard:
        job = _background.get((name, size))
        if job is not None and job.error and not job.running:
            del _background[(name, size)]


def checksum(path: Path) -> dict[str, tuple[int, int]]:
    """Per table: (row count, order-independent sum of row hashes). Equal files, equal sums."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables ORDER BY table_name"
        ).fetchall()]  # fmt: skip
        out: dict[str, tuple[int, int]] = {}
        for table in tables:
            count, total = con.execute(
                f'SELECT count(*), coalesce(sum(hash("{table}")::HUGEINT), 0) FROM "{table}"'
            ).fetchone()  # type: ignore[misc]
            out[table] = (int(count), int(total))
        return out
    finally:
        con.close()


def describe(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The actual columns and DuckDB types of each table in a built file."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, dtype in rows:
        out.setdefault(table, []).append((column, dtype))
    return out
