"""The resident process, client side: `practice test` and `scan` answered by a warm process.

A fresh `pivotprep` process spends most of its time before the work: Typer (with
pydantic), SQLAlchemy and rich take about half a second of CPU to import; the judge's
WebAssembly worker must start (the judge itself then takes about 50 ms); a scan builds its
taxonomy matchers (and, with the semantic extra, loads a sentence model for seconds). So
the first `practice test` or `scan` starts a resident process
(`pivotprep.cli.resident_server`) that keeps all of that loaded, and every later one is a
small client (this module, standard library only) that hands the command line over a Unix
socket in the data folder and prints what comes back. Like Gradle's daemon or mypy's dmypy:

- It runs exactly the command the in-process CLI runs, with the same output and exit
  status, in the client's working folder; the client sends its terminal's width and
  colour support.
- It is the user's own: the socket lives in `<data folder>/run/` (0700, socket 0600), and
  both sides check the other's uid where the platform says it (SO_PEERCRED). A run folder
  that is not a real folder of this user's with mode 0700 (someone else's, a symlink, a
  looser mode) is never used nor changed: the command runs in-process.
- It answers only the commands `eligible` names, never one that reads standard input or
  names a file only the client's own process can see (`/dev/stdin`, `/proc/self/...`).
- A command it has begun is never run a second time: when the server is gone before it
  says it runs a command, the client runs it in-process; once it has said so, a lost
  answer is reported (exit 1), not run again (a practice run would be recorded twice).
- It never serves stale code or settings: the server fingerprints pivotprep's installed
  files and the client sends its `PIVOTPREP_*` variables; on any difference the server
  exits and the client starts a fresh one.
- It leaves after `IDLE_SECONDS` without work, or at once when its data folder goes.
- Anything unusual (no Unix sockets, a path too long, a server that does not come up)
  runs the command in-process as before. `PIVOTPREP_RESIDENT=0` turns it off.
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PROTOCOL = 1
IDLE_SECONDS = 15 * 60
START_SECONDS = 20.0  # a cold server imports the app and starts the judge: seconds at most
MAX_REQUEST_BYTES = 64 * 1024
MAX_REPLY_BYTES = 64 * 1024 * 1024
SOCKET_NAME = "judge.sock"
_PROBLEM_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
_SOCKET_PATH_LIMIT = 100  # sun_path is 104-108 bytes depending on the platform
# The environment a command may read that the client passes per request (the rest of the
# environment is the server's own, started from the first client's).
TERMINAL_VARIABLES = (
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "COLUMNS",
    "LINES",
)
RUNNING = b'{"running": true}\n'  # the server's first line once it starts a command
# Paths whose meaning depends on the process that opens them (the server would read its own
# standard input or files): a command naming one runs in-process.
_PROCESS_PATHS = ("/dev/", "/proc/")


def available() -> bool:
    """Unix sockets and file locks: Linux, macOS and WSL (native Windows runs in-process)."""
    return os.name == "posix" and hasattr(socket, "AF_UNIX")


def eligible(argv: list[str]) -> bool:
    """Whether `argv` is a command the resident process answers: `practice test ID` with
    at most `--no-complexity` (not --watch, which is long-running), and `scan ...` unless it
    reads standard input ('-'). Never --help: it is fast in-process."""
    if os.environ.get("PIVOTPREP_RESIDENT", "1").strip() == "0" or not available():
        return False
    if any(arg in ("-h", "--help") for arg in argv):
        return False
    if argv[:2] == ["practice", "test"]:
        return _practice_test(argv[2:])
    if argv[:1] == ["scan"]:
        return len(argv) > 1 and "-" not in argv[1:] and not any(map(_process_path, argv[1:]))
    return False


def _process_path(arg: str) -> bool:
    """Whether `arg` (or an option's `=value`) names a file through /dev or /proc, as
    `/dev/stdin` does: the server would open its own, not the client's."""
    value = arg.split("=", 1)[1] if arg.startswith("--") and "=" in arg else arg
    try:
        paths = (os.path.abspath(value), os.path.realpath(value))
    except (OSError, ValueError):
        return True
    return any((path + "/").startswith(_PROCESS_PATHS) for path in paths)


def _practice_test(rest: list[str]) -> bool:
    flags = [arg for arg in rest if arg.startswith("-")]
    names = [arg for arg in rest if not arg.startswith("-")]
    if len(names) != 1 or not _PROBLEM_ID.fullmatch(names[0]):
        return False
    return set(flags) <= {"--no-complexity"} and len(flags) == len(set(flags))


def run_dir() -> Path:
    """`<data folder>/run`: where the socket, the lock and the server's log live."""
    from pivotprep.core.settings import get_settings

    return get_settings().home / "run"


def settings_key() -> dict[str, str]:
    """What the server must share with the client to answer for it: the interpreter, the
    pivotprep package it imports (a checkout on PYTHONPATH is another pivotprep) and every
    `PIVOTPREP_*` variable (data folder, database, judge level, limits) but
    `PIVOTPREP_RESIDENT`, which only says whether to ask a server at all."""
    names = sorted(
        name
        for name in os.environ
        if name.startswith("PIVOTPREP_") and name != "PIVOTPREP_RESIDENT"
    )
    package = str(Path(__file__).resolve().parents[1])
    return {
        "python": sys.executable,
        "package": package,
        **{name: os.environ[name] for name in names},
    }


def private_folder(folder: Path, *, create: bool = False) -> bool:
    """Whether `folder` is a real folder (not a symlink) of this user's that no one else may
    enter (mode 0700): only then may a socket in it be trusted. With `create`, a missing one
    is made so first. Never changes an existing folder: someone else's is not ours to fix,
    and one of ours with a looser mode may already hold a socket planted by another user."""
    if create:
        try:
            from pivotprep.core.files import make_private_dirs

            make_private_dirs(folder.parent)
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)  # whatever the umask (just made: a folder of ours)
        except FileExistsError:
            pass
        except OSError:
            return False
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def unsafe_run_folder() -> str | None:
    """Why the run folder cannot be used (None: it can, or does not exist yet)."""
    folder = run_dir()
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    if private_folder(folder):
        return None
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder (a link, say)"
    if info.st_uid != os.getuid():
        return f"{folder} belongs to another user (uid {info.st_uid})"
    return f"others may enter {folder} (mode {stat.S_IMODE(info.st_mode):o}, not 700)"


def peer_uid(connection: socket.socket) -> int | None:
    """The uid of the process at the other end of a Unix socket, where the platform says it
    (Linux's SO_PEERCRED: struct ucred {pid_t pid; uid_t uid; gid_t gid}); None elsewhere."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("iII"))
    return int(struct.unpack("iII", credentials)[1])


def _terminal() -> dict[str, Any]:
    """Whether our streams are terminals, and the terminal's size as rich finds it in-process:
    the first of standard input, output and error that is one (`| less` keeps the width)."""
    columns = lines = None
    for descriptor in (0, 1, 2):
        try:
            columns, lines = os.get_terminal_size(descriptor)
        except (OSError, ValueError):
            continue
        break
    return {
        "stdout_tty": sys.stdout.isatty(),
        "stderr_tty": sys.stderr.isatty(),
        "columns": columns or None,
        "lines": lines or None,
        "env": {name: os.environ[name] for name in TERMINAL_VARIABLES if name in os.environ},
    }


def request_for(argv: list[str]) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL,
        "argv": argv,
        "cwd": os.getcwd(),
        "settings": settings_key(),
        "terminal": _terminal(),
    }


def _connect(path: Path, timeout: float | None) -> socket.socket | None:
    """A connection to the server at `path`, if one listens there and runs as this user."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    try:
        client.connect(str(path))
        uid = peer_uid(client)
    except OSError:
        client.close()
        return None
    if uid is not None and uid != os.getuid():  # another user's socket: say nothing to it
        client.close()
        return None
    return client


LOST = {"lost": True}  # the server began the command and did not answer


def _exchange(client: socket.socket, request: dict[str, Any]) -> dict[str, Any] | None:
    """Send one request, read one reply: None when the server went away or spoke nonsense
    before it said it runs the command (the caller may run it here), `LOST` after."""
    data = b""
    try:
        client.settimeout(None)  # a Run with complexity takes seconds: the judge bounds it
        client.sendall(json.dumps(request).encode() + b"\n")
        client.shutdown(socket.SHUT_WR)
        chunks, size = [], 0
        while chunk := client.recv(1 << 16):
            size += len(chunk)
            chunks.append(chunk)
            if size > MAX_REPLY_BYTES + len(RUNNING):
                break
        data = b"".join(chunks)
    except OSError:
        pass
    finally:
        client.close()
    running = data.startswith(RUNNING)
    try:
        reply = json.loads(data[len(RUNNING) :] if running else data)
    except ValueError:
        reply = None
    if isinstance(reply, dict):
        return reply
    return LOST if running else None


def start_server(folder: Path) -> subprocess.Popen[bytes]:
    """Start a server for this data folder, detached from the terminal (it outlives us).

    It starts in the run folder with `-P`, so no file in the user's working folder can
    shadow a module it imports. The caller has checked that the folder is private."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW
    log = os.fdopen(os.open(folder / "server.log", flags, 0o600), "ab")
    try:
        return subprocess.Popen(
            [sys.executable, "-P", "-m", "pivotprep.cli.resident_server", str(folder)],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            close_fds=True,
        )
    finally:
        log.close()


def _wait_for_server(path: Path, server: subprocess.Popen[bytes]) -> socket.socket | None:
    """A connection once the server listens; None when it failed (its log says why) or
    did not come up in time. A server that found another one starting exits 0: wait on."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        client = _connect(path, timeout=1.0)
        if client is not None:
            return client
        if server.poll() not in (None, 0):
            return None
        time.sleep(0.02)
    return None


def ask(argv: list[str]) -> dict[str, Any] | None:
    """The server's reply to `argv`, starting (or restarting) the server as needed; None
    when no server can answer, so the caller runs the command in-process."""
    folder = run_dir()
    path = folder / SOCKET_NAME
    if len(os.fsencode(path)) > _SOCKET_PATH_LIMIT:
        return None
    request = request_for(argv)
    if len(json.dumps(request)) > MAX_REQUEST_BYTES:  # a long --job-text: run it here
        return None
    if not private_folder(folder, create=True):
        return None
    for _ in range(2):  # a stale server says so and leaves: the second try is a fresh one
        client = _connect(path, timeout=1.0)
        if client is None:
            client = _wait_for_server(path, start_server(folder))
            if client is None:
                return None
        reply = _exchange(client, request)
        if reply is None:
            return None
        if not reply.get("restart"):
            return reply
        _wait_until_gone(path)
    return None


def _wait_until_gone(path: Path) -> None:
    """A server that answered "restart" removes its socket as it leaves."""
    deadline = time.monotonic() + 5.0
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)


def _control(what: str) -> dict[str, Any] | None:
    """Send a control request ("status" or "stop") to a running server, if one answers."""
    folder = run_dir()
    path = folder / SOCKET_NAME
    if not available() or len(os.fsencode(path)) > _SOCKET_PATH_LIMIT:
        return None
    if not private_folder(folder):
        return None
    client = _connect(path, timeout=2.0)
    if client is None:
        return None
    return _exchange(client, {"protocol": PROTOCOL, "control": what})


def status() -> dict[str, Any] | None:
    """The running server's pid, start time and requests served (None: none is running)."""
    reply = _control("status")
    return reply if reply and "pid" in reply else None


def stop() -> bool:
    """Ask the running server to leave now; True when one was running."""
    reply = _control("stop")
    if reply is None:
        return False
    _wait_until_gone(run_dir() / SOCKET_NAME)
    return True


def run_if_resident(argv: list[str]) -> int | None:
    """Answer `argv` through the resident server: its exit status, or None when the
    command is not one it answers or no server could (then run it in-process)."""
    if not eligible(argv):
        return None
    try:
        reply = ask(argv)
    except OSError:
        return None
    except KeyboardInterrupt:  # as click says it in-process
        sys.stderr.write("\nAborted!\n")
        return 1
    if reply is LOST:
        sys.stderr.write(
            "Error: the resident process stopped before it answered (its log: "
            f"{run_dir() / 'server.log'}). Run the command again; PIVOTPREP_RESIDENT=0 runs "
            "it without the resident process.\n"
        )
        return 1
    if reply is None or not isinstance(reply.get("code"), int):
        return None
    return _print_reply(reply)


def _print_reply(reply: dict[str, Any]) -> int:
    """Print what the command printed and return its exit status; a reader of our output
    that went away (`| head -1`) ends it quietly with 1, as in-process."""
    try:
        sys.stdout.write(str(reply.get("stdout", "")))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the exit's own flush says nothing either
        os.close(devnull)
        return 1
    sys.stderr.write(str(reply.get("stderr", "")))
    sys.stderr.flush()
    return int(reply["code"])
