"""The WebAssembly judge's worker: a long-lived process that runs guests in wasmtime.

Started by wasm.py as `python -P wasm_worker.py CWASM STDLIB_DIR` (a script: nothing of the app
is imported), at a
low priority. It loads the compiled CPython module once (compiling takes minutes; loading the
cached compilation takes milliseconds) and then, per request, instantiates a fresh Store, so no
state survives from one run to the next. What isolates the guest is wasmtime: a guest reaches
only what the host hands it, and this host hands it

- no directory but a read-only folder holding the standard library's zip (at /usr/local/lib),
  and no way to list even that one (fd_readdir is answered EACCES: GHSA-96f6-r43r-8c24 was a
  directory-listing flaw in wasmtime's WASI, so nothing here lists a host folder);
- no sockets (none are preopened), no processes or threads (WASI preview 1 has none), no
  sleeping (poll_oneoff is refused, so a guest cannot park the worker);
- at most `memory` bytes of linear memory (a store limit: growing past it fails inside the
  guest, and CPython raises MemoryError);
- `fuel` instructions (wasmtime meters them; the count is the host's, never the guest's);
- a wall-clock deadline per frame, enforced by epoch interruption: a watchdog thread bumps the
  engine's epoch when the deadline passes or the output cap is hit, and the guest traps at its
  next check;
- at most `run_cap` bytes of result frames, none over `frame_cap`, and `output_cap` bytes of
  plain output (stdout past the frames, and stderr): the native pump's caps;
- with `stop_after`, a stop as that many frames have arrived (stopped "marker", the fuel used
  up to there reported): a fuel run's load-only twin, ended before the call.

Requests and replies on stdin/stdout: 4-byte big-endian length + JSON; a reply's header is
followed by two length-prefixed blobs, the guest's stdout and stderr. Standard library and
wasmtime only: it imports nothing from the app.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from typing import Any, BinaryIO

import wasmtime as wt

ARGV0 = "python"
STACK_BYTES = 8 << 20  # the wasm stack: 200,000-deep recursion fits in it
EACCES, ENOTSUP = 2, 58  # WASI preview 1 errno values
DATA_BYTES = 2 << 30  # the guest's 512 MB, the interpreter and wasmtime's own


def lower_priority(data_bytes: int | None) -> None:
    """Set by the worker on itself, first thing (the app starts it with no preexec hook,
    which is not safe in the threaded app): a little below the app, so a judged loop never
    makes the app itself sluggish; not far below, or a busy laptop would starve the judge
    (its results do not depend on it). With `data_bytes`, the worker's writable memory is
    bounded too (RLIMIT_DATA: wasmtime's address-space reservations are not writable, so
    they do not count, where RLIMIT_AS would)."""
    if hasattr(os, "nice"):
        os.nice(2)
    if data_bytes is not None:
        try:
            import resource
        except ImportError:  # not a POSIX system: no rlimits
            return
        resource.setrlimit(resource.RLIMIT_DATA, (data_bytes, data_bytes))


def host_facts() -> dict[str, Any]:
    """What bounds this worker process itself, read back from the system after
    `lower_priority` (for `pivotprep doctor`): its user, its niceness, and its writable
    memory and address-space limits in bytes (None: unlimited, or not a POSIX system)."""
    facts: dict[str, Any] = {"uid": os.getuid() if hasattr(os, "getuid") else None}
    facts["nice"] = os.nice(0) if hasattr(os, "nice") else None
    try:
        import resource
    except ImportError:
        return facts
    for key, name in (("data", "RLIMIT_DATA"), ("address_space", "RLIMIT_AS")):
        soft = resource.getrlimit(getattr(resource, name))[0]
        facts[key] = None if soft == resource.RLIM_INFINITY else soft
    return facts


def engine() -> wt.Engine:
    """The engine: fuel metering and epoch interruption on, an 8 MiB wasm stack."""
    from wasmtime import _ffi

    cfg = wt.Config()
    cfg.consume_fuel = True
    cfg.epoch_interruption = True
    # wasmtime refuses a wasm stack larger than its async stack; wasmtime-py 49 has no
    # property for the latter, so it is set through the C API binding it ships
    _ffi.wasmtime_config_async_stack_size_set(cfg.ptr(), STACK_BYTES + (2 << 20))
    cfg.max_wasm_stack = STACK_BYTES
    return wt.Engine(cfg)


def linker(eng: wt.Engine) -> wt.Linker:
    """WASI preview 1, with directory listing, sleeping and the host door refused."""
    link = wt.Linker(eng)
    link.define_wasi()
    link.allow_shadowing = True
    i32, i64 = wt.ValType.i32(), wt.ValType.i64()
    link.define_func(
        "host", "call", wt.FuncType([i32] * 4, [i32]), lambda *args: -1, access_caller=False
    )
    readdir = wt.FuncType([i32, i32, i32, i64, i32], [i32])
    link.define_func("wasi_snapshot_preview1", "fd_readdir", readdir, lambda *args: EACCES)
    poll = wt.FuncType([i32] * 4, [i32])
    link.define_func("wasi_snapshot_preview1", "poll_oneoff", poll, lambda *args: ENOTSUP)
    return link


class Watchdog:
    """Stops the running guest by bumping the engine's epoch (the store's deadline is one
    tick away): when the current deadline passes, or when `stop()` is called."""

    def __init__(self, eng: wt.Engine) -> None:
        self.engine = eng
        self.deadline = float("inf")
        self.reason: str | None = None
        self.lock = threading.Lock()
        threading.Thread(target=self._watch, daemon=True).start()

    def arm(self, seconds: float) -> None:
        with self.lock:
            self.deadline = time.monotonic() + seconds

    def disarm(self) -> None:
        with self.lock:
            self.deadline = float("inf")
            self.reason = None

    def stop(self, reason: str) -> None:
        with self.lock:
            if self.reason is None:
                self.reason = reason
                self.deadline = float("inf")
                self.engine.increment_epoch()

    def _watch(self) -> None:
        while True:
            time.sleep(0.01)
            with self.lock:
                due = time.monotonic() >= self.deadline
            if due:
                self.stop("timeout")


class Output:
    """The guest's stdout or stderr. Stdout carries the harness's length-prefixed frames,
    read as the native pump reads its result pipe: each complete frame re-arms the per-frame
    deadline, and frames count against `run_cap`. The harness never sends a frame over
    `frame_cap`, so a header announcing one means the guest wrote to stdout itself: from
    there on stdout is plain output, counted with stderr against `output_cap`."""

    def __init__(self, run: Run, framed: bool) -> None:
        self.run = run
        self.data = bytearray()
        self.framed = framed
        self.scan = 0  # where the next frame starts
        self.raw_from: int | None = None if framed else 0  # where plain output starts

    def write(self, chunk: bytes) -> int:
        run = self.run
        if run.reason is not None:
            return len(chunk)
        self.data += chunk
        if self.raw_from is None:
            self._frames()
        run.check(self)
        return len(chunk)

    def results(self) -> int:
        """Bytes of frames (complete or not) on this stream."""
        return len(self.data) if self.raw_from is None else self.raw_from

    def raw(self) -> int:
        """Bytes of plain output on this stream."""
        return 0 if self.raw_from is None else len(self.data) - self.raw_from

    def _frames(self) -> None:
        data = self.data
        while len(data) - self.scan >= 4:
            size = int.from_bytes(data[self.scan : self.scan + 4], "big")
            if size > self.run.frame_cap:
                self.raw_from = self.scan
                return
            if len(data) - self.scan - 4 < size:
                return
            self.scan += 4 + size
            self.run.frames += 1
            if self.run.frames == self.run.stop_after:  # a load-only run ends here
                self.run.stop("marker")
                return
            self.run.watchdog.arm(self.run.frame_seconds)


class Run:
    """One guest run's shared state: the caps, both streams and the watchdog."""

    def __init__(self, watchdog: Watchdog, request: dict[str, Any]) -> None:
        self.watchdog = watchdog
        self.frame_cap = int(request["frame_cap"])
        self.run_cap = int(request["run_cap"])
        self.output_cap = int(request["output_cap"])
        self.frame_seconds = float(request["frame_seconds"])
        self.stop_after = int(request.get("stop_after") or 0)  # frames; 0: never
        self.frames = 0
        self.reason: str | None = None  # "results" | "output" | "marker": why it stopped
        self.out, self.err = Output(self, framed=True), Output(self, framed=False)

    def check(self, written: Output) -> None:
        """After a write: past `run_cap` of frames or `output_cap` of plain output the
        run stops, keeping no byte over the cap (so a reply stays bounded)."""
        out = self.out
        if out.results() > self.run_cap:
            del out.data[self.run_cap :]
            if out.raw_from is not None and out.raw_from > self.run_cap:
                out.raw_from = None
            self.stop("results")
            return
        excess = out.raw() + self.err.raw() - self.output_cap
        if excess > 0:  # this write added the excess, at the end of its own stream
            del written.data[len(written.data) - excess :]
            self.stop("output")

    def stop(self, reason: str) -> None:
        self.reason = reason
        self.watchdog.stop(reason)


def _trap_reason(exc: BaseException, watchdog: Watchdog) -> str:
    if watchdog.reason:
        return watchdog.reason
    text = str(exc)
    if "all fuel consumed" in text or "out of fuel" in text:
        return "fuel"
    if "call stack exhausted" in text or "stack overflow" in text:
        return "stack"
    return "trap: " + text.strip().splitlines()[0][:200] if text.strip() else "trap"


def run_guest(
    eng: wt.Engine,
    link: wt.Linker,
    module: wt.Module,
    stdlib: str,
    watchdog: Watchdog,
    request: dict[str, Any],
) -> tuple[dict[str, Any], bytes, bytes]:
    """One fresh Store: the guest runs `request["code"]` with `request["stdin"]` as stdin."""
    run = Run(watchdog, request)
    out, err = run.out, run.err
    store = wt.Store(eng)
    store.set_limits(memory_size=int(request["memory"]))
    with tempfile.TemporaryDirectory(prefix="pivotprep-wasm-") as scratch:
        stdin_path = os.path.join(scratch, "stdin")
        with open(stdin_path, "wb") as handle:
            handle.write(request["stdin"].encode())
        wasi = wt.WasiConfig()
        wasi.argv = [ARGV0, "-c", request["code"]]
        wasi.env = [("PYTHONHASHSEED", "0"), ("PYTHONDONTWRITEBYTECODE", "1")]
        wasi.preopen_dir(stdlib, "/usr/local/lib", False)
        wasi.stdin_file = stdin_path
        wasi.stdout_custom = out.write
        wasi.stderr_custom = err.write
        store.set_wasi(wasi)
        fuel = int(request["fuel"])
        store.set_fuel(fuel)
        store.set_epoch_deadline(1)
        header: dict[str, Any] = {"exit": None, "stopped": None}
        started = time.perf_counter()
        watchdog.disarm()
        watchdog.arm(float(request["startup_seconds"]))
        instance: wt.Instance | None = None
        try:
            instance = link.instantiate(store, module)
            run_export = instance.exports(store)["run"]
            assert isinstance(run_export, wt.Func)
            header["exit"] = run_export(store)
        except wt.ExitTrap as exc:
            header["exit"] = exc.code
        except (wt.Trap, wt.WasmtimeError) as exc:
            header["stopped"] = _trap_reason(exc, watchdog)
        finally:
            watchdog.disarm()
        # a cap stopped the run, though the guest may have exited before its trap
        header["stopped"] = header["stopped"] or run.reason
        header["seconds"] = time.perf_counter() - started
        header["fuel"] = fuel - store.get_fuel()
        header["memory"] = peak_memory(store, instance)
    return header, bytes(out.data), bytes(err.data)


def peak_memory(store: wt.Store, instance: wt.Instance | None) -> int | None:
    """The guest's linear memory at the end of the run, in bytes: its peak, since a wasm
    memory only ever grows (in 64 KiB pages). Read by the host from the store, so the guest
    can make it larger (by allocating) but never report it smaller."""
    if instance is None:
        return None
    memory = instance.exports(store).get("memory")
    return memory.data_len(store) if isinstance(memory, wt.Memory) else None


def _read(stream: BinaryIO, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _write(stream: BinaryIO, blob: bytes) -> None:
    stream.write(len(blob).to_bytes(4, "big") + blob)


def compile_module(source: str, target: str) -> None:
    """`compile SOURCE TARGET`: compile the .wasm with the engine settings runs use, and
    write wasmtime's serialised form (the cache `wasm.prepare` keeps)."""
    module = wt.Module.from_file(engine(), source)
    with open(target, "wb") as handle:
        handle.write(module.serialize())


def main() -> None:
    """Load the module, say `ready`, then answer one request at a time until stdin ends."""
    if sys.argv[1] == "compile":
        lower_priority(None)
        compile_module(sys.argv[2], sys.argv[3])
        return
    lower_priority(DATA_BYTES)
    cwasm, stdlib = sys.argv[1], sys.argv[2]
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but replies on the reply pipe
    eng = engine()
    module = wt.Module.deserialize_file(eng, cwasm)
    link = linker(eng)
    watchdog = Watchdog(eng)
    ready = {"ready": True, "pid": os.getpid(), "host": host_facts()}
    _write(replies, json.dumps(ready).encode())
    replies.flush()
    while True:
        try:
            size = int.from_bytes(_read(requests, 4), "big")
            request = json.loads(_read(requests, size))
        except EOFError:
            break
        header, out, err = run_guest(eng, link, module, stdlib, watchdog, request)
        _write(replies, json.dumps(header).encode())
        _write(replies, out)
        _write(replies, err)
        replies.flush()
    replies.flush()
    os._exit(0)  # no interpreter teardown under wasmtime's threads


if __name__ == "__main__":
    main()
