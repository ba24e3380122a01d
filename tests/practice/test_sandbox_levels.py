"""The start-up self-test really checks the isolation: a weaker level that leaks files is
refused, and `pivotprep doctor` says which level is active and why."""

from __future__ import annotations

import shutil

import pytest

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
    assert "Judge sandbox: bubblewrap (forced by PIVOTPREP_SANDBOX)" in result.output
    assert "self-test fork: blocked" in result.output
    assert "self-test canary: blocked" in result.output
