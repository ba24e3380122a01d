"""SQL fixtures: the four small datasets, built once per test run and linked into each
test's isolated cache folder (so no test rebuilds them, and none touches the user's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pivotprep.sql import datasets


@pytest.fixture(scope="session")
def small_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sql-small")
    return {
        name: datasets.build(name, "small", target=datasets.dataset_path(name, cache_dir=folder))
        for name in datasets.datasets()
    }


@pytest.fixture
def small(small_files: dict[str, Path], isolated_home: Path) -> Iterator[dict[str, Path]]:
    """The small datasets, visible at their cache paths under this test's PIVOTPREP_HOME."""
    out = {}
    for name, source in small_files.items():
        target = datasets.dataset_path(name, "small")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(source)
        out[name] = target
    yield out


@pytest.fixture(autouse=True)
def no_background_build_outlives_its_test() -> Iterator[None]:
    """A background dataset build finishes inside the test that started it (it writes
    under that test's home), and its record does not leak into the next test."""
    yield
    with datasets._background_guard:
        jobs = list(datasets._background.values())
        datasets._background.clear()
    for job in jobs:
        job.thread.join()
