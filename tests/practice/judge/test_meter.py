"""Which measure the complexity check reads: instruction counts wherever the WebAssembly
guest works (the native levels included), the kernel's CPU time when it does not or when
PIVOTPREP_COMPLEXITY=cputime asks for it."""

from __future__ import annotations

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.practice.judge import meter
from pivotprep.practice.judge.selftest import reset_isolation
from pivotprep.practice.problems import load_pack
from tests.practice.conftest import CORRECT, QUADRATIC


def test_the_webassembly_level_always_counts_instructions(monkeypatch):
    monkeypatch.setenv(meter.ENV, "cputime")  # there is no native child to time there
    assert meter.meter_for("wasm").counts


def test_a_native_level_counts_instructions_when_the_guest_works(monkeypatch):
    monkeypatch.setattr(meter, "_guest_works", lambda: (True, ""))
    chosen = meter.meter_for("bubblewrap")
    assert chosen.counts and "WebAssembly guest" in chosen.why


def test_a_native_level_falls_back_to_cpu_time_and_says_why(monkeypatch):
    monkeypatch.setattr(meter, "_guest_works", lambda: (False, "it is not prepared"))
    chosen = meter.meter_for("bubblewrap")
    assert not chosen.counts and "it is not prepared" in chosen.why


def test_cpu_time_on_request_and_a_wrong_value_refused(monkeypatch):
    monkeypatch.setattr(meter, "_guest_works", lambda: (True, ""))
    monkeypatch.setenv(meter.ENV, "cputime")
    assert not meter.meter_for("bubblewrap").counts
    monkeypatch.setenv(meter.ENV, "stopwatch")
    with pytest.raises(ValidationError, match="PIVOTPREP_COMPLEXITY must be one of"):
        meter.meter_for("bubblewrap")


def test_a_wrong_setting_is_a_message_not_a_traceback(cli, monkeypatch):
    monkeypatch.setenv(meter.ENV, "stopwatch")
    result = cli("doctor")
    assert result.exit_code != 0
    assert "PIVOTPREP_COMPLEXITY must be one of fuel, cputime" in result.output
    assert "Traceback" not in result.output
    monkeypatch.delenv(meter.ENV)
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "chroot")
    reset_isolation()
    try:
        result = cli("doctor")
    finally:
        monkeypatch.delenv("PIVOTPREP_SANDBOX")
        reset_isolation()
    assert "PIVOTPREP_SANDBOX must be one of" in result.output and "Traceback" not in result.output


@pytest.mark.usefixtures("sandbox_level")
def test_native_runs_get_a_verdict_from_instruction_counts(monkeypatch):
    """At the native level, with the guest prepared (CI prepares it), yours and the
    reference are counted in the guest: a quadratic scan is slower, the reference-like
    solution the same class, each with the counts shown and where they were counted."""
    from pivotprep.practice.judge.wasm import prepared
    from pivotprep.practice.submit import compare_complexity
    from tests.conftest import need

    need(prepared() is not None, "the WebAssembly guest is not prepared")
    problem = load_pack("first-repeated-badge")
    slower = compare_complexity(problem, QUADRATIC)
    assert slower is not None and slower.verdict == "worse", slower.message
    assert "instructions per call" in slower.message
    assert "counted in the WebAssembly guest; your cases ran natively" in slower.message
    same = compare_complexity(problem, CORRECT)
    assert same is not None and same.verdict == "same", same.message


@pytest.mark.usefixtures("sandbox_level")
def test_a_guest_gone_since_it_was_checked_falls_back_to_cpu_time(monkeypatch):
    """At a native level, the WebAssembly guest going away between the check and the count
    (its cache removed) times the code instead of failing the Run."""
    from pivotprep.practice import submit
    from pivotprep.practice.judge.wasm import WasmUnavailableError

    def gone(*args: object, **kwargs: object) -> None:
        raise WasmUnavailableError("the compiled module is gone")

    monkeypatch.setattr(meter, "_guest_works", lambda: (True, ""))
    monkeypatch.setattr(submit, "_counted", gone)
    timed: list[str] = []
    monkeypatch.setattr(submit, "_cpu_comparison", lambda problem, code: timed.append(code))
    submit.compare_complexity(load_pack("first-repeated-badge"), CORRECT)
    assert timed == [CORRECT]
