"""The kept fuel runs (judge/fuel_store.py): the app and the child that counts ahead may
add runs to a problem's file at the same moment; neither loses the other's."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from pivotprep.core.files import locked_file
from pivotprep.practice.judge import fuel_store
from pivotprep.practice.problems import load_pack

PROBLEM = "first-repeated-badge"


def test_a_run_kept_while_another_process_writes_merges_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`keep` waits for the OS lock another process holds, then re-reads the file: the
    other's run, written meanwhile, is kept beside its own."""
    problem = load_pack(PROBLEM)
    path = tmp_path / "fuel" / f"{PROBLEM}.k.json"
    monkeypatch.setattr(fuel_store, "_path", lambda p: path)
    with locked_file(tmp_path / "fuel" / f".{PROBLEM}.lock"):  # as the other process would
        mine = threading.Thread(target=fuel_store.keep, args=(problem, "mine", [1, 2, 3]))
        mine.start()
        time.sleep(0.3)
        assert not path.exists(), "keep wrote without the other process's lock"
        path.write_text(json.dumps({"theirs": [4, 5, 6]}), encoding="utf-8")
    mine.join(timeout=10)
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "theirs": [4, 5, 6],
        "mine": [1, 2, 3],
    }
    assert fuel_store.recall(problem, "theirs") == [4, 5, 6]


def test_the_lock_file_is_one_per_problem_whatever_the_key(tmp_path: Path) -> None:
    for name in (f"{PROBLEM}.abc.json", f"{PROBLEM}.def.json"):
        assert fuel_store.lock_path(tmp_path / name) == tmp_path / f".{PROBLEM}.lock"
