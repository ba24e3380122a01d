"""Fuel runs of code the learner did not write, kept on disk: the reference's and the
baselines' (an empty function in place of the learner's).

A fuel count is deterministic: the same code on the same input in the same interpreter
executes the same instructions on any machine, busy or not. So a run that holds no learner
code need not be repeated by every `pivotprep practice test`: it is kept in
`<data folder>/cache/fuel/<problem>.<key>.json`, where the key is a SHA-256 of everything
the count depends on (the pack's generator, reference and meta.yaml, the harness, the guest
bootstrap, the worker, this package's fuel code and the compiled module's name, which carries
the interpreter's hash and wasmtime's version). An edited pack or a new pivotprep gives a new
key, so a stale count is never read; files of older keys are removed on write. A missing,
unreadable or unwritable file only costs the runs. The app and the child that counts ahead
(count_ahead.py) may add runs to the same file at once: each re-reads and rewrites it while
holding an OS lock on `.<problem>.lock` beside it, so neither drops the other's runs.

Learner code is never stored: only runs the caller marks as trusted come here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from pivotprep.practice.problems import Problem

VERSION = 1
JUDGE = Path(__file__).resolve().parent
CODE = ("harness.py", "wasm_guest.py", "wasm_worker.py", "fuel.py", "fuel_store.py")
PACK = ("generate.py", "reference.py", "meta.yaml")

_lock = threading.Lock()
_keys: dict[str, str] = {}


def _pack_key(problem: Problem, module_name: str) -> str:
    """The SHA-256 of what a trusted run's count depends on, besides the code and n."""
    memo = f"{problem.folder}\0{module_name}"
    with _lock:
        if memo in _keys:
            return _keys[memo]
    digest = hashlib.sha256(f"{VERSION}\0{module_name}".encode())
    for name in CODE:
        digest.update(b"\0" + (JUDGE / name).read_bytes())
    for name in PACK:
        with contextlib.suppress(OSError):
            digest.update(b"\0" + (problem.folder / name).read_bytes())
    key = digest.hexdigest()[:24]
    with _lock:
        _keys[memo] = key
    return key


def _path(problem: Problem) -> Path | None:
    from pivotprep.core.settings import get_settings
    from pivotprep.practice.judge.wasm import prepared

    where = prepared()
    if where is None:
        return None
    key = _pack_key(problem, where.cwasm.name)
    return get_settings().cache_dir / "fuel" / f"{problem.id}.{key}.json"


def run_key(code: str, n: int | None, seed: int, fuel: int, ballast: tuple[int, int]) -> str:
    """The entry's name within the problem's file: which code, on which input, with which
    instruction budget and ballast."""
    digest = hashlib.sha256(code.encode()).hexdigest()[:24]
    return f"{digest}:{n}:{seed}:{fuel}:{ballast[0]}:{ballast[1]}"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recall(problem: Problem, key: str) -> list[Any] | None:
    """A kept run ([frame, fuel used, peak memory]) or None."""
    path = _path(problem)
    if path is None:
        return None
    entry = _read(path).get(key)
    return entry if isinstance(entry, list) and len(entry) == 3 else None


def keep(problem: Problem, key: str, entry: list[Any]) -> None:
    """Add one run to the problem's file (atomically; failures ignored) and remove the
    files of older keys for this problem."""
    from pivotprep.core.files import locked_file, write_text_atomic

    path = _path(problem)
    if path is None:
        return
    with _lock, contextlib.suppress(OSError), locked_file(lock_path(path)) as held:
        if not held:  # Windows gave up waiting: the run is only not kept
            return
        data = _read(path)  # under the lock: what another process kept is merged, not lost
        data[key] = entry
        write_text_atomic(path, json.dumps(data), mode=0o600)
        for old in path.parent.glob(f"{problem.id}.*.json"):
            if old != path:
                old.unlink(missing_ok=True)


def lock_path(path: Path) -> Path:
    """The lock file guarding a problem's file (`.<problem>.lock` beside it, for every key)."""
    return path.with_name(f".{path.name.rsplit('.', 2)[0]}.lock")


def forget() -> None:
    """Remove every kept run (tests and benches that must measure afresh)."""
    from pivotprep.core.settings import get_settings

    folder = get_settings().cache_dir / "fuel"
    with _lock:
        for old in folder.glob("*.json") if folder.is_dir() else ():
            old.unlink(missing_ok=True)
