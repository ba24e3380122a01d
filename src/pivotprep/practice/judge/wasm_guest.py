"""The bootstrap the WebAssembly guest runs (`python -c <this file>`), standard library only.

It reads its whole config from stdin (the judge's harness.py source among it), loads the
harness as a module, and runs the same modes as the native child, sending the same
length-prefixed, nonce-tagged frames, here on stdout (the guest has no other channel). The
harness's own set-up (privileges, rlimits, fd juggling) is the native sandbox's business;
here wasmtime is the boundary, so none of it applies.

Mode `fuel` is this level's complexity run: generate the input for one n (before the learner's
module loads, so everything up to the call costs the same fuel as the baseline's), load the
module, fill the allocator's free space with a ballast the host sized, send a `call` frame,
call the entry once, and exit at once. The host reads the fuel the whole run used and the
guest's peak memory; the guest never sees either, so it cannot forge them. The host runs
the same request a second time and stops it as the `call` frame arrives: that run's fuel is
everything before the call at this n (fuel.py); the two runs are alike to the guest.
"""

import json
import os
import sys

VALUE_CAP = 200_000  # characters of an answer sent back from a fuel run
BALLAST_SMALL = 256  # bytes per small object of the fuel run's ballast (its size class)
BALLAST_BLOCK = 16 << 10  # bytes per block of the fuel run's ballast


def _sender(nonce, cap):
    """send(frame) on stdout, as the native harness sends on its result fd: a frame over
    `cap` bytes (what the host reads per case) becomes a small `oversize` error frame, so an
    honest large result gets the same verdict at both levels."""
    write = os.write

    def send(frame, _nonce=nonce):
        frame["nonce"] = _nonce
        try:
            data = json.dumps(frame).encode()
        except (TypeError, ValueError, RecursionError):
            data = json.dumps(HARNESS._unsendable(frame, _nonce)).encode()
        if len(data) > cap:
            oversize = HARNESS._unsendable(frame, _nonce, "oversize", f"{len(data)} bytes")
            data = json.dumps(oversize).encode()
        view = memoryview(len(data).to_bytes(4, "big") + data)
        while view:
            view = view[write(1, view) :]

    return send


def _probe(config, send, capture):
    """What this guest can reach: the parent decides whether that is isolated."""
    report = {"uid": os.getuid() if hasattr(os, "getuid") else None}
    for key, path in (config.get("read") or {}).items():
        try:
            with open(path, "rb") as handle:
                handle.read(1)
            report[key] = "readable"
        except OSError as exc:
            report[key] = f"blocked ({exc.__class__.__name__})"
    for key, path in (config.get("write") or {}).items():
        try:
            with open(path, "wb") as handle:
                handle.write(b"x")
            report[key] = "writable"
        except OSError as exc:
            report[key] = f"blocked ({exc.__class__.__name__})"
    try:
        import socket

        sock = socket.create_connection(("127.0.0.1", int(config.get("port", 9))), timeout=1)
        sock.close()
        report["network"] = "connected"
    except (OSError, AttributeError, ImportError) as exc:
        report["network"] = f"blocked ({exc.__class__.__name__})"
    try:
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        report["fork"] = "allowed"
    except (OSError, AttributeError) as exc:
        report["fork"] = f"blocked ({exc.__class__.__name__})"
    send({"t": "probe", "report": report})


def _fuel(config, send, capture):
    """One call at one n (see the module docstring); `stub` calls an empty function instead
    of the learner's code, for the baseline; `load_only` loads the module and calls nothing."""
    import random

    harness = HARNESS
    n = config.get("n")
    payload = None
    if n is not None:
        gen = harness.load_module(config["generate"], {"random": random}, "generate.py")
        payload = gen["generate"](n, random.Random(int(config.get("seed", 7)) * 1_000_003 + n))
    namespace = harness.load_module(config["source"])
    if n is None:  # the load run, then the collection a sized run's ballast starts with
        import gc

        send({"t": "call"})  # where its twin is stopped: the load alone
        gc.collect()
        send({"t": "fuel", "n": None, "ok": True})
        return
    call = harness.make_call(namespace, config, payload)
    ballast = _ballast(config)  # held until the answer is sent
    send({"t": "call"})  # where a load-only run is stopped by the host
    try:
        value = call()
    except BaseException as exc:  # noqa: BLE001 - the learner's exception is a result
        send({"t": "fuel", "n": n, "ok": False, "error": harness.error_info(exc)})
        return
    frame = {"t": "fuel", "n": n, "ok": True, "output": capture.take()[:200], "value": None}
    try:  # the answer goes back when it is plain JSON and small, for the host to compare;
        # (not through the harness's encoder: its cost would weigh on small answers)
        if config.get("returns"):
            value = harness.convert_result(config, value)
        if len(json.dumps(value)) <= VALUE_CAP:
            frame["value"] = value
    except (TypeError, ValueError):
        pass
    send(frame)
    del ballast


def _ballast(config):
    """Fill the allocators' free space before the call (`ballast`: [bytes of small objects,
    bytes of blocks], sized by the host, see fuel.py), so what the call allocates grows the
    guest's memory, where the host reads its peak. Small objects first (they take the
    object allocator's free pools, then new arenas), then blocks of BALLAST_BLOCK bytes
    (the free chunks left between live ones, and the free space at the top)."""
    import gc

    small, blocks = (int(x) for x in (config.get("ballast") or (0, 0)))
    if small <= 0 and blocks <= 0:
        return None
    gc.collect()
    held = [bytes(BALLAST_SMALL - 33) for _ in range(max(small, 0) // BALLAST_SMALL)]
    held += [bytearray(BALLAST_BLOCK) for _ in range(max(blocks, 0) // BALLAST_BLOCK)]
    return held


class StandardLibraryOnly:
    """A meta-path finder that refuses third-party modules, first on `sys.meta_path`.

    The guest's Python has numpy, pandas and more compiled into its zip, where a native
    judge's Python has the standard library only: without this, `import numpy` in a coding
    problem would work here and fail there. It raises the ModuleNotFoundError a missing
    module raises ("No module named 'numpy'"), so the verdict gives the same hint at both
    levels. Allowed: the standard library, modules already loaded (the guest's own), private
    names (the runtime's `_` modules), and `lent` (a pandas problem's packages). This keeps
    the levels alike, not the host safe: wasmtime is the boundary either way."""

    def __init__(self, lent):
        loaded = {name.partition(".")[0] for name in sys.modules}
        self.allowed = frozenset(sys.stdlib_module_names) | frozenset(lent) | loaded

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in self.allowed or top.startswith("_"):
            return None  # the next finder looks for it
        raise ModuleNotFoundError(f"No module named {top!r}", name=top)


def main():
    global HARNESS
    config = json.loads(sys.stdin.buffer.read())
    import types

    HARNESS = types.ModuleType("harness")
    HARNESS.__file__ = "harness.py"
    exec(compile(config.pop("harness"), "harness.py", "exec"), HARNESS.__dict__)
    sys.modules["harness"] = HARNESS
    send = _sender(config.pop("nonce"), int(config.pop("cap", 1 << 20)))
    HARNESS.SOLUTION = str(config.get("filename") or HARNESS.SOLUTION)
    capture = HARNESS._Capture()
    sys.stdout = sys.stderr = capture
    sys.argv = [HARNESS.SOLUTION]
    sys.meta_path.insert(0, StandardLibraryOnly(config.pop("lent", None) or ()))
    modes = {"cases": HARNESS.run_cases, "fuel": _fuel, "probe": _probe}
    run = modes.get(config.get("mode", "cases"), _probe)
    try:
        run(config, send, capture)
    except BaseException as exc:  # noqa: BLE001 - loading or generating failed
        send({"t": "load_error", "error": HARNESS.error_info(exc), "output": capture.take()})
    send({"t": "done"})
    os._exit(0)


HARNESS = None

if __name__ == "__main__":
    main()
