"""The WebAssembly judge's workers: a small bounded pool of worker processes per app process.

Each worker (wasm_worker.py, run as a script) holds the compiled module and runs one guest at
a time, each in a fresh Store. A pool of them lets concurrent Runs on the web proceed side by
side instead of queueing behind one another, and lets a complexity measurement run its
sizes in parallel. The pool is bounded (`PIVOTPREP_JUDGE_WORKERS`, default: the number of
CPUs, at most 4): each worker may hold a guest of 512 MB. Workers start on first use, the
most recently used idle one is taken first (it is warm), and a caller waits when all are
busy.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pivotprep.practice.judge.pump import RUN_CAP, STREAM_CAP

if TYPE_CHECKING:
    from pivotprep.practice.judge.wasm import Prepared

WORKER = Path(__file__).resolve().parent / "wasm_worker.py"
STARTUP_SECONDS = 20.0  # a cold worker may share two cores with much else
REPLY_CAP = RUN_CAP + STREAM_CAP  # the most one reply blob holds: the worker keeps no more
MAX_WORKERS = 4


class Worker:
    """One worker process: started on first use, restarted after a crash or a hung run."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.lock = threading.Lock()
        self.host: dict[str, Any] | None = None  # the process's own bounds, as it read them

    def _start(self, where: Prepared) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [*worker_command(), str(where.cwasm), str(where.stdlib)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**_minimal_env(), "PYTHONPATH": _worker_path()},
        )
        try:
            header = json.loads(_read_blob(proc, STARTUP_SECONDS))
            if not header.get("ready"):
                raise OSError("the WebAssembly worker did not start")
            host = header.get("host")
            self.host = host if isinstance(host, dict) else None
        except BaseException:
            self._kill(proc)
            raise
        return proc

    def _kill(self, proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(OSError):
            proc.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            proc.wait(timeout=5)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def stop(self) -> None:
        with self.lock:
            if self.proc is not None:
                self._kill(self.proc)
                self.proc = None

    def call(
        self, where: Prepared, request: dict[str, Any], budget: float
    ) -> tuple[dict[str, Any], bytes, bytes]:
        """Send one run; its (header, stdout, stderr). A worker that does not answer within
        `budget` seconds is killed and the run reported as stopped by the time limit."""
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                try:
                    self.proc = self._start(where)
                except (OSError, ValueError, TimeoutError) as exc:
                    why = "it did not start in time" if isinstance(exc, TimeoutError) else exc
                    return {"exit": None, "stopped": f"worker: {why}", "fuel": None}, b"", b""
            proc = self.proc
            data = json.dumps(request).encode()
            try:
                assert proc.stdin is not None
                proc.stdin.write(len(data).to_bytes(4, "big") + data)
                proc.stdin.flush()
                header = json.loads(_read_blob(proc, budget))
                out = _read_blob(proc, budget)
                err = _read_blob(proc, budget)
            except (OSError, ValueError, TimeoutError) as exc:
                self._kill(proc)
                self.proc = None
                stopped = "timeout" if isinstance(exc, TimeoutError) else f"worker: {exc}"
                return {"exit": None, "stopped": stopped, "fuel": None}, b"", b""
            return header, out, err


def worker_command() -> list[str]:
    """The worker run as a script (`-P`: its folder is not put on sys.path), not as
    `-m pivotprep...`, which would first import this package and the judge's modules
    (pydantic, the pack models): about half a second of start-up the worker never uses."""
    return [sys.executable, "-P", str(WORKER)]


def _minimal_env() -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "SYSTEMROOT", "TMPDIR", "TEMP", "TMP")
    return {key: os.environ[key] for key in keep if key in os.environ}


def _worker_path() -> str:
    """The worker is one module of this package; it imports only wasmtime."""
    return os.pathsep.join(p for p in sys.path if p)


def _read_blob(proc: subprocess.Popen[bytes], budget: float) -> bytes:
    """One length-prefixed blob from the worker, within `budget` seconds."""
    import selectors

    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    deadline = time.monotonic() + budget
    data = bytearray()
    need = 4
    size: int | None = None
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while len(data) < need:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                raise TimeoutError
            chunk = os.read(fd, need - len(data))
            if not chunk:
                raise OSError("the WebAssembly worker ended")
            data += chunk
            if size is None and len(data) >= 4:
                size = int.from_bytes(data[:4], "big")
                if size > REPLY_CAP:
                    raise ValueError("the WebAssembly worker sent an oversized reply")
                need = 4 + size
    return bytes(data[4:])


def pool_size() -> int:
    """How many workers an app process may run: $PIVOTPREP_JUDGE_WORKERS, else the number
    of CPUs, at most MAX_WORKERS (and at least one)."""
    raw = os.environ.get("PIVOTPREP_JUDGE_WORKERS", "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError as exc:
            raise ValueError("PIVOTPREP_JUDGE_WORKERS must be a whole number") from exc
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


class Pool:
    """At most `size` workers; `worker()` lends one for one run."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.idle: list[Worker] = []
        self.every: list[Worker] = []
        self.ready = threading.Condition()

    @contextlib.contextmanager
    def worker(self) -> Iterator[Worker]:
        """An idle worker (the most recently used first), a new one while fewer than `size`
        exist, else the first one given back."""
        with self.ready:
            while not self.idle and len(self.every) >= self.size:
                self.ready.wait()
            if self.idle:
                lent = self.idle.pop()
            else:
                lent = Worker()
                self.every.append(lent)
        try:
            yield lent
        finally:
            with self.ready:
                self.idle.append(lent)
                self.ready.notify()

    def host_facts(self) -> dict[str, Any] | None:
        """The bounds a started worker read on itself (None: no worker has started yet)."""
        with self.ready:
            workers = list(self.every)
        return next((w.host for w in workers if w.host is not None), None)

    def stop(self) -> None:
        """End every worker's process (each starts again on its next run)."""
        with self.ready:
            workers = list(self.every)
        for each in workers:
            each.stop()


_pool: Pool | None = None
_pool_lock = threading.Lock()


def pool() -> Pool:
    """This process's pool, made on first use with `pool_size()` workers."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = Pool(pool_size())
        return _pool


def reset_pool(size: int | None = None) -> Pool:
    """Stop this process's workers and make a new pool (tests; a changed setting)."""
    global _pool
    with _pool_lock:
        old, _pool = _pool, Pool(size if size is not None else pool_size())
    if old is not None:
        old.stop()
    return _pool
