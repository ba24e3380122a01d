"""Which measure the complexity check reads: instruction counts, or the kernel's CPU time.

Instructions executed in the WebAssembly guest (fuel.py) are counted by the host, so the
learner's code cannot forge them and a busy machine does not move them: the same code on the
same input costs the same count. CPU time (timing.py) moves with the machine's load however
carefully it is repeated. So the complexity check counts instructions at every level where
the guest works, including the native levels: there the cases are judged natively (native
speed, the native libraries) and only the growth is measured in the guest. CPU time is the
fallback when the guest is not prepared or fails its self-test, and what
PIVOTPREP_COMPLEXITY=cputime asks for (to compare the two measures on one machine).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from pivotprep.core.errors import ValidationError

METERS = ("fuel", "cputime")
ENV = "PIVOTPREP_COMPLEXITY"


@dataclass(frozen=True)
class Meter:
    """The measure the complexity check uses at a level, and why."""

    name: str  # "fuel" | "cputime"
    why: str

    @property
    def counts(self) -> bool:
        return self.name == "fuel"


def _forced() -> str:
    forced = os.environ.get(ENV, "").strip().lower()
    if forced and forced not in METERS:
        raise ValidationError(f"{ENV} must be one of {', '.join(METERS)} (it is {forced!r}).")
    return forced


def _guest_works() -> tuple[bool, str]:
    """(the WebAssembly guest passes its self-test here, why not)."""
    from pivotprep.practice.judge import selftest
    from pivotprep.practice.judge.levels import wasm_where  # levels imports this module

    ready, why = wasm_where()
    if not ready:
        return False, f"the WebAssembly guest: {why}"
    ok, _, problem = selftest.probe_once("wasm")
    return ok, "" if ok else f"the WebAssembly guest failed its self-test: {problem}"


def meter_for(level: str) -> Meter:
    """The measure for a judge running at `level` (see the module docstring)."""
    forced = _forced()
    if level == "wasm":
        ignored = f" ({ENV}=cputime does not apply: no native child to time)" if forced else ""
        return Meter("fuel", f"instructions counted by the WebAssembly host{ignored}")
    if forced == "cputime":
        return Meter("cputime", f"kernel CPU time, as {ENV}=cputime asks")
    works, why_not = _guest_works()
    if works:
        return Meter(
            "fuel",
            "instructions counted in the WebAssembly guest (your cases ran natively): "
            "a count a busy machine cannot move",
        )
    return Meter("cputime", f"kernel CPU time, repeated beside the reference ({why_not})")


__all__ = ["ENV", "METERS", "Meter", "meter_for"]
