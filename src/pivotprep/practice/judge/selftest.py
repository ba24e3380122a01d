"""The start-up self-test: which isolation level works here, proved by a probe.

For each candidate level (strongest first, or the one forced by PIVOTPREP_SANDBOX) the
harness runs in probe mode and reports what it can reach: a canary file readable by anyone
outside the sandbox, a file it tries to write outside its scratch dir, a socket listening on
127.0.0.1, fork(), its uid. The parent decides: a level that reaches any of them fails, and
the next is tried. The result is cached per process; `pivotprep doctor` prints it with the
reason.

The automatic choice only ever tries levels that can isolate files and network (the
WebAssembly guest when it is prepared, on every platform; then bubblewrap, then unshare); when
none passes, the judge refuses to run code. `rlimits` (limits only, no
file or network isolation) is used only when the user opts in with PIVOTPREP_SANDBOX=rlimits,
and then only if it still runs as non-root without fork: its self-test fails honestly on
files and network, and every judge run carries `UNISOLATED_WARNING` (CLI and web show it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pivotprep.core.errors import ValidationError
from pivotprep.practice.judge.pump import ChildOutcome
from pivotprep.practice.judge.sandbox import (
    LEVELS,
    Control,
    Limits,
    controls,
    run_child,
)

# Re-exported: the start-up choice and `pivotprep doctor`'s survey (levels.py) both look the
# binaries up through this name, so they always see the same ones.
from pivotprep.practice.judge.sandbox import bwrap_candidates as bwrap_candidates

ALL_LEVELS = ("wasm", *LEVELS)

UNISOLATED_WARNING = (
    "WARNING: PIVOTPREP_SANDBOX=rlimits is set, so your code runs WITHOUT file or network "
    "isolation (it can read and write your files and open connections); only CPU, memory "
    "and process limits apply. Install bubblewrap (`apt install bubblewrap`) and unset "
    "PIVOTPREP_SANDBOX to judge safely."
)
ISOLATION_PROBLEMS = ("reached 127.0.0.1", "reached files outside the sandbox")


@dataclass(frozen=True)
class Isolation:
    level: str
    reason: str
    report: dict[str, Any]
    warning: str | None = None  # set when the level runs code without isolation (opt-in)
    bwrap: str | None = None  # the bubblewrap binary that passed (absolute path)

    def controls(self) -> list[Control]:
        """Each bound applied at this level, active or not, with how or why not."""
        return controls(self.level)


def _run_probe(level: str, config: dict[str, Any], bwrap: str | None = None) -> ChildOutcome:
    limits = Limits(startup_seconds=20.0, case_seconds=10.0)
    if level == "wasm":
        from pivotprep.practice.judge.wasm import WasmUnavailableError, run_wasm

        try:
            return run_wasm(config, limits, frames_expected=1)[0]
        except WasmUnavailableError as exc:
            raise OSError(str(exc)) from exc
    return run_child(config, limits, level=level, warm=False, bwrap=bwrap)


def _probe(level: str, bwrap: str | None = None) -> tuple[bool, dict[str, Any], str]:
    """Run the harness's probe at `level` (with that bubblewrap binary); (works, report,
    why not)."""
    import socket

    with tempfile.TemporaryDirectory(prefix="pivotprep-canary-") as folder:
        canary = Path(folder) / "canary.txt"
        canary.write_text("secret")
        os.chmod(folder, 0o755)
        os.chmod(canary, 0o644)  # readable by anyone: only the sandbox may hide it
        outside = Path(folder) / "written-from-sandbox"
        os.chmod(folder, 0o777)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        config = {
            "mode": "probe",
            "read": {"canary": str(canary), "shadow": "/etc/shadow"},
            "write": {"outside": str(outside), "scratch": "/tmp/scratch-probe"},
            "port": port,
        }
        try:
            outcome = _run_probe(level, config, bwrap)
        except OSError as exc:
            return False, {}, f"could not start: {exc}"
        finally:
            listener.close()
        frames = [f for f in outcome.frames if f.get("t") == "probe"]
        if not frames:
            detail = (outcome.stderr or outcome.stdout).strip().splitlines()[-1:] or [""]
            return False, {}, f"the probe did not run ({outcome.killed or 'exit'}: {detail[0]})"
        report = frames[0]["report"]
        wrote_outside = outside.exists()
    problems = []
    if report.get("uid") == 0:
        problems.append("runs as root")
    if report.get("fork") == "allowed":
        problems.append("can fork")
    if report.get("network") == "connected":
        problems.append(ISOLATION_PROBLEMS[0])
    if report.get("canary") == "readable" or report.get("outside") == "writable" or wrote_outside:
        problems.append(ISOLATION_PROBLEMS[1])
    return not problems, report, "; ".join(problems)


_probed: dict[tuple[str, str | None], tuple[bool, dict[str, Any], str]] = {}
_probed_lock = threading.Lock()


def probe_once(level: str, bwrap: str | None = None) -> tuple[bool, dict[str, Any], str]:
    """`_probe(level, bwrap)`, run once per process (until `reset_isolation`): the level
    chosen at start-up and `pivotprep doctor`'s survey of every level share each answer."""
    key = (level, bwrap)
    with _probed_lock:
        if key in _probed:
            return _probed[key]
    found = _probe(level, bwrap)
    with _probed_lock:
        return _probed.setdefault(key, found)


def _forced() -> str:
    forced = os.environ.get("PIVOTPREP_SANDBOX", "").strip().lower()
    if forced and forced not in ALL_LEVELS:
        raise ValidationError(
            f"PIVOTPREP_SANDBOX must be one of {', '.join(ALL_LEVELS)} (it is {forced!r})."
        )
    return forced


def _candidates() -> list[tuple[str, str, str | None]]:
    """Levels to try, strongest first, each bubblewrap binary found (see
    `sandbox.bwrap_candidates`) in turn. Never `rlimits` unless forced: it isolates nothing."""
    forced = _forced()
    bwraps: list[tuple[str, str, str | None]] = [
        ("bubblewrap", f"bwrap works ({path}, {origin})", path)
        for path, origin in bwrap_candidates()
    ]
    if forced == "bubblewrap":
        return [(lvl, f"forced by PIVOTPREP_SANDBOX; {why}", p) for lvl, why, p in bwraps] or [
            ("bubblewrap", "forced by PIVOTPREP_SANDBOX", None)
        ]
    if forced:
        return [(forced, "forced by PIVOTPREP_SANDBOX", None)]
    out: list[tuple[str, str, str | None]] = []
    from pivotprep.practice.judge.wasm import WasmUnavailableError, prepared

    try:
        ready = prepared() is not None
    except WasmUnavailableError:
        ready = False
    if ready:
        out.append(("wasm", "the WebAssembly sandbox works (wasmtime, on every platform)", None))
    out += bwraps
    if shutil.which("unshare"):
        out.append(("unshare", "unshare works (bwrap missing or failing)", None))
    return out


_probing = threading.Lock()  # one self-test at a time: callers while it runs wait for it


def isolation() -> Isolation:
    """The strongest level whose self-test passes, cached for the process (`_isolation`);
    a caller that arrives while another thread runs the self-test waits for its answer."""
    with _probing:
        return _isolation()


def warm_up() -> None:
    """Run the self-test (which starts the WebAssembly worker) on a background thread, so a
    command that will judge overlaps the worker's start with its own imports and database
    set-up; the judge then finds both ready. Errors are left for the judge to report."""

    def run() -> None:
        with contextlib.suppress(Exception):  # the judge's own call reports any failure
            isolation()  # at the WebAssembly level, the probe starts the worker

    threading.Thread(target=run, name="judge-warm-up", daemon=True).start()


@lru_cache(maxsize=1)
def _isolation() -> Isolation:
    """The strongest level whose self-test passes.

    "none" when no level passes (the judge then refuses to run code). A forced `rlimits`
    whose only failures are file and network access is accepted with a warning: the user
    opted in to running code unisolated."""
    failures = []
    candidates = _candidates()
    if not any(level == "wasm" for level, _, _ in candidates) and not _forced():
        failures.append("the WebAssembly judge is not prepared (run `pivotprep judge prepare`)")
    if not candidates:
        failures.append("neither bwrap nor unshare is installed")
    for level, why, bwrap in candidates:
        ok, report, problem = probe_once(level, bwrap)
        if ok:
            reason = why if not failures else f"{why}; " + "; ".join(failures)
            return Isolation(level, reason, report, bwrap=bwrap)
        label = f"{level} ({bwrap})" if bwrap else level
        failures.append(f"{label} failed its self-test: {problem}")
        opted_in = level == "rlimits" and _forced() == "rlimits"
        if opted_in and report and set(problem.split("; ")) <= set(ISOLATION_PROBLEMS):
            reason = f"{why}; self-test failed ({problem}): NOT isolated, by your opt-in"
            return Isolation(level, reason, report, warning=UNISOLATED_WARNING)
    return Isolation("none", "; ".join(failures), {})


def reset_isolation() -> None:
    with _probing:
        _isolation.cache_clear()
        with _probed_lock:
            _probed.clear()
