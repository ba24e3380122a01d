"""The child-process runner: runs a learner's code on inputs and streams raw results back.

Executed as a script by a fresh `python -I -S -B` inside the sandbox; standard library only,
import-light (start-up time is most of a judge run). It never sees expected answers and
never decides pass/fail: the parent compares. Protocol:

- stdin carries one JSON config (read fully, then stdin is replaced by /dev/null), holding
  the per-run nonce, the result pipe's fd, the mode and the sources.
- The result pipe (an fd of its own, not stdout) carries frames: 4-byte big-endian length +
  JSON object tagged with the nonce. Frames: `ready` (module loaded) or `load_error`,
  one `case` per case in order (or `timing` per size), then `done`.
- Before any learner code runs: root drops to nobody, RLIMIT_NPROC is set (no fork), the
  nonce is taken out of the config, the result fd is made non-inheritable, and Python-level
  stdout/stderr become capped per-case buffers. Exiting early, printing fake frames or
  patching this module cannot make the parent accept a wrong answer: the parent checks
  order, count and nonce, and compares values against expectations the child never had.
"""

import builtins
import gc
import json
import linecache
import os
import sys
import time
import traceback  # imported now: importing it after a MemoryError raised a second one

SOLUTION = "solution.py"
OUTPUT_CAP = 1 << 20  # Python-level output allowed per run
OUTPUT_KEEP = 2000  # characters of output kept per case
NODE_CAP = 1_000_000
FRAME_CAP = 1 << 20  # bytes of one result frame: the parent reads no more (pump.FRAME_CAP)
RESULT_FD = 3  # the result pipe's number once the run starts, whatever the parent's was


class OutputLimitExceeded(BaseException):
    """Raised from print() once the run has written more than OUTPUT_CAP characters."""


class _Capture:
    """A write-only text stream that keeps the first OUTPUT_KEEP characters per case."""

    def __init__(self):
        self.parts = []
        self.kept = 0
        self.total = 0

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str")
        _COUNTER[0] += len(text)
        if _COUNTER[0] > OUTPUT_CAP:
            raise OutputLimitExceeded(f"more than {OUTPUT_CAP} characters of output")
        if self.kept < OUTPUT_KEEP:
            piece = text[: OUTPUT_KEEP - self.kept]
            self.parts.append(piece)
            self.kept += len(piece)
        return len(text)

    def flush(self):
        return None

    def isatty(self):
        return False

    def take(self):
        text = "".join(self.parts)
        self.parts, self.kept = [], 0
        return text


_COUNTER = [0]


class ListNode:
    def __init__(self, val=0, next=None):  # noqa: A002 - the conventional name
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val!r})"


def to_linked_list(values):
    head = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def from_linked_list(node):
    out = []
    while node is not None:
        if len(out) >= NODE_CAP:
            raise ValueError("the returned linked list has a cycle or is too long")
        out.append(node.val)
        node = node.next
    return out


def to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    i, head = 1, 0
    while i < len(values) and head < len(queue):
        node = queue[head]
        head += 1
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def from_tree(root):
    if root is None:
        return []
    out, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if len(queue) > NODE_CAP:
            raise ValueError("the returned tree has a cycle or is too large")
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


CONVERT_IN = {"linked_list": to_linked_list, "tree": to_tree}


class ResultTooLarge(Exception):
    """The result holds more items than fit in one frame (each takes at least 3 bytes)."""


_ITEMS = [0]  # container items encoded for the current result


def _count(value):
    """Count a container's items (or a string's length) against what fits in a frame."""
    if isinstance(value, str):
        if len(value) > FRAME_CAP:
            raise ResultTooLarge(f"a string of {len(value)} characters")
        return
    _ITEMS[0] += len(value)
    if _ITEMS[0] > FRAME_CAP // 3:
        raise ResultTooLarge(f"more than {FRAME_CAP // 3} items")


def _plain(value):
    """A pandas/numpy cell as a JSON value: missing -> None, times -> ISO text."""
    pandas = sys.modules["pandas"]
    if value is None or value is pandas.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # a numpy scalar
        return _plain(value.item())
    if value is pandas.NA:
        return None
    return value


def to_frame(spec):
    """{"__frame__": {columns, rows, dtypes?, index?}} -> a pandas DataFrame."""
    import pandas

    body = spec["__frame__"]
    frame = pandas.DataFrame(body["rows"], columns=body["columns"])
    for column, dtype in (body.get("dtypes") or {}).items():
        frame[column] = frame[column].astype(dtype)
    index = body.get("index")
    if index is not None:
        frame.index = pandas.Index(index["values"], name=index.get("name"))
    return frame


def to_series(spec):
    """{"__series__": {name, values, dtype?, index?}} -> a pandas Series."""
    import pandas

    body = spec["__series__"]
    index = body.get("index")
    series = pandas.Series(
        body["values"],
        name=body.get("name"),
        index=None if index is None else pandas.Index(index["values"], name=index.get("name")),
    )
    return series.astype(body["dtype"]) if body.get("dtype") else series


def decode_input(value):
    """Tagged frames and series in a case's input become pandas objects."""
    if isinstance(value, dict) and len(value) == 1:
        if "__frame__" in value:
            return to_frame(value)
        if "__series__" in value:
            return to_series(value)
    return value


def _index_of(obj):
    index = obj.index
    values = [_plain(v) for v in index]
    return {"name": _plain(index.name), "dtype": str(index.dtype), "values": values}


def from_pandas(value):
    """A DataFrame or Series as tagged JSON (columns, dtypes, index, rows), or None when
    `value` is neither (or pandas was never imported)."""
    pandas = sys.modules.get("pandas")
    if pandas is None:
        return None
    if isinstance(value, pandas.DataFrame):
        if value.size > NODE_CAP:
            raise ValueError("the returned DataFrame has more than a million cells")
        columns = [_plain(c) for c in value.columns]
        return {
            "__frame__": {
                "columns": columns,
                "dtypes": [str(t) for t in value.dtypes],
                "index": _index_of(value),
                "rows": [[_plain(v) for v in row] for row in value.itertuples(index=False)],
            }
        }
    if isinstance(value, pandas.Series):
        if value.size > NODE_CAP:
            raise ValueError("the returned Series has more than a million values")
        return {
            "__series__": {
                "name": _plain(value.name),
                "dtype": str(value.dtype),
                "index": _index_of(value),
                "values": [_plain(v) for v in value],
            }
        }
    return None


def encode(value, depth=0):
    """A JSON-able form of a result; non-JSON values are tagged so they never equal data.
    Raises ResultTooLarge early when the result cannot fit in a frame."""
    if depth > 200:
        return {"__repr__": "<nested too deeply>"}
    if isinstance(value, (list, tuple, set, frozenset, dict, str)):
        _count(value)
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) < 10**4000:
            return value
        return {"__repr__": "<an integer with more than 4000 digits>"}
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return {"__float__": repr(value)}
        return value
    if isinstance(value, (list, tuple)):
        return [encode(item, depth + 1) for item in value]
    if isinstance(value, (set, frozenset)):
        items = [encode(item, depth + 1) for item in value]
        try:  # noqa: SIM105 - contextlib is one import too many at start-up
            items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        except (TypeError, ValueError):
            pass
        return items
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: encode(v, depth + 1) for k, v in value.items()}
        return {"__map__": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    if isinstance(value, ListNode):
        return from_linked_list(value)
    if isinstance(value, TreeNode):
        return from_tree(value)
    return _opaque(value)


def _opaque(value):
    """A DataFrame or Series as tagged JSON; any other value JSON cannot hold, tagged with
    its repr (and, for an iterator such as a generator, map or zip, its type: the parent
    then hints to return a list)."""
    tagged = from_pandas(value)
    if tagged is not None:
        return tagged
    text = object.__repr__(value) if type(value).__repr__ is object.__repr__ else repr(value)
    if hasattr(type(value), "__next__"):
        return {"__repr__": text[:200], "__iterator__": type(value).__name__}
    return {"__repr__": text[:200]}


def trimmed_traceback(exc):
    """The traceback lines inside the learner's file only, then the exception line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == SOLUTION]
    lines = traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    text = "".join(lines)
    return text[-4000:]


# The real built-in exception classes, taken before any learner code runs: an expected
# exception is matched by these objects, so a class merely named ValueError is not one,
# nor is one the learner puts into `builtins` under that name.
BUILTIN_ERRORS = {
    name: value
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
_RESERVE = [bytearray(1 << 20)]  # freed on a MemoryError, so reporting it has room


def error_info(exc):
    """What the parent is told about an exception the learner's code raised. After a
    MemoryError the learner's frames still hold what filled memory: their locals are
    cleared first (and a reserve freed), so the report itself has room."""
    if isinstance(exc, MemoryError):
        _RESERVE.clear()
        traceback.clear_frames(exc.__traceback__)
        gc.collect()
    try:
        return _error_info(exc)
    except MemoryError:
        return {
            "kind": "memory",
            "type": "MemoryError",
            "bases": [],
            "message": "",
            "traceback": "",
        }
    finally:
        if not _RESERVE:
            try:  # noqa: SIM105
                _RESERVE.append(bytearray(1 << 20))
            except MemoryError:
                pass


def _error_info(exc):
    kind = "memory" if isinstance(exc, MemoryError) else "error"
    if isinstance(exc, RecursionError):
        kind = "error"
    if isinstance(exc, OutputLimitExceeded):
        kind = "output"
    if isinstance(exc, ResultTooLarge):
        kind = "oversize"
    try:
        message = str(exc)[:500]
    except BaseException:  # noqa: BLE001 - a hostile __str__
        message = "<unprintable>"
    mro = type(exc).__mro__
    names = [cls.__name__ for cls in mro]
    return {
        "kind": kind,
        "type": type(exc).__name__,
        "bases": names[:12],
        "builtin_bases": [c.__name__ for c in mro if BUILTIN_ERRORS.get(c.__name__) is c],
        "message": message,
        "traceback": trimmed_traceback(exc),
    }


def load_module(source, extra=None, filename=None):
    """Compile and run `source` as the learner's module. Tracebacks name `filename` (the
    learner's own path, default SOLUTION) and show its lines, held in linecache because the
    file itself is not visible inside the sandbox."""
    filename = filename or SOLUTION
    namespace = {"__name__": "solution", "__builtins__": builtins, "ListNode": ListNode}
    namespace["TreeNode"] = TreeNode
    namespace.update(extra or {})
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    code = compile(source, filename, "exec")
    exec(code, namespace)
    return namespace


def make_call(namespace, config, payload):
    """A zero-argument callable for one input, with conversions applied beforehand."""
    entry = namespace.get(config["entry"])
    if entry is None:
        raise NameError(f"{config['entry']!r} is not defined in your file")
    if config["kind"] == "design":
        operations = payload["operations"]
        arguments = payload["arguments"]

        def run_design():
            instance = entry(*arguments[0])
            results = [None]
            for name, args in zip(operations[1:], arguments[1:], strict=True):
                results.append(getattr(instance, name)(*args))
            return results

        return run_design
    kwargs = {name: decode_input(value) for name, value in payload.items()}
    for name, kind in (config.get("arguments") or {}).items():
        if name in kwargs:
            kwargs[name] = CONVERT_IN[kind](kwargs[name])
    return lambda: entry(**kwargs)


def convert_result(config, value):
    _ITEMS[0] = 0
    kind = config.get("returns")
    if kind and config["kind"] == "function":
        if kind == "linked_list" and (value is None or isinstance(value, ListNode)):
            return from_linked_list(value)
        if kind == "tree" and (value is None or isinstance(value, TreeNode)):
            return from_tree(value)
    return encode(value)


def run_cases(config, send, capture):
    namespace = load_module(config["source"])
    send({"t": "ready"})
    for case in config["cases"]:
        frame = {"t": "case", "id": case["id"]}
        started_cpu = time.process_time()
        started = time.perf_counter()
        try:
            call = make_call(namespace, config, case["input"])
            value = call()
            frame["value"] = convert_result(config, value)
            frame["ok"] = True
        except BaseException as exc:  # noqa: BLE001 - anything the learner raises is a result
            frame["ok"] = False
            frame["error"] = error_info(exc)
        frame["cpu"] = time.process_time() - started_cpu
        frame["wall"] = time.perf_counter() - started
        frame["output"] = capture.take()
        send(frame)
        if not frame["ok"] and frame["error"].get("kind") == "memory":
            break  # each later case would fill memory again (seconds each in the guest)


def run_timing(config, send, capture):
    import copy
    import random

    gen = load_module(config["generate"], {"random": random}, "generate.py")["generate"]
    namespace = load_module(config["source"])
    send({"t": "ready"})
    repeats = int(config.get("repeats", 5))
    budget = float(config.get("call_budget", 1.0))
    target = float(config.get("round_seconds", 0.02))
    for n in config["sizes"]:
        payload = gen(n, random.Random(int(config.get("seed", 7)) * 1_000_003 + n))
        try:
            blob = json.dumps(payload)
            fresh = lambda blob=blob: json.loads(blob)  # noqa: E731 - faster than deepcopy
        except (TypeError, ValueError):
            fresh = lambda payload=payload: copy.deepcopy(payload)  # noqa: E731
        call = make_call(namespace, config, fresh())
        started = time.perf_counter()
        started_cpu = time.process_time()
        call()
        first_cpu = time.process_time() - started_cpu
        first = time.perf_counter() - started
        if first_cpu > budget:  # too slow to repeat: one CPU-time sample, stop growing n
            capture.take()
            send({"t": "timing", "n": n, "times": [first_cpu], "calls": 1})
            break
        calls = max(1, min(200, int(target / max(first, 1e-6)) + 1))
        rounds = []
        for _ in range(repeats):
            spent, done = 0.0, 0
            while spent < target and done < 4000:  # enough CPU clock ticks for ~10% precision
                gc.disable()  # building many node objects would otherwise trigger collections
                batch = [make_call(namespace, config, fresh()) for _ in range(calls)]
                started = time.process_time()
                # keep what the calls return and free it, and the inputs, after the clock:
                # freeing them in the timed loop (a dropped result, or the last round's input
                # held by a loop variable) costs once per round, not per call, and weighs
                # more as `calls` shrinks with n, which bent O(n) linked-list curves to n^2
                results = [item() for item in batch]
                spent += time.process_time() - started
                done += calls
                del batch, results
                gc.enable()
                capture.take()
            rounds.append(spent / done)
        send({"t": "timing", "n": n, "times": rounds, "calls": calls})


def run_probe(config, send, capture):
    """The sandbox self-test: report what this process can reach (parent decides)."""
    import socket

    report = {"uid": os.getuid()}
    for key, path in config.get("read", {}).items():
        try:
            with open(path, "rb") as handle:
                handle.read(1)
            report[key] = "readable"
        except OSError as exc:
            report[key] = f"blocked ({exc.__class__.__name__})"
    for key, path in config.get("write", {}).items():
        try:
            with open(path, "wb") as handle:
                handle.write(b"x")
            report[key] = "writable"
        except OSError as exc:
            report[key] = f"blocked ({exc.__class__.__name__})"
    try:
        sock = socket.create_connection(("127.0.0.1", int(config.get("port", 9))), timeout=1)
        sock.close()
        report["network"] = "connected"
    except OSError as exc:
        report["network"] = f"blocked ({exc.__class__.__name__})"
    try:
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        report["fork"] = "allowed"
    except OSError as exc:
        report["fork"] = f"blocked ({exc.__class__.__name__})"
    send({"t": "probe", "report": report})


def read_config():
    """The config from stdin (read fully; stdin is then /dev/null for the learner's code)."""
    raw = sys.stdin.buffer.read()
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return json.loads(raw)


def preload():
    """Import the libraries this child was started for (pandas), before it reads its config:
    a pre-started spare child is then ready with pandas loaded, and the import's second or
    so never counts against the learner's Run. The parent names them in the environment."""
    paths = [p for p in os.environ.get("PIVOTPREP_LIBRARY_PATHS", "").split(os.pathsep) if p]
    sys.path[:0] = [p for p in paths if p not in sys.path]
    if "pandas" in os.environ.get("PIVOTPREP_LIBRARIES", "").split(","):
        import pandas  # noqa: F401 - lent read-only to the pandas round


def preimport(config):
    """Outside bwrap, nobody may not read the install later: import what runs need now."""
    if config.get("preimport"):
        import copy  # noqa: F401
        import encodings.idna  # noqa: F401
        import random  # noqa: F401
        import socket  # noqa: F401
        import traceback  # noqa: F401


def drop_privileges(config):
    """The app runs as root: become nobody before anything else (exit 3 if that fails)."""
    if config.pop("drop", False):
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
        if os.getuid() == 0:
            os._exit(3)


def apply_limits(config):
    """The run's rlimits, set here too (bwrap starts the child without a preexec hook)."""
    import resource
    import signal

    limits = config.pop("limits", None) or {}
    for name, key in (("RLIMIT_CPU", "cpu"), ("RLIMIT_AS", "memory"), ("RLIMIT_FSIZE", "file")):
        if key in limits:
            value = int(limits[key])
            resource.setrlimit(getattr(resource, name), (value, value + (key == "cpu")))
    if "files" in limits:
        resource.setrlimit(resource.RLIMIT_NOFILE, (int(limits["files"]),) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    nproc = int(config.get("nproc", 0))
    if nproc:
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
    try:  # noqa: SIM105
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # file too large -> an OSError
    except (AttributeError, ValueError):
        pass


def _unsendable(frame, nonce, kind="error", message="the result could not be serialised"):
    """The frame that replaces one whose value cannot be serialised or is too large."""
    return {
        "t": frame.get("t"),
        "id": frame.get("id"),
        "nonce": nonce,
        "ok": False,
        "error": {
            "kind": kind,
            "type": "EncodeError",
            "bases": [],
            "message": message,
            "traceback": "",
        },
    }


def make_sender(fd, nonce, cap=FRAME_CAP):
    """send(frame): one length-prefixed JSON frame, tagged with the nonce, on the result fd.
    A frame over `cap` bytes (the parent reads no more per case) is replaced by a small
    `oversize` error frame, so an honest large result gets its own verdict. The pipe is
    moved to RESULT_FD first: its number in the parent depends on how many files the app
    has open, and a run must look the same to the learner's code whatever ran before."""
    if fd != RESULT_FD:
        os.dup2(fd, RESULT_FD)
        os.close(fd)
        fd = RESULT_FD
    os.set_inheritable(fd, False)
    dumps = json.dumps
    pack = int.to_bytes
    write = os.write

    def send(frame, _fd=fd, _nonce=nonce):
        frame["nonce"] = _nonce
        try:
            data = dumps(frame).encode()
        except (TypeError, ValueError, RecursionError):
            data = dumps(_unsendable(frame, _nonce)).encode()
        if len(data) > cap:
            message = f"{len(data)} bytes"
            data = dumps(_unsendable(frame, _nonce, "oversize", message)).encode()
        view = memoryview(pack(len(data), 4, "big") + data)
        while view:
            written = write(_fd, view)
            view = view[written:]

    return send


def run_cputime(config, send, capture):
    """One measurement for the kernel's CPU accounting: generate the input of size `n`, then
    make `calls` fresh copies of it, converted as a case's arguments are, and call the
    learner's function on each (with no `source`: the same copies, no calls, the baseline
    the parent subtracts). Nothing is timed here: the parent reads the child's CPU time
    from the kernel when it exits, so nothing the learner's code does can report less."""
    import random

    gen = load_module(config["generate"], {"random": random}, "generate.py")["generate"]
    n = int(config["n"])
    payload = gen(n, random.Random(int(config.get("seed", 7)) * 1_000_003 + n))
    blob = json.dumps(payload)
    source = config.get("source")
    baseline = {config["entry"]: lambda *args, **kwargs: None}
    namespace = load_module(source) if source else baseline
    send({"t": "ready"})
    for _ in range(int(config["calls"])):
        call = make_call(namespace, config, json.loads(blob))
        if source:
            call()
        capture.take()


MODES = {"cases": run_cases, "timing": run_timing, "cputime": run_cputime}


def main():
    preload()
    config = read_config()
    import resource  # noqa: F401 - loaded before dropping privileges (apply_limits uses them)
    import signal  # noqa: F401

    preimport(config)
    drop_privileges(config)
    apply_limits(config)
    send = make_sender(
        int(config.pop("fd")), config.pop("nonce"), int(config.pop("cap", FRAME_CAP))
    )
    global SOLUTION
    SOLUTION = str(config.get("filename") or SOLUTION)  # the learner's path, for tracebacks
    capture = _Capture()
    sys.stdout = sys.stderr = capture
    sys.argv = [SOLUTION]
    run = MODES.get(config.get("mode", "cases"), run_probe)
    try:
        run(config, send, capture)
    except BaseException as exc:  # noqa: BLE001 - loading or generating failed
        send({"t": "load_error", "error": error_info(exc), "output": capture.take()})
    send({"t": "done"})
    os._exit(0)


if __name__ == "__main__":
    main()
