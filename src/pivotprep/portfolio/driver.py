"""Runs inside the clean room (standard library only): starts the project's server, says
when its port answers, then forwards connections from a Unix socket in /bridge to that
port, until its standard input closes.

The server's network namespace has only loopback, so nothing outside can reach it, and it
can reach nothing; the socket is the one way in, used by the probes on the host. Events go
to stdout as JSON lines: {"event": "ready", "seconds": ...} or {"event": "exited",
"code": ...} or {"event": "timeout"}.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any


def say(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def wait_ready(proc: subprocess.Popen[bytes], port: int, seconds: float) -> bool:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        code = proc.poll()
        if code is not None:
            say(event="exited", code=code)
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                say(event="ready", seconds=round(time.monotonic() - started, 3))
                return True
        except OSError:
            time.sleep(0.2)
    say(event="timeout", seconds=seconds)
    return False


def pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def serve_bridge(path: str, port: int) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    os.chmod(path, 0o777)
    server.listen(16)
    say(event="bridge")

    def accept() -> None:
        while True:
            client, _ = server.accept()
            try:
                upstream = socket.create_connection(("127.0.0.1", port), timeout=30)
            except OSError:
                client.close()
                continue
            threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pump, args=(upstream, client), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()


def main() -> int:
    config = json.loads(sys.argv[1])
    with open(config["log"], "ab") as log:
        proc = subprocess.Popen(
            config["argv"],
            cwd=config.get("cwd", "/project"),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        if wait_ready(proc, config["port"], config["seconds"]):
            serve_bridge(config["socket"], config["port"])
            sys.stdin.read()  # until the host closes it
    finally:
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
