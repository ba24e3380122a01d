"""The coding judge: run a learner's Python against a problem's cases in a sandbox.

One idea per module: `runner` (judge a submission), `verdicts` (the child's frames turned
into the shared result vocabulary of `core/judging.py`, and `results.json`), `timing` (CPU
time per size, for the complexity check), `checker` (a pack's own checker.py), `compare`
(value comparison), `sandbox` (the isolated child), `seccomp` (its system call filter),
`cgroup` (its memory cgroup), `pump` (its config in, its frames out, bounded), `selftest`
(which isolation works here), `harness` (the script that runs inside the sandbox),
`wasm` / `wasm_worker` / `wasm_guest` (the default level: the same harness in CPython
compiled to WebAssembly, inside wasmtime), `fuel` (complexity from instruction counts at
that level). The names below are the judge's surface; the rest of pivotprep reaches it
through `pivotprep.practice.service`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pivotprep.practice.judge.runner import (
        MAX_SOURCE_BYTES,
        SandboxUnavailableError,
        base_config,
        judge,
        read_source,
    )
    from pivotprep.practice.judge.sandbox import Limits
    from pivotprep.practice.judge.timing import Timing, sizes_for, time_code
    from pivotprep.practice.judge.verdicts import JudgeResult, interpret, write_results

__all__ = [
    "MAX_SOURCE_BYTES",
    "JudgeResult",
    "Limits",
    "SandboxUnavailableError",
    "Timing",
    "base_config",
    "interpret",
    "judge",
    "read_source",
    "sizes_for",
    "time_code",
    "write_results",
]


_SOURCES = {
    "runner": "MAX_SOURCE_BYTES SandboxUnavailableError base_config judge read_source",
    "sandbox": "Limits",
    "timing": "Timing sizes_for time_code",
    "verdicts": "JudgeResult interpret write_results",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """The names above, imported on first use: the self-test and the WebAssembly worker's
        launcher (submodules of this package) start without the verdicts' pack models."""
        source = next((m for m, names in _SOURCES.items() if name in names.split()), None)
        if source is None:  # also how `from package import submodule` asks first
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from pivotprep.practice.judge import runner, sandbox, timing, verdicts

        modules = {"runner": runner, "sandbox": sandbox, "timing": timing, "verdicts": verdicts}
        value = getattr(modules[source], name)
        globals()[name] = value
        return value
