"""The coding judge's verdicts: the child's raw frames turned into a `JudgeResult`.

The child (harness.py) only ever reports raw values; every verdict is decided here, in the
shared vocabulary of `pivotprep.core.judging` (pass, wrong, error, timeout, memory). Values
are compared by compare.py, or by the pack's own checker.py when it has one. Anything out
of order, missing or not tagged with the run's nonce is an error, never a pass.

`JudgeResult` is a `JudgeOutcome` with the isolation level the code ran at and, when the
user opted in to running code unisolated, the warning every run must show. It serialises
to `results.json` (the schema is in `core/judging.py`, format version 2, plus "isolation":
"wasm" | "bubblewrap" | "unshare" | "rlimits" and "warning": "<why this run was not isolated>" |
null); `write_results(path, result)` writes it atomically and never through a symlink.
"""

from __future__ import annotations

import builtins
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pivotprep.core.files import write_text_atomic
from pivotprep.core.judging import CaseResult, JudgeOutcome, Status, overall
from pivotprep.practice.judge import compare, frames
from pivotprep.practice.judge.checker import Checker, load_checker
from pivotprep.practice.judge.pump import FRAME_CAP, RUN_CAP, ChildOutcome
from pivotprep.practice.problems import Case, Problem

OUTPUT_TAIL = 2000  # characters of stray process output added to the first case
OUTPUT_KEEP = 4000  # characters of output kept on a case
OVERSIZE = (
    "your result is too large to judge ({size}; the judge reads at most {cap} MB per case): "
    "return only what the problem asks for"
)


@dataclass(frozen=True)
class JudgeResult(JudgeOutcome):
    """A coding judge run: the shared outcome plus where the code ran."""

    judge: str = "code"
    isolation: str = ""
    warning: str | None = None  # the code ran without file/network isolation (opt-in)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "isolation": self.isolation, "warning": self.warning}


Verdict = tuple[Status, str | None]


def _checked(case: Case, actual: Any, checker: Checker) -> Verdict:
    """The pack's checker decides; an odd value crashing the checker is a wrong answer."""
    try:
        ok = bool(checker(case.input, case.expected, actual))
    except Exception as exc:  # noqa: BLE001 - an odd value crashing the checker = wrong
        return Status.WRONG, f"the answer {compare.show(actual)} was rejected ({exc})"
    return (Status.PASS, None) if ok else (Status.WRONG, compare.diff(case.expected, actual))


def _iterator_hint(actual: Any) -> str:
    """A hint when the code returned an iterator (a generator, map, zip ...) not a value."""
    if isinstance(actual, dict) and isinstance(actual.get("__iterator__"), str):
        kind = actual["__iterator__"]
        return (
            f"\nhint: your function returned a {kind} object, which yields its items one by "
            "one; return a list instead (for example `return list(...)`, or build the list "
            "and return it rather than `yield` each item)"
        )
    return ""


# Python 3.13+ run without site (as both judges run it) adds this to "No module named ...";
# no site-packages exist in a judge, so the hint below says what is there instead.
SITE_NOTE = re.compile(r"\. Site initialization is disabled, did you forget to add the [^\n]*\?")


def _shown_error(error: dict[str, Any]) -> str:
    """The traceback (else type and message) a learner is shown for an exception."""
    trace = (error.get("traceback") or "").strip()
    return SITE_NOTE.sub("", trace or f"{error.get('type')}: {error.get('message')}")


def _import_hint(error: dict[str, Any], lent: tuple[str, ...] = ()) -> str:
    """A hint when the code imports a module the judge's Python does not have (none for a
    problem that lends libraries, such as the pandas round: its statement says which)."""
    if lent or "ImportError" not in (error.get("bases") or []):
        return ""
    named = re.search(r"No module named '([\w.]+)'", str(error.get("message") or ""))
    if not named or named.group(1).split(".")[0] in sys.stdlib_module_names:
        return ""
    return (
        f"\nhint: coding problems run with Python's standard library only; "
        f"{named.group(1).split('.')[0]} is not available in the judge (collections, heapq, "
        "bisect, itertools and functools are)"
    )


def _returned(problem: Problem, case: Case, actual: Any, checker: Checker | None) -> Verdict:
    """The verdict on a value the learner's code returned."""
    if not case.has_expected:
        return Status.WRONG, f"expected {case.raises} to be raised, got {compare.show(actual)}"
    if checker is not None:
        return _checked(case, actual, checker)
    meta = problem.meta
    if frames.is_pandas(case.expected):
        problem_text = frames.compare(case.expected, actual, meta.frame, meta.float_tolerance)
        return (Status.PASS, None) if problem_text is None else (Status.WRONG, problem_text)
    if compare.matches(
        case.expected,
        actual,
        tolerance=meta.float_tolerance,
        order_insensitive=meta.order_insensitive,
    ):
        return Status.PASS, None
    return Status.WRONG, compare.diff(case.expected, actual) + _iterator_hint(actual)


BUILTIN_ERRORS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)


def _matching_bases(expected: str, error: dict[str, Any]) -> list[str]:
    """The names an expected exception may match: for a built-in one (ValueError), only the
    real built-in classes the raised one derives from (matched by class in the child); for
    a name the problem defines, the raised class's own ancestry by name."""
    key = "builtin_bases" if expected in BUILTIN_ERRORS else "bases"
    return list(error.get(key) or [])


def _raised(case: Case, error: dict[str, Any], lent: tuple[str, ...] = ()) -> Verdict:
    """The verdict on an exception (or a limit) the learner's code hit."""
    kind = error.get("kind")
    trace = (error.get("traceback") or "").strip()
    if kind == "memory":
        return Status.MEMORY, "memory limit exceeded (MemoryError)\n" + trace
    if kind == "output":
        return Status.ERROR, "output limit exceeded: your code printed more than 1 MB"
    if kind == "oversize":
        return Status.ERROR, OVERSIZE.format(size=error.get("message"), cap=FRAME_CAP >> 20)
    if case.raises and case.raises in _matching_bases(case.raises, error):
        return Status.PASS, None
    if case.raises:
        got = f"{error.get('type')}: {error.get('message')}"
        return Status.WRONG, f"expected {case.raises} to be raised, got {got}\n{trace}"
    return Status.ERROR, _shown_error(error) + _import_hint(error, lent)


def case_verdict(
    problem: Problem, case: Case, frame: dict[str, Any], checker: Checker | None
) -> Verdict:
    """The verdict on one case's frame: what it returned or raised, against the case."""
    if frame.get("ok"):
        return _returned(problem, case, frame.get("value"), checker)
    return _raised(case, frame.get("error") or {}, tuple(problem.meta.libraries))


def _missing(outcome: ChildOutcome, first: bool) -> Verdict:
    """The verdict on a case with no frame: the first says why the child stopped."""
    if not first:
        return Status.ERROR, "not run: the judge stopped at an earlier case"
    if outcome.oom:
        return Status.MEMORY, "memory limit exceeded (the sandbox's memory cgroup ended your code)"
    if outcome.memory_full:
        return Status.MEMORY, (
            f"memory limit exceeded: your code held {outcome.memory_full >> 20} MB, near the "
            "judge's memory cap, when its time ran out (allocating near the cap is slow)"
        )
    if outcome.killed == "timeout" or outcome.returncode == -24:  # SIGXCPU
        return Status.TIMEOUT, "time limit exceeded (an infinite loop, or too slow)"
    if outcome.killed == "output":
        return Status.ERROR, "output limit exceeded: more than 1 MB written to stdout/stderr"
    if outcome.killed == "results":
        return Status.ERROR, (
            f"the results of this run passed the {RUN_CAP >> 20} MB the judge reads in all: "
            "return only what the problem asks for"
        )
    code = outcome.returncode
    tail = outcome.stderr.strip().splitlines()[-1:] or [""]
    return Status.ERROR, (
        f"your code ended the judge process (exit status {code}) before this case finished"
        + (f": {tail[0]}" if tail[0] else "")
    )


@dataclass(frozen=True)
class _Stream:
    """The child's case frames, or why none can be trusted (said once for the run)."""

    frames: list[dict[str, Any]]
    message: str | None = None  # the whole run failed: why
    not_run: str | None = None  # the per-case note when it did (default: `message`)


def _read_stream(outcome: ChildOutcome, lent: tuple[str, ...] = ()) -> _Stream:
    frames = outcome.frames
    if outcome.tampered:
        return _Stream([], f"the results stream was rejected: {outcome.tampered}")
    if frames and frames[0].get("t") == "load_error":
        error = frames[0].get("error") or {}
        return _Stream(
            [],
            "your file could not be loaded:\n" + _shown_error(error) + _import_hint(error, lent),
            "not run: your file could not be loaded (see the error above)",
        )
    if frames and frames[0].get("t") == "ready":
        return _Stream([f for f in frames[1:] if f.get("t") in ("case", "oversize")])
    if frames:
        return _Stream([], "the results stream was rejected: it did not start with `ready`")
    return _Stream([])


NOT_RUN_AFTER_MEMORY = (
    "not run: an earlier case hit the memory limit (the judge stops there rather than fill "
    "memory again for each case)"
)


def _timed_case(case: Case, verdict: Verdict, frame: dict[str, Any]) -> CaseResult:
    wall = frame.get("wall")
    return CaseResult(
        name=case.id,
        status=verdict[0],
        message=verdict[1],
        description=case.description,
        group=case.group,
        output=frame.get("output") or None,
        time_ms=round(wall * 1e3, 3) if isinstance(wall, int | float) else None,
    )


def _cases(
    pack: Problem, outcome: ChildOutcome, stream: _Stream
) -> tuple[list[CaseResult], str | None]:
    """One result per case, and the run's message (set when the stream broke midway)."""
    checker = load_checker(pack)
    message = stream.message
    results: list[CaseResult] = []
    first_missing = True
    for index, case in enumerate(pack.cases):
        frame = stream.frames[index] if index < len(stream.frames) else None
        if message is not None:
            verdict: Verdict = (Status.ERROR, stream.not_run or message)
        elif frame is None and any(r.status is Status.MEMORY for r in results):
            verdict = (Status.ERROR, NOT_RUN_AFTER_MEMORY)  # the harness stops there
        elif frame is None:
            verdict, first_missing = _missing(outcome, first_missing), False
        elif frame.get("t") == "oversize":
            verdict = (
                Status.ERROR,
                OVERSIZE.format(size=f"{frame.get('size')} bytes", cap=FRAME_CAP >> 20),
            )
        elif frame.get("id") != case.id:
            message = "the results stream was rejected: cases arrived out of order"
            verdict = (Status.ERROR, message)
        else:
            results.append(_timed_case(case, case_verdict(pack, case, frame, checker), frame))
            continue
        results.append(CaseResult(case.id, verdict[0], verdict[1], case.description, case.group))
    return results, message


def _with_stray_output(results: list[CaseResult], stdout: str) -> list[CaseResult]:
    """Output the process wrote outside any case goes with the first case."""
    extra = stdout.strip()[:OUTPUT_TAIL]
    if not extra or not results:
        return results
    first = results[0]
    output = ((first.output or "") + extra)[:OUTPUT_KEEP]
    return [replace(first, output=output), *results[1:]]


def interpret(pack: Problem, outcome: ChildOutcome, *, warning: str | None = None) -> JudgeResult:
    """Turn the child's frames into verdicts. Anything out of order or missing is an error.

    The run's message is set only when nothing could be judged (it is said once, not once
    per case)."""
    stream = _read_stream(outcome, tuple(pack.meta.libraries))
    results, message = _cases(pack, outcome, stream)
    results = _with_stray_output(results, outcome.stdout)
    judged_nothing = message is not None and all(r.status is Status.ERROR for r in results)
    return JudgeResult(
        problem=pack.id,
        status=overall(results),
        tests=tuple(results),
        message=message if judged_nothing else None,
        elapsed_ms=outcome.elapsed * 1e3,
        isolation=outcome.level,
        warning=warning,
    )


def write_results(path: Path, result: JudgeResult) -> None:
    """Write results.json atomically (a temp file in the same folder, then os.replace,
    which replaces a symlink at `path` instead of writing through it)."""
    write_text_atomic(path, json.dumps(result.to_dict(), indent=2), mode=0o600)


__all__ = [
    "JudgeResult",
    "case_verdict",
    "interpret",
    "write_results",
]
