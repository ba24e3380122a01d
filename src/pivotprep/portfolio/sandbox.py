"""The clean room: bubblewrap around every program of the checked project.

Each stage runs in fresh namespaces (user, PID, IPC, UTS, and network unless the stage is
the install) as an unprivileged user. The only mounts are read-only /usr and the Python
install, the project's scratch copy (/project), its fresh virtual environment (/env), an
optional pip cache (/cache) and bridge folder (/bridge), a private /tmp, /proc and /dev.
No home folder, no pivotprep data, no /etc beyond name resolution and certificates, which
only the install stage gets, with the network, to reach the package index.

Limits: a wall-clock cap per stage (the process group is killed), address space, file
size and core dumps by rlimit, output kept to its last lines. No bubblewrap, no clean room:
the caller reports the run stages as skipped and never runs the project outside it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MEMORY_BYTES = 6 * 2**30
FILE_BYTES = 1 * 2**30
OUTPUT_KEEP = 64 * 1024
USER = 1000
HOSTS = "127.0.0.1 localhost\n::1 localhost\n"
ETC_FOR_INSTALL = ("/etc/resolv.conf", "/etc/ssl", "/etc/ca-certificates", "/etc/nsswitch.conf")


@dataclass(frozen=True)
class Room:
    """The host folders a clean room is made of (all inside one scratch folder)."""

    project: Path
    env: Path
    bridge: Path
    cache: Path | None = None
    wheels: Path | None = None  # a local wheelhouse: the install then needs no network


@dataclass(frozen=True)
class Outcome:
    """How a sandboxed program ended: exit code (None: killed at its time cap), its last
    output, how long it ran."""

    exit_code: int | None
    output: str
    seconds: float

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None


def base_python() -> str:
    """The interpreter a fresh venv is made from (the base install, not pivotprep's venv)."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidate = Path(sys.base_prefix) / "bin" / version
    return str(candidate if candidate.exists() else Path(sys.executable).resolve())


def base_pip() -> list[str] | None:
    """The base install's pip driving the venv (`pip --python /env/bin/python`), which
    spares every clean room pip's own installation; None when the base has no pip."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    if (Path(sys.base_prefix) / "lib" / version / "site-packages" / "pip").is_dir():
        return [base_python(), "-m", "pip", "--python", "/env/bin/python"]
    return None


def _python_root() -> Path:
    return Path(base_python()).resolve().parent.parent


def available() -> bool:
    """True when bubblewrap is installed (the clean room cannot exist without it)."""
    return shutil.which("bwrap") is not None


def _top_links() -> list[str]:
    args: list[str] = []
    for top in ("/bin", "/sbin", "/lib", "/lib64", "/lib32"):
        path = Path(top)
        if path.is_symlink():
            args += ["--symlink", os.readlink(top), top]
        elif path.is_dir():
            args += ["--ro-bind", top, top]
    return args


def _python_mounts() -> list[str]:
    root = _python_root()
    if str(root).startswith("/usr"):
        return []
    args: list[str] = []
    for parent in reversed(root.parents[:-1]):
        args += ["--perms", "0755", "--dir", str(parent)]
    return [*args, "--ro-bind", str(root), str(root)]


def command(room: Room, argv: list[str], *, network: bool, cwd: str = "/project") -> list[str]:
    """The bwrap command line running `argv` in the clean room."""
    hosts = room.bridge / "hosts"
    if not hosts.exists():
        hosts.write_text(HOSTS, encoding="utf-8")
    cmd = ["bwrap", "--unshare-user", "--uid", str(USER), "--gid", str(USER)]
    cmd += ["--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
    if not network:
        cmd.append("--unshare-net")
    cmd += ["--ro-bind", "/usr", "/usr", *_top_links(), *_python_mounts()]
    cmd += ["--bind", str(room.project), "/project", "--bind", str(room.env), "/env"]
    cmd += ["--bind", str(room.bridge), "/bridge", "--ro-bind", str(hosts), "/etc/hosts"]
    if room.cache is not None:
        cmd += ["--bind", str(room.cache), "/cache"]
    if room.wheels is not None:
        cmd += ["--ro-bind", str(room.wheels), "/wheels"]
    if network:
        for path in ETC_FOR_INSTALL:
            if Path(path).exists():
                cmd += ["--ro-bind", path, path]
    cmd += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--chdir", cwd]
    return [*cmd, "--new-session", "--die-with-parent", "--", *argv]


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The whole environment of a sandboxed program: nothing inherited from the user's."""
    env = {
        "PATH": "/env/bin:/usr/local/bin:/usr/bin:/bin",
        "HOME": "/tmp",
        "USER": "reviewer",
        "LANG": "C.UTF-8",
        "VIRTUAL_ENV": "/env",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
        "PIP_CACHE_DIR": "/cache",
        "MPLBACKEND": "Agg",
    }
    env.update(extra or {})
    return env


PASSED_TO_INSTALL = (
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "https_proxy",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
)
SYSTEM_CERTS = "/etc/ssl/certs/ca-certificates.crt"


def install_environment() -> dict[str, str]:
    """What the install stage adds: the machine's certificate store (a network that
    inspects TLS signs with a local authority), and the user's index and proxy settings."""
    extra = {k: v for k, v in os.environ.items() if k in PASSED_TO_INSTALL and "://" in v}
    cert = os.environ.get("PIP_CERT", "")
    if cert.startswith("/etc/ssl/") and Path(cert).is_file():
        extra["PIP_CERT"] = cert
    elif Path(SYSTEM_CERTS).is_file():
        extra["PIP_CERT"] = SYSTEM_CERTS
    return extra


def _limits() -> Callable[[], None]:
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def kill(proc: subprocess.Popen[bytes]) -> None:
    """End a sandboxed program and everything it started."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        proc.kill()
    proc.wait()


def start(
    room: Room,
    argv: list[str],
    log: Path,
    *,
    network: bool = False,
    env: dict[str, str] | None = None,
    stdin: int | None = None,
) -> subprocess.Popen[bytes]:
    """Start `argv` in the clean room, its output going to `log` (a host file)."""
    with log.open("ab") as out:
        return subprocess.Popen(
            command(room, argv, network=network),
            stdin=subprocess.DEVNULL if stdin is None else stdin,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environment(env),
            start_new_session=True,
            preexec_fn=_limits(),
            cwd="/",
        )


def tail_of(log: Path) -> str:
    """The last part of a log file (it may be large: only its end is read)."""
    try:
        with log.open("rb") as handle:
            handle.seek(max(0, log.stat().st_size - OUTPUT_KEEP))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""


def run(
    room: Room,
    argv: list[str],
    *,
    seconds: float,
    network: bool = False,
    env: dict[str, str] | None = None,
    name: str = "stage",
) -> Outcome:
    """Run `argv` to its end or its time cap; the output is kept in the bridge folder."""
    log = room.bridge / f"{name}.log"
    started = time.perf_counter()
    proc = start(room, argv, log, network=network, env=env)
    try:
        code: int | None = proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        code = None
    finally:
        kill(proc)
    return Outcome(code, tail_of(log), time.perf_counter() - started)
