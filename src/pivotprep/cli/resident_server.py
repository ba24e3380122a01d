"""The resident process, server side: a warm process that runs `practice test` and `scan`.

Started by the first eligible command (see `pivotprep.cli.resident` for the why and the
guarantees) as `python -m pivotprep.cli.resident_server RUN_FOLDER`. It loads the CLI
and the database once (and each feature with its first request), then answers one request
at a time on a Unix socket: it runs the very Typer command the in-process CLI
runs, with the client's working folder and terminal, captures what it prints and sends
that back with the exit status. Just before the command begins it sends the line
`resident.RUNNING`: a client that loses the answer after that line must not run the command
again. A client must send its request and take the answer within bounded times
(`resident_wire`), so a stuck one does not hold up the others. Before each command it checks
that the database file is the one it last saw (not removed, replaced or migrated since).

It leaves when idle for `IDLE_SECONDS`, when its socket is no longer the one in the run
folder (the data folder was removed, or another server took over), or when a client's
settings or pivotprep's installed files differ from the ones it started with.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import socket
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pivotprep.cli import resident
from pivotprep.cli import resident_wire as wire

ACCEPT_POLL_SECONDS = 5.0  # how often an idle server checks that it is still wanted
# One client at a time: one that connects and sends nothing (or reads nothing) must not hold
# up the others. A client sends its whole request at once, and reads the whole reply before
# it prints anything, so these bound only a stuck or hostile client.
LOCK_WAIT_SECONDS = 5.0  # a server that is leaving may still hold the lock briefly
LOG_LIMIT_BYTES = 1 << 20


def code_fingerprint() -> str:
    """A digest of pivotprep's installed files (path, size, mtime): an upgrade or an edit
    changes it, and a server started before serves nothing more (about 10 ms)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            with contextlib.suppress(OSError):
                info = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class _Terminal(io.StringIO):
    """Captured output that says whether the client's real stream is a terminal, so click
    and rich colour it (or not) as they would have in the client's own process."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@contextlib.contextmanager
def _as_client(request: dict[str, Any]) -> Iterator[tuple[_Terminal, _Terminal]]:
    """The client's working folder, terminal variables and streams, for one request."""
    from pivotprep.cli import common

    terminal = request.get("terminal") or {}
    out, err = (
        _Terminal(bool(terminal.get("stdout_tty"))),
        _Terminal(bool(terminal.get("stderr_tty"))),
    )
    saved_env = {name: os.environ.get(name) for name in resident.TERMINAL_VARIABLES}
    saved_cwd = os.getcwd()
    for name in resident.TERMINAL_VARIABLES:
        os.environ.pop(name, None)
    for name, value in dict(terminal.get("env") or {}).items():
        if name in resident.TERMINAL_VARIABLES and isinstance(value, str):
            os.environ[name] = value
    # rich (ours, and Typer's error panels) takes the width from COLUMNS, else from the
    # process's terminal, which is the client's: say it through the variables it reads.
    for name, key in (("COLUMNS", "columns"), ("LINES", "lines")):
        size = terminal.get(key)
        if name not in os.environ and isinstance(size, int) and 0 < size < 10_000:
            os.environ[name] = str(size)
    try:
        os.chdir(str(request["cwd"]))
        common.use_console(out)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            yield out, err
    finally:
        common.use_console(None)
        try:
            os.chdir(saved_cwd)
        except OSError:  # our run folder went with the data folder: we leave soon anyway
            os.chdir("/")
        for name, old in saved_env.items():
            if old is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = old


_database: tuple[int, int, int] | None = None  # the SQLite file the last request saw


def _fresh_database() -> None:
    """Forget the engine and the "schema is current" mark of the last request when the
    database may have changed under us: its file removed or replaced (a pooled connection
    would write into the deleted file), or its schema changed by another process (a
    downgrade would not be upgraded again). A SQLite file is checked by its identity and
    `PRAGMA schema_version` (a fraction of a millisecond); any other database (PostgreSQL)
    has its schema checked on each request."""
    global _database
    from pivotprep.core import db, migrate

    seen = _database_signature()
    if seen is None or seen != _database:
        db.reset_engines()
        migrate.forget_current()
    _database = seen


def _database_signature() -> tuple[int, int, int] | None:
    """(device, inode, schema version) of the SQLite database file; None when it is missing
    or not a SQLite file."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from pivotprep.core import db
    from pivotprep.core.settings import get_settings

    url = get_settings().database_url
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    try:
        info = os.stat(str(parsed.database))
        with db.get_engine(url).connect() as connection:
            version = connection.execute(text("PRAGMA schema_version")).scalar()
    except Exception:  # an unreadable file: the command says so, as in-process
        return None
    return (info.st_dev, info.st_ino, int(version or 0))


def run_command(
    request: dict[str, Any], starting: Callable[[], bool] = lambda: True
) -> dict[str, Any] | None:
    """Run the request's command as `pivotprep` would and return what it printed. Once in
    the client's folder, `starting()` tells the client the command runs; None when it said
    the client is gone (nothing ran)."""
    from pivotprep.cli.main import app

    argv = list(request["argv"])
    _fresh_database()
    with _as_client(request) as (out, err):
        if not starting():
            return None
        code = 0
        try:
            app(args=argv, prog_name="pivotprep")
        except SystemExit as leaving:
            code = (
                leaving.code
                if isinstance(leaving.code, int)
                else (0 if leaving.code is None else 1)
            )
        except Exception:  # a bug: the in-process CLI would show the same traceback
            traceback.print_exc()
            code = 1
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


class Server:
    """One listening socket, the settings and code it was started with, and its idle clock."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / resident.SOCKET_NAME
        self.settings = resident.settings_key()
        self.code = code_fingerprint()
        self.listener: socket.socket | None = None
        self.inode = 0
        self.started = time.time()
        self.served = 0

    def bind(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # a dead server's socket: we hold the lock, so it is dead
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)
        try:
            listener.bind(str(self.path))
        finally:
            os.umask(old_mask)
        os.chmod(self.path, 0o600)
        listener.listen(8)
        listener.settimeout(ACCEPT_POLL_SECONDS)
        self.listener = listener
        self.inode = os.stat(self.path).st_ino

    def still_ours(self) -> bool:
        try:
            return os.stat(self.path).st_ino == self.inode
        except OSError:
            return False

    def serve(self) -> None:
        assert self.listener is not None
        last = time.monotonic()
        while time.monotonic() - last < resident.IDLE_SECONDS and self.still_ours():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            with connection:
                try:
                    leave = self.answer(connection)
                except Exception:  # a request we did not foresee must not end the server
                    traceback.print_exc()
                    leave = False
            last = time.monotonic()
            if leave:
                return

    def answer(self, connection: socket.socket) -> bool:
        """Answer one client; True when this server must leave (it is stale)."""
        if not wire.same_user(connection):
            return False
        request = wire.read_request(connection)
        if request is None:
            return False
        control = request.get("control")
        if control == "status":
            wire.send(
                connection, {"pid": os.getpid(), "started": self.started, "served": self.served}
            )
            return False
        if control == "stop":
            self.close()
            wire.send(connection, {"stopped": True})
            return True
        stale = request.get("settings") != self.settings or code_fingerprint() != self.code
        if stale or request.get("protocol") != resident.PROTOCOL:
            self.close()  # the socket goes first: the client then starts a fresh server
            wire.send(connection, {"restart": True})
            return True
        argv = request.get("argv")
        if not (wire.is_argv(argv) and resident.eligible(argv) and wire.can_enter(request)):
            wire.send(connection, {"restart": False, "code": None})  # the client runs it itself
            return False
        self.run(connection, request)
        return False

    def run(self, connection: socket.socket, request: dict[str, Any]) -> None:
        """Run the command and send its answer. The client learns when it begins (after
        entering its folder): before that it may run it itself, after it must not."""
        said = False

        def starting() -> bool:
            nonlocal said
            said = wire.send(connection, None)
            return said

        try:
            reply = run_command(request, starting)
        except Exception:  # its folder went away before the command began, say
            traceback.print_exc()
            reply = {"code": 1, "stdout": "", "stderr": traceback.format_exc()} if said else None
        if said:
            self.served += 1
        elif reply is None:
            reply = {"restart": False, "code": None}  # nothing ran: the client runs it itself
        if reply is not None:
            wire.send(connection, reply)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        if self.still_ours():
            with contextlib.suppress(OSError):
                self.path.unlink()


def _lock(folder: Path) -> Any:
    """The run folder's lock, held for the server's life (None: another server has it)."""
    import fcntl

    handle = open(folder / "server.lock", "a")  # noqa: SIM115 - held until exit
    os.chmod(folder / "server.lock", 0o600)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() > deadline:
                handle.close()
                return None
            time.sleep(0.05)


def _warm() -> None:
    """Load what every request needs (the CLI and the database), so the first client's wait
    is the last long one; a feature's own modules (the judge's worker, the scan's taxonomy)
    load with its first request and stay."""
    from pivotprep.cli import main as _cli_main  # noqa: F401 - imported to be warm
    from pivotprep.cli.common import db_session

    with db_session():
        pass


def _trim_log(folder: Path) -> None:
    log = folder / "server.log"
    with contextlib.suppress(OSError):
        if log.stat().st_size > LOG_LIMIT_BYTES:
            log.write_text("")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else resident.run_dir()
    if not resident.private_folder(folder, create=True):
        print(f"{folder} is not a folder of this user's with mode 0700: not serving.")
        return 2
    os.chdir(folder)  # never the first client's folder, which may be removed while we run
    _trim_log(folder)
    lock = _lock(folder)
    if lock is None:
        return 0  # another server is starting or running: clients will find it
    server = Server(folder)
    try:
        server.bind()
        _warm()
        server.serve()
    finally:
        server.close()
        lock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
