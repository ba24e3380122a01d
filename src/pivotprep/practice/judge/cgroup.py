"""A memory cgroup per judge child, where the machine lets the app make one.

The address-space rlimit counts only what the child maps; a cgroup's memory limit counts
every page charged to it: anonymous memory, tmpfs and shared memory, page cache, kernel
memory (v2, and v1 on recent kernels). It is the bound isolate uses. The app makes one
child cgroup per judge child under its own cgroup (v1: the memory hierarchy; v2: when the
memory controller is delegated to the app's cgroup), sets the limit, and the child joins it
itself before it execs the sandbox (sandbox.py: a tiny shell writes its own pid, then execs;
no preexec hook, which is not safe in a threaded app), so everything it starts is inside.
When the kernel's OOM killer ends the child there, the verdict is the memory limit.
Left-over folders of ended runs are removed by a later sweep (only folders no live run of
this process holds, and none of a live process: an empty folder may be one made for a
child that has not joined it yet). Where no cgroup can be made (no write access, v2
without delegation), `support()` says why and the judge goes on with rlimits and seccomp alone.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
PREFIX = "pivotprep-judge-"
_counter = itertools.count()
_lock = threading.Lock()
_live: set[str] = set()  # names of this process's folders whose run has not ended


@dataclass(frozen=True)
class Support:
    """Where child cgroups are made (None: nowhere) and why."""

    base: Path | None
    version: int
    reason: str


def _own_paths() -> tuple[str | None, str | None]:
    """This process's memory cgroup path on v1 and its v2 path."""
    v1 = v2 = None
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if "memory" in controllers.split(","):
                v1 = path
            elif controllers == "":
                v2 = path
    return v1, v2


def _limit_files(version: int) -> tuple[str, str]:
    return (
        ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes")
        if version == 1
        else (
            "memory.max",
            "memory.swap.max",
        )
    )


def _try_base(base: Path, version: int) -> str | None:
    """Why child cgroups cannot be made under `base` (None: they can)."""
    if not base.is_dir():
        return f"{base} does not exist"
    if version == 2:
        controls = base / "cgroup.subtree_control"
        with contextlib.suppress(OSError):
            if "memory" not in controls.read_text().split():
                controls.write_text("+memory")
        with contextlib.suppress(OSError):
            if "memory" not in controls.read_text().split():
                return f"the memory controller is not delegated to {base} (cgroup v2)"
    probe = base / f"{PREFIX}probe-{os.getpid()}"
    try:
        probe.mkdir()
    except OSError as exc:
        return f"cannot create a cgroup in {base} ({exc.strerror})"
    try:
        (probe / _limit_files(version)[0]).write_text(str(64 << 20))
    except OSError as exc:
        return f"cannot set a memory limit in {base} ({exc.strerror})"
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
    return None


@lru_cache(maxsize=1)
def support() -> Support:
    """Whether (and where) this process can make memory cgroups for its children."""
    if os.environ.get("PIVOTPREP_JUDGE_CGROUP", "1") == "0":
        return Support(None, 0, "turned off by PIVOTPREP_JUDGE_CGROUP=0")
    v1, v2 = _own_paths()
    reasons = []
    if v1 is not None and (ROOT / "memory").is_dir():
        base = ROOT / "memory" / v1.lstrip("/")
        why = _try_base(base, 1)
        if why is None:
            return Support(base, 1, f"cgroup v1 memory controller at {base}")
        reasons.append(why)
    if v2 is not None and (ROOT / "cgroup.controllers").is_file():
        base = ROOT / v2.lstrip("/")
        why = _try_base(base, 2)
        if why is None:
            return Support(base, 2, f"cgroup v2 at {base}")
        reasons.append(why)
    return Support(None, 0, "; ".join(reasons) or "no memory cgroup controller is mounted")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _ended(name: str) -> bool:
    """Whether folder `name` belongs to no live run: a run of this process that has ended,
    or any run of a process that is gone. A folder just made for a child that has not
    joined it yet is empty too, so emptiness alone must not decide (rmdir would succeed)."""
    owner = name[len(PREFIX) :].split("-", 1)[0]
    if not owner.isdigit():
        return False
    if int(owner) == os.getpid():
        with _lock:
            return name not in _live
    return not _alive(int(owner))


def _sweep(base: Path) -> None:
    """Remove the empty folders that ended runs left (a child still exiting kept them)."""
    with contextlib.suppress(OSError):
        for folder in base.glob(f"{PREFIX}*"):
            if _ended(folder.name):
                with contextlib.suppress(OSError):
                    folder.rmdir()


@dataclass
class MemoryCgroup:
    """One judge child's cgroup."""

    path: Path
    version: int

    @property
    def procs(self) -> Path:
        """The file a process writes its own pid to, to join this cgroup."""
        return self.path / "cgroup.procs"

    def oom_killed(self) -> bool:
        """Whether the kernel's OOM killer ended a process of this cgroup."""
        name = "memory.oom_control" if self.version == 1 else "memory.events"
        with contextlib.suppress(OSError, ValueError):
            for line in (self.path / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill" and int(value) > 0:
                    return True
        return False

    def remove(self, wait: float = 0.5) -> None:
        """Remove the folder once its processes have exited (else the next sweep does)."""
        with _lock:
            _live.discard(self.path.name)
        deadline = time.monotonic() + wait
        while True:
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.01)


def create(limit_bytes: int) -> MemoryCgroup | None:
    """A new cgroup limited to `limit_bytes` (no swap), or None where none can be made."""
    found = support()
    if found.base is None:
        return None
    with _lock:
        number = next(_counter)
        path = found.base / f"{PREFIX}{os.getpid()}-{number}"
        _live.add(path.name)
    if number % 50 == 0:
        _sweep(found.base)
    try:
        path.mkdir()
        memory, swap = _limit_files(found.version)
        (path / memory).write_text(str(limit_bytes))
        with contextlib.suppress(OSError):  # no swap accounting: the memory limit alone
            (path / swap).write_text(str(limit_bytes) if found.version == 1 else "0")
    except OSError:
        with _lock:
            _live.discard(path.name)
        with contextlib.suppress(OSError):
            path.rmdir()
        return None
    return MemoryCgroup(path, found.version)


__all__ = ["MemoryCgroup", "Support", "create", "support"]
