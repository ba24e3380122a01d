"""A persistent worker process, with a capped address space, that runs learner SQL.

DuckDB's `memory_limit` covers its buffer pool, not every allocation: a query such as
`SELECT repeat('x', 50000000) FROM range(100)` builds gigabytes of strings in one data
chunk before the result budget can stop it. Run in the web server's own process, that
can take the whole app (or the laptop) down. So every run of learner SQL (the judge's
run, the drill timings, EXPLAIN ANALYZE) goes through `call`, which runs a module-level
function in one long-lived child process whose address space is capped with
`RLIMIT_AS` (`PIVOTPREP_SQL_MEMORY_MB`, default 2048). A query that needs more fails, or
kills only the worker; either way the caller gets `SqlMemoryError` with a clear message,
and the next call starts a fresh worker if needed.

The worker is a plain `python -c` subprocess (it never imports the parent's `__main__`),
started on first use and reused, so a judgement costs one round trip on a socket (about
a millisecond) rather than a process start. Calls are serialised by a lock: requests from
several web threads queue, and each call's hard deadline starts when its turn comes. A
worker that misses the deadline (the in-worker time limit normally fires first) is
killed and replaced, and the call raises `SqlTimeoutError`.

Values and errors cross the socket as plain picklable data: results as returned, a
`UserError` as (class name, message, field, hint), rebuilt on this side from the table of
classes the worker may send (`errors.SENDABLE`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pivotprep.core.errors import UserError
from pivotprep.sql.errors import SqlMemoryError, SqlTimeoutError, rebuild

MEMORY_ENV = "PIVOTPREP_SQL_MEMORY_MB"
DEFAULT_MEMORY_MB = 2048  # DuckDB (1 GB buffer pool, two threads) peaks near 1 GB virtual
MIN_MEMORY_MB = 256
START_TIMEOUT = 60.0  # seconds for a new worker to import DuckDB and say it is ready
KILL_WAIT = 5.0

_BOOT = (
    "import sys; from pivotprep.sql.worker import serve; serve(int(sys.argv[1]), int(sys.argv[2]))"
)


def memory_cap_mb() -> int:
    """The worker's address-space cap in MB, from `PIVOTPREP_SQL_MEMORY_MB` (default 2048)."""
    raw = os.environ.get(MEMORY_ENV, "").strip()
    if not raw:
        return DEFAULT_MEMORY_MB
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < MIN_MEMORY_MB:
        raise UserError(
            f"{MEMORY_ENV} must be a whole number of megabytes, at least {MIN_MEMORY_MB} "
            f"(it is {raw!r}); unset it for the default of {DEFAULT_MEMORY_MB}."
        )
    return value


def _show_mb(mb: int) -> str:
    return f"{mb // 1024} GB" if mb % 1024 == 0 else f"{mb} MB"


def memory_message() -> str:
    """What the learner reads when a query runs out of the memory practice allows."""
    return (
        f"The query needed more memory than practice allows ({_show_mb(memory_cap_mb())}) "
        "and was stopped. Return fewer or shorter values, or filter and aggregate before "
        "joining (a huge repeat() or string_agg, or a join without a condition, is the "
        "usual cause)."
    )


def is_out_of_memory(exc: BaseException) -> bool:
    """True for Python's MemoryError and DuckDB's 'Out of Memory Error' exceptions."""
    return isinstance(exc, MemoryError) or type(exc).__name__ == "OutOfMemoryException"


# ---- the worker side ----------------------------------------------------------------------


def serve(fd: int, cap_bytes: int) -> None:
    """The worker's loop: cap the address space, then run (function, args, kwargs) requests
    from the socket `fd` and send back ("ok", value), ("user", ...), ("memory",) or
    ("crash", text). Ends when the parent closes the socket, or after a MemoryError (a
    heap that ran dry is not reused)."""
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (cap_bytes, cap_bytes))
    conn = Connection(fd)
    import duckdb  # noqa: F401 - loaded before "ready", so the first query pays nothing

    import pivotprep.sql.drills  # noqa: F401
    import pivotprep.sql.judge  # noqa: F401
    from pivotprep.sql import safety

    safety.keep_warm()  # one locked read-only connection per dataset, reused by every call

    conn.send(("ready", os.getpid()))
    while True:
        try:
            func, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        reply = _run(func, args, kwargs)
        try:
            conn.send(reply)
        except MemoryError:
            reply = ("memory",)
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 - e.g. a value that cannot be pickled
            reply = ("crash", f"the result could not be sent back: {type(exc).__name__}: {exc}")
            conn.send(reply)
        if reply[0] == "memory" or reply[1:2] == ("SqlMemoryError",):
            return  # a heap that ran dry (or a DuckDB that did) is not reused


def _run(
    func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    try:
        return ("ok", func(*args, **kwargs))
    except UserError as error:
        return ("user", type(error).__name__, error.message, error.field,
                getattr(error, "hint", None), getattr(error, "rewrite", None),
                getattr(error, "source", None))  # fmt: skip
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, never lost
        if is_out_of_memory(exc):
            return ("memory",)
        return ("crash", f"{type(exc).__name__}: {exc}")


# ---- the parent side ----------------------------------------------------------------------

SCRATCH_PREFIX = "pivotprep-sqlworker-"
# What the worker inherits from the app's environment: enough to run Python and find
# pivotprep, nothing else (no database URL with its password, no tokens, no HOME).
_PASSED_ENV = ("PATH", "SYSTEMROOT", "LANG", "LC_ALL", "LC_CTYPE", "VIRTUAL_ENV", MEMORY_ENV)


def worker_environment(scratch: str) -> dict[str, str]:
    """The worker's whole environment: a minimal one, with its scratch folder as TMPDIR and
    HOME (so nothing DuckDB reports or writes names the user's home)."""
    env = {name: os.environ[name] for name in _PASSED_ENV if name in os.environ}
    env.update(TMPDIR=scratch, TEMP=scratch, TMP=scratch, HOME=scratch, PYTHONNOUSERSITE="1")
    src = str(Path(__file__).resolve().parents[2])  # the folder holding `pivotprep`
    extra = os.environ.get("PYTHONPATH")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, extra) if p)
    return env


def remove_stale_scratch(root: Path | None = None) -> list[Path]:
    """Remove scratch folders (and the dataset copies in them) left by workers whose app was
    killed: folders named for a process id that no longer runs. Returns what was removed."""
    root = root or Path(tempfile.gettempdir())
    removed = []
    for folder in root.glob(f"{SCRATCH_PREFIX}*-*"):
        pid_text = folder.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or _running(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if folder.is_dir() and not folder.is_symlink() and _owned(folder):
                shutil.rmtree(folder)
                removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    """Whether process `pid` exists (a process of another user counts as running)."""
    if pid == os.getpid() or os.name != "posix":  # Windows' os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _owned(folder: Path) -> bool:
    return not hasattr(os, "getuid") or folder.lstat().st_uid == os.getuid()


class _Worker:
    """One running worker: its process, its end of the socket and the cap it runs under."""

    def __init__(self, cap_mb: int) -> None:
        self.cap_mb = cap_mb
        ours, theirs = socket.socketpair()
        remove_stale_scratch()
        # The worker's temporary files (throwaway copies of a dataset for queries that
        # write) live in a folder of its own, removed with it even when it is killed, and
        # by the next start when the app itself was killed.
        self.scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        env = worker_environment(self.scratch)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(theirs.fileno()), str(cap_mb * 1024 * 1024)],
                pass_fds=(theirs.fileno(),),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
            )
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())
        if not self.conn.poll(START_TIMEOUT):
            self.kill()
            raise RuntimeError("The SQL worker did not start within a minute.")
        try:
            self.conn.recv()
        except EOFError:
            self.kill()
            raise RuntimeError(
                f"The SQL worker exited while starting ({MEMORY_ENV}={cap_mb} may be too "
                "small for DuckDB; unset it for the default)."
            ) from None

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # SIGKILL is not ignorable
            self.process.wait(KILL_WAIT)
        self.conn.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


_lock = threading.Lock()
_worker: _Worker | None = None


def _ready_worker(cap: int) -> _Worker:
    """The running worker, (re)started if there is none, it died or the cap changed.
    Call with `_lock` held."""
    global _worker
    if _worker is not None and (_worker.cap_mb != cap or not _worker.alive()):
        _worker.kill()
        _worker = None
    if _worker is None:
        _worker = _Worker(cap)
        atexit.register(_worker.kill)  # the process ends: so do the worker and its folder
    return _worker


def _discard(worker: _Worker) -> None:
    """Kill `worker` and forget it, so the next call starts a fresh one. `_lock` held."""
    global _worker
    worker.kill()
    if _worker is worker:
        _worker = None


def prestart() -> None:
    """Start the worker in the background if none runs, so its start-up (about 0.3 s,
    once per process) overlaps the caller's own work, e.g. the reference run."""
    if _worker is not None and _worker.alive():
        return

    def start() -> None:
        with contextlib.suppress(Exception), _lock:  # `call` reports any failure itself
            _ready_worker(memory_cap_mb())

    threading.Thread(target=start, name="sql-worker-start", daemon=True).start()


def call(func: Callable[..., Any], *args: Any, deadline: float, **kwargs: Any) -> Any:
    """Run `func(*args, **kwargs)` in the worker and return its value.

    `func` must be a module-level function and its arguments and value plain picklable
    data. A `UserError` raised there is raised here. Raises `SqlMemoryError` if the worker
    ran out of memory or died, and `SqlTimeoutError` if no answer came within `deadline`
    seconds (the worker is then killed); the next call starts a fresh worker. Calls wait
    for each other; the deadline counts from this call's turn.
    """
    cap = memory_cap_mb()
    with _lock:
        worker = _ready_worker(cap)
        try:
            worker.conn.send((func, args, kwargs))
            if not worker.conn.poll(deadline):
                _discard(worker)
                raise SqlTimeoutError(
                    f"The query did not stop within {deadline:g} s, even when cancelled, "
                    "so practice stopped it. Look for a join without a condition or a "
                    "subquery run per row.",
                    field="query",
                )
            reply = worker.conn.recv()
        except (EOFError, OSError):
            reply = ("memory",)  # the worker died mid-query: almost always out of memory
        except BaseException:  # e.g. Ctrl+C while waiting: never leave a reply in flight
            _discard(worker)
            raise
        if reply[0] not in ("ok", "user") or reply[1:2] == ("SqlMemoryError",):
            _discard(worker)  # the worker ends after running out of memory
    kind = reply[0]
    if kind == "ok":
        return reply[1]
    if kind == "user":
        raise rebuild(*reply[1:])
    if kind == "memory":
        raise SqlMemoryError(memory_message(), field="query")
    raise RuntimeError(f"The SQL worker failed: {reply[1]}")
