"""The judge: `judge(problem, source_path_or_code, *, limits) -> JudgeResult`.

The learner's code runs in one sandboxed child (sandbox.py running harness.py) that streams
raw values back; this module turns them into verdicts (compare.py). The result serialises
to `results.json` (Exercism test-runner style), schema version 1:

```
{
  "version": 1,
  "problem": "<problem id>",
  "status": "pass" | "fail" | "error",   # error: nothing could be judged (load error,
                                         # tampered stream); fail: some case did not pass
  "message": "<why, when status is error>" | null,
  "isolation": "bubblewrap" | "unshare" | "rlimits",
  "warning": "<why this run was not isolated (PIVOTPREP_SANDBOX=rlimits)>" | null,
  "elapsed_ms": 123.4,
  "tests": [
    {"name": "<case id>", "description": "...", "group": "...",
     "status": "pass" | "fail" | "error" | "timeout" | "memory",
        # fail = wrong answer; error = exception / not run; timeout = time limit;
        # memory = memory limit
     "message": "<diff, trimmed traceback or limit>" | null,
     "output": "<what the code printed, capped>" | null,
     "time_ms": 1.2 | null}
  ]
}
```
`write_results(path, result)` writes it atomically and never follows a symlink at `path`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pivotprep.core.errors import InputTooLargeError, NotFoundError, UserError
from pivotprep.practice.judge import compare
from pivotprep.practice.judge.sandbox import ChildOutcome, Limits, run_child
from pivotprep.practice.judge.selftest import isolation
from pivotprep.practice.problems import Case, Problem, load_pack

MAX_SOURCE_BYTES = 200_000
SCHEMA_VERSION = 1


class SandboxUnavailableError(UserError):
    """No isolation level passed its self-test; the judge refuses to run code."""


@dataclass
class TestResult:
    name: str
    description: str
    group: str
    status: str
    message: str | None = None
    output: str | None = None
    time_ms: float | None = None


@dataclass
class JudgeResult:
    problem: str
    status: str
    tests: list[TestResult] = field(default_factory=list)
    message: str | None = None
    isolation: str = ""
    elapsed_ms: float = 0.0
    warning: str | None = None  # the code ran without file/network isolation (opt-in)

    @property
    def passed(self) -> bool:
        return self.status == "pass"

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for test in self.tests:
            out[test.status] = out.get(test.status, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "problem": self.problem,
            "status": self.status,
            "message": self.message,
            "isolation": self.isolation,
            "warning": self.warning,
            "elapsed_ms": round(self.elapsed_ms, 1),
            "tests": [asdict(t) for t in self.tests],
        }

    def summary(self) -> dict[str, Any]:
        """A compact form for the database: statuses without outputs."""
        return {
            "status": self.status,
            "message": self.message,
            "counts": self.counts,
            "failed": [
                {"name": t.name, "status": t.status, "message": (t.message or "")[:300]}
                for t in self.tests
                if t.status != "pass"
            ][:5],
        }


def read_source(source: str | Path) -> str:
    """The learner's code: a path to a file, or the code itself."""
    if isinstance(source, Path):
        if source.is_symlink():
            raise UserError(f"{source} is a symbolic link; the judge reads regular files only.")
        if not source.is_file():
            raise NotFoundError(f"{source} does not exist. Run `pivotprep practice start` first.")
        if source.stat().st_size > MAX_SOURCE_BYTES:
            raise InputTooLargeError(f"{source} is over {MAX_SOURCE_BYTES // 1000} kB.")
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1).decode("utf-8", errors="replace")
    if len(source.encode()) > MAX_SOURCE_BYTES:
        raise InputTooLargeError(f"The code is over {MAX_SOURCE_BYTES // 1000} kB.")
    return source


def base_config(problem: Problem, code: str) -> dict[str, Any]:
    meta = problem.meta
    return {
        "source": code,
        "entry": meta.entry,
        "kind": meta.kind,
        "arguments": dict(meta.arguments),
        "returns": meta.returns,
    }


def _level() -> str:
    """The verified isolation level; refuses (SandboxUnavailableError) when there is none."""
    level = isolation()
    if level.level == "none":
        raise SandboxUnavailableError(
            "No sandbox that isolates files and network works on this machine, so pivotprep "
            f"will not run code ({level.reason}). Install bubblewrap: `apt install "
            "bubblewrap`, then check with `pivotprep doctor`. (To run code with NO file or "
            "network isolation at your own risk, set PIVOTPREP_SANDBOX=rlimits.)"
        )
    return level.level


def isolation_warning() -> str | None:
    """The warning every judge run must show when the user opted in to `rlimits`."""
    return isolation().warning


def _load_checker(problem: Problem):  # type: ignore[no-untyped-def]
    path = problem.checker_path
    if path is None:
        return None
    spec = importlib.util.spec_from_file_location(f"pivotprep_checker_{problem.id}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.check


def _verdict(problem: Problem, case: Case, frame: dict, checker) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    meta = problem.meta
    if frame.get("ok"):
        actual = frame.get("value")
        if not case.has_expected:
            return "fail", f"expected {case.raises} to be raised, got {compare.show(actual)}"
        if checker is not None:
            try:
                ok = bool(checker(case.input, case.expected, actual))
            except Exception as exc:  # noqa: BLE001 - an odd value crashing the checker = wrong
                ok = False
                return "fail", f"the answer {compare.show(actual)} was rejected ({exc})"
            return ("pass", None) if ok else ("fail", compare.diff(case.expected, actual))
        if compare.matches(
            case.expected,
            actual,
            tolerance=meta.float_tolerance,
            order_insensitive=meta.order_insensitive,
        ):
            return "pass", None
        return "fail", compare.diff(case.expected, actual)
    error = frame.get("error") or {}
    kind = error.get("kind")
    trace = (error.get("traceback") or "").strip()
    if kind == "memory":
        return "memory", "memory limit exceeded (MemoryError)\n" + trace
    if kind == "output":
        return "error", "output limit exceeded: your code printed more than 1 MB"
    if case.raises and case.raises in (error.get("bases") or []):
        return "pass", None
    if case.raises:
        got = f"{error.get('type')}: {error.get('message')}"
        return "fail", f"expected {case.raises} to be raised, got {got}\n{trace}"
    return "error", trace or f"{error.get('type')}: {error.get('message')}"


def _missing(outcome: ChildOutcome, first: bool) -> tuple[str, str]:
    if not first:
        return "error", "not run: the judge stopped at an earlier case"
    if outcome.killed == "timeout" or outcome.returncode == -24:  # SIGXCPU
        return "timeout", "time limit exceeded (an infinite loop, or too slow)"
    if outcome.killed == "output":
        return "error", "output limit exceeded: more than 1 MB written to stdout/stderr"
    if outcome.killed == "frame":
        return "error", "the results stream was rejected (oversized frame)"
    code = outcome.returncode
    tail = outcome.stderr.strip().splitlines()[-1:] or [""]
    return "error", (
        f"your code ended the judge process (exit status {code}) before this case finished"
        + (f": {tail[0]}" if tail[0] else "")
    )


def judge(
    problem: Problem | str,
    source_path_or_code: str | Path,
    *,
    limits: Limits | None = None,
    filename: str | None = None,
) -> JudgeResult:
    """Run every case of `problem` against the learner's code and return the verdicts.

    Tracebacks and syntax errors name `filename` (default: the path given, else
    `solution.py`), so the learner sees their own file and line."""
    pack = problem if isinstance(problem, Problem) else load_pack(problem)
    code = read_source(source_path_or_code)
    limits = limits or Limits()
    config = base_config(pack, code)
    if filename is None and isinstance(source_path_or_code, Path):
        filename = str(source_path_or_code)
    if filename:
        config["filename"] = filename
    config["mode"] = "cases"
    config["cases"] = [{"id": c.id, "input": c.input} for c in pack.cases]
    outcome = run_child(config, limits, level=_level())
    result = interpret(pack, outcome)
    result.warning = isolation_warning()
    return result


def interpret(pack: Problem, outcome: ChildOutcome) -> JudgeResult:
    """Turn the child's frames into verdicts. Anything out of order or missing is an error."""
    result = JudgeResult(
        problem=pack.id, status="pass", isolation=outcome.level, elapsed_ms=outcome.elapsed * 1e3
    )
    frames = outcome.frames
    message = None
    not_run = None  # the per-case note when the whole run failed (the message is said once)
    if outcome.tampered:
        message = f"the results stream was rejected: {outcome.tampered}"
        frames = []
    elif frames and frames[0].get("t") == "load_error":
        error = frames[0].get("error") or {}
        message = "your file could not be loaded:\n" + (
            (error.get("traceback") or "").strip() or f"{error.get('type')}: {error.get('message')}"
        )
        not_run = "not run: your file could not be loaded (see the error above)"
        frames = []
    elif frames and frames[0].get("t") == "ready":
        frames = frames[1:]
    elif frames:
        message = "the results stream was rejected: it did not start with `ready`"
        frames = []
    case_frames = [f for f in frames if f.get("t") == "case"]
    checker = _load_checker(pack)
    first_missing = True
    for index, case in enumerate(pack.cases):
        frame = case_frames[index] if index < len(case_frames) else None
        test = TestResult(name=case.id, description=case.description, group=case.group, status="")
        if message is not None:
            test.status, test.message = "error", not_run or message
        elif frame is None:
            test.status, test.message = _missing(outcome, first_missing)
            first_missing = False
        elif frame.get("id") != case.id:
            message = "the results stream was rejected: cases arrived out of order"
            test.status, test.message = "error", message
        else:
            test.status, test.message = _verdict(pack, case, frame, checker)
            test.output = (frame.get("output") or None) if isinstance(frame, dict) else None
            if isinstance(frame.get("wall"), (int, float)):
                test.time_ms = round(frame["wall"] * 1e3, 3)
        result.tests.append(test)
    if message is not None and all(t.status == "error" for t in result.tests):
        result.status = "error"
        result.message = message
    elif any(t.status != "pass" for t in result.tests):
        result.status = "fail"
    if outcome.stdout.strip() and result.tests:
        extra = outcome.stdout.strip()[:2000]
        result.tests[0].output = ((result.tests[0].output or "") + extra)[:4000]
    return result


def write_text_atomic(path: Path, text: str) -> None:
    """Write a file through a temp file and os.replace (a symlink at `path` is replaced,
    never written through)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_results(path: Path, result: JudgeResult) -> None:
    """Write results.json atomically: a temp file in the same folder, then os.replace, which
    replaces a symlink at `path` instead of writing through it."""
    write_text_atomic(path, json.dumps(result.to_dict(), indent=2))


DEFAULT_SIZES = {
    "2^n": [8, 10, 12, 14, 16, 18],
    "n^3": [25, 50, 100, 200, 400],
    "n^2": [125, 250, 500, 1000, 2000, 4000],
}
FALLBACK_SIZES = [1000, 2000, 4000, 8000, 16000, 32000, 64000]


@dataclass
class Timing:
    """CPU times of one solution on generate(n), per size (seconds)."""

    sizes: list[int]
    samples: list[list[float]]
    stopped_early: bool  # the call budget ran out before the last size
    error: str | None = None


def sizes_for(problem: Problem) -> list[int]:
    meta = problem.meta
    return list(meta.complexity_n or DEFAULT_SIZES.get(meta.complexity.time, FALLBACK_SIZES))


def time_code(
    problem: Problem,
    code: str,
    *,
    sizes: list[int] | None = None,
    repeats: int = 3,
    call_budget: float = 0.25,
    seed: int = 7,
) -> Timing:
    """Time `code` on problem.generate(n) inside the sandbox.

    Per size: `repeats` rounds, each running enough calls (on fresh deep copies of the input,
    made outside the timed region, garbage collector off) to use ~20 ms of process CPU time;
    a sample is CPU time per call. CPU time is not inflated when other processes preempt
    the child (wall time is, on a loaded machine), and batching hides the kernel's 4 ms CPU
    clock ticks. A size whose single call exceeds `call_budget` seconds is recorded once
    (wall time) and ends the run."""
    sizes = sizes or sizes_for(problem)
    config = base_config(problem, code)
    config.update(
        mode="timing",
        generate=problem.generate_path.read_text(encoding="utf-8"),
        sizes=sizes,
        repeats=repeats,
        call_budget=call_budget,
        seed=seed,
    )
    limits = Limits(case_seconds=repeats * call_budget + 15.0, cpu_seconds=120, memory_mb=1024)
    outcome = run_child(config, limits, level=_level())
    frames = [f for f in outcome.frames if f.get("t") == "timing"]
    got_sizes = [int(f["n"]) for f in frames]
    samples = [[float(x) for x in f.get("times", [])] for f in frames]
    error = None
    loaded = [f for f in outcome.frames if f.get("t") == "load_error"]
    if loaded:
        err = loaded[0].get("error") or {}
        error = f"{err.get('type')}: {err.get('message')}"
    elif outcome.tampered:
        error = outcome.tampered
    elif not any(f.get("t") == "done" for f in outcome.frames) and outcome.killed != "timeout":
        error = f"the timing run ended early (exit status {outcome.returncode})"
    stopped = len(got_sizes) < len(sizes) and error is None
    return Timing(got_sizes, samples, stopped, error)
