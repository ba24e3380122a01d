"""The resident process's side of the socket: reading a client's request and sending the
answer within bounded time, and the checks a request must pass before anything runs.

Kept apart from `resident_server` (the loop and the running of commands) so each stays
small; `resident` holds the client's side and the constants both share."""

from __future__ import annotations

import json
import os
import socket
import time
from typing import Any, TypeGuard

from pivotprep.cli import resident

READ_SECONDS = 2.0  # a request must arrive whole within this
SEND_SECONDS = 10.0  # and the answer be taken within this


def is_argv(argv: Any) -> TypeGuard[list[str]]:
    """A command line as the client sends it: a list of strings (anything else is not ours)."""
    return isinstance(argv, list) and all(isinstance(arg, str) for arg in argv)


def can_enter(request: dict[str, Any]) -> bool:
    """The client's working folder exists and is ours to enter (relative paths mean it)."""
    cwd = request.get("cwd")
    return isinstance(cwd, str) and os.path.isabs(cwd) and os.access(cwd, os.X_OK)


def same_user(connection: socket.socket) -> bool:
    """The peer is this user (Linux says so through SO_PEERCRED; elsewhere the socket's
    0600 mode inside a 0700 folder is the guard)."""
    try:
        uid = resident.peer_uid(connection)
    except OSError:
        return False
    return uid is None or uid == os.getuid()


def read_request(connection: socket.socket) -> dict[str, Any] | None:
    """The request, read within `READ_SECONDS` in all (a client that sends nothing, or a byte
    at a time, is dropped rather than holding up the clients behind it)."""
    data = b""
    deadline = time.monotonic() + READ_SECONDS
    try:
        while len(data) <= resident.MAX_REQUEST_BYTES:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            connection.settimeout(left)
            chunk = connection.recv(1 << 14)
            if not chunk:
                break
            data += chunk
    except OSError:
        return None
    if len(data) > resident.MAX_REQUEST_BYTES:
        return None
    try:
        request = json.loads(data)
    except ValueError:
        return None
    return request if isinstance(request, dict) else None


def send(connection: socket.socket, reply: dict[str, Any] | None) -> bool:
    """Send `reply` (None: the line saying the command runs), within `SEND_SECONDS`: a
    client that reads nothing (suspended, say) loses its answer rather than blocking
    everyone. False when it could not be sent."""
    data = resident.RUNNING if reply is None else json.dumps(reply).encode()
    try:
        connection.settimeout(SEND_SECONDS)
        connection.sendall(data)
    except OSError:
        return False
    return True
