"""Talking to one judge child: feed it its config, collect what it sends back.

The result pipe carries frames (4-byte big-endian length + a JSON object tagged with the
run's nonce); stdout and stderr are kept up to `STREAM_KEEP` bytes each. Reading stops at
the `done` frame, when every stream closes, at a deadline (startup, then one per frame), at
`STREAM_CAP` bytes of output, at `RUN_CAP` bytes of results, or at the first frame that is
not JSON or without the nonce: anything the child sends is untrusted.

The parent holds a bounded amount whatever the child sends: frames are decoded one at a
time as they complete, the buffer never holds more than one frame of at most `FRAME_CAP`
bytes, and a frame announced larger than that is never buffered: its bytes are read and
dropped, and it stands in the stream as an `oversize` frame (the harness itself replaces
an honest over-large result by a small error frame, so only a tampered child gets here).
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

FRAME_CAP = 1 << 20  # bytes of one result frame (one case's encoded value)
RUN_CAP = 4 << 20  # bytes of all result frames of one run
KINDS = frozenset({"ready", "load_error", "case", "timing", "probe", "done"})
STREAM_KEEP = 8192
STREAM_CAP = 1 << 20


@dataclass
class ChildOutcome:
    """What came back from one child: frames in order and how the process ended."""

    frames: list[dict[str, Any]] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    returncode: int | None = None
    killed: str | None = None  # "timeout" | "output" | "results" | None
    tampered: str | None = None  # why the result stream was rejected
    elapsed: float = 0.0
    level: str = ""
    oom: bool = False  # the memory cgroup's OOM killer ended it
    cpu: float | None = None  # kernel-accounted CPU seconds (run_child(rusage=True))
    memory: int | None = None  # the WebAssembly guest's peak linear memory, bytes (host-read)
    # bytes the WebAssembly guest held when its deadline stopped it near its memory cap
    memory_full: int | None = None


class Pump:
    """Feeds the child its config and collects what it sends, until `done`, death, a
    deadline or a cap: the frames of the result pipe (length-prefixed JSON tagged with the
    run's nonce) and the first `STREAM_KEEP` bytes of stdout and stderr."""

    def __init__(
        self,
        proc: subprocess.Popen[bytes],
        data: bytes,
        nonce: str,
        frame_seconds: float,
        outcome: ChildOutcome,
    ) -> None:
        self.proc = proc
        self.pending = memoryview(data)
        self.nonce = nonce
        self.frame_seconds = frame_seconds  # wall time allowed between two frames
        self.outcome = outcome
        self.buffer = bytearray()
        self.skipping = 0  # bytes of an oversized frame still to read and drop
        self.result_bytes = 0  # result-pipe bytes received in all
        self.streams = {"stdout": bytearray(), "stderr": bytearray()}
        self.total_stream = 0
        self.deadline = 0.0
        self.finished = False  # `done`, or a reason to stop reading

    def write_stdin(self, sel: selectors.BaseSelector, fd: int) -> None:
        try:
            written = os.write(fd, self.pending[:65536])
        except BrokenPipeError:
            written = len(self.pending)
        self.pending = self.pending[written:]
        if not self.pending:
            sel.unregister(fd)
            assert self.proc.stdin is not None
            self.proc.stdin.close()

    def results(self, chunk: bytes) -> None:
        """Take every complete frame out of the buffer; stop on a bad one, on `done` or
        past `RUN_CAP`. An oversized frame's bytes are dropped as they arrive."""
        self.result_bytes += len(chunk)
        if self.result_bytes > RUN_CAP:
            self.outcome.killed = "results"
            self.finished = True
            return
        view = memoryview(chunk)
        if self.skipping:
            dropped = min(self.skipping, len(view))
            self.skipping -= dropped
            view = view[dropped:]
        self.buffer += view
        while len(self.buffer) >= 4 and not self.finished and not self.skipping:
            size = int.from_bytes(self.buffer[:4], "big")
            if size > FRAME_CAP:
                del self.buffer[:4]
                dropped = min(size, len(self.buffer))
                del self.buffer[:dropped]
                self.skipping = size - dropped
                self.accept({"t": "oversize", "size": size})
                continue
            if len(self.buffer) < 4 + size:
                return
            raw = bytes(self.buffer[4 : 4 + size])
            del self.buffer[: 4 + size]
            self.frame(raw)

    def frame(self, raw: bytes) -> None:
        try:
            frame = json.loads(raw)
        except (ValueError, RecursionError):
            self.outcome.tampered = "a result frame that is not JSON"
            self.finished = True
            return
        if not isinstance(frame, dict) or frame.pop("nonce", None) != self.nonce:
            self.outcome.tampered = "a result frame without this run's nonce"
            self.finished = True
            return
        if frame.get("t") not in KINDS:
            self.outcome.tampered = "a result frame of an unknown kind"
            self.finished = True
            return
        self.accept(frame)

    def accept(self, frame: dict[str, Any]) -> None:
        """Keep one frame; the next may take `frame_seconds` more."""
        self.outcome.frames.append(frame)
        self.deadline = time.monotonic() + self.frame_seconds
        self.finished = frame.get("t") == "done"

    def stream(self, tag: str, chunk: bytes) -> None:
        """Keep the start of stdout/stderr; stop the run past `STREAM_CAP` in all."""
        self.total_stream += len(chunk)
        kept = self.streams[tag]
        if len(kept) < STREAM_KEEP:
            kept += chunk[: STREAM_KEEP - len(kept)]
        if self.total_stream > STREAM_CAP:
            self.outcome.killed = "output"
            self.finished = True

    def run(self, read_fd: int, startup_seconds: float) -> None:
        """Pump until the child is done or stopped; the first frame may take
        `startup_seconds` (the interpreter and the learner's module load)."""
        self.deadline = time.monotonic() + startup_seconds
        proc = self.proc
        assert proc.stdin and proc.stdout and proc.stderr
        sel = selectors.DefaultSelector()
        os.set_blocking(proc.stdin.fileno(), False)
        sel.register(proc.stdin.fileno(), selectors.EVENT_WRITE, "stdin")
        sel.register(read_fd, selectors.EVENT_READ, "results")
        sel.register(proc.stdout.fileno(), selectors.EVENT_READ, "stdout")
        sel.register(proc.stderr.fileno(), selectors.EVENT_READ, "stderr")
        try:
            self._loop(sel)
        finally:
            sel.close()
            self.outcome.stdout = self.streams["stdout"].decode("utf-8", "replace")
            self.outcome.stderr = self.streams["stderr"].decode("utf-8", "replace")

    def _loop(self, sel: selectors.BaseSelector) -> None:
        open_count = 3
        while open_count and not self.finished:
            timeout = self.deadline - time.monotonic()
            if timeout <= 0:
                self.outcome.killed = "timeout"
                return
            for key, _ in sel.select(timeout):
                if key.data == "stdin":
                    self.write_stdin(sel, key.fd)
                    continue
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    sel.unregister(key.fd)
                    open_count -= 1
                elif key.data == "results":
                    self.results(chunk)
                else:
                    self.stream(key.data, chunk)
                if self.finished:
                    return
