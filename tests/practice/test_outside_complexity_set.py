"""The outside complexity set of bench/bench_complexity_outside.py is well formed: at least 30
functions over at least six classes, each file present and recorded in SOURCES with the
repository's commit and a permissive licence, each entry defined in the code taken and each
generator giving that function's arguments. (Its accuracy is a figure the bench prints, not
something a test asserts.)"""

from __future__ import annotations

import inspect
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def data() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import complexity_outside_data

        yield complexity_outside_data
    finally:
        sys.path.remove(str(BENCH))


def test_the_set_checks_clean_and_spans_the_classes(data: ModuleType) -> None:
    assert data.check() == []
    assert len(data.FUNCTIONS) >= 30
    assert len({f.expected for f in data.FUNCTIONS}) >= 6


def test_sources_records_the_commit_the_licence_and_every_function(data: ModuleType) -> None:
    sources = (data.DATA / "SOURCES").read_text(encoding="utf-8")
    assert re.search(r"commit: [0-9a-f]{40}", sources)
    assert "licence: MIT" in sources
    assert (data.DATA / "thealgorithms" / "LICENSE.md").is_file()
    for function in data.FUNCTIONS:
        assert f"\n{function.id}\n" in sources, function.id
        assert f"function: {function.entry}\n" in sources, function.id


def test_every_kept_file_is_used(data: ModuleType) -> None:
    used = {function.path for function in data.FUNCTIONS}
    kept = {
        str(path.relative_to(data.DATA)) for path in (data.DATA / "thealgorithms").rglob("*.py")
    }
    assert kept == used


def test_each_generator_gives_the_function_its_arguments(data: ModuleType) -> None:
    for function in data.FUNCTIONS:
        namespace: dict[str, object] = {"__name__": "outside"}
        exec(compile(function.code(), function.path, "exec"), namespace)
        entry = namespace[function.entry]
        assert callable(entry)
        kwargs = data.load_generate(function)(10, random.Random(3))
        inspect.signature(entry).bind(**kwargs)
