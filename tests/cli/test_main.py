"""The top-level command: fast help, usage errors as messages with exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pivotprep.cli.main import COMMANDS


def test_top_level_help_lists_every_command_without_importing_them(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(cli, name):
    result = cli(name, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "done"),
        ("practice", "test"),
        ("sql", "schema"),
        ("init", "--hours", "abc"),
        ("problems", "list", "--bogus"),
        ("no-such-command",),
    ],
)
def test_usage_errors_exit_2_with_a_message(cli, args):
    result = cli(*args)
    assert result.exit_code == 2
    assert "Error" in result.output
    assert "Traceback" not in result.output


def test_help_in_a_fresh_process_imports_no_feature():
    code = (
        "import sys; from pivotprep.cli.main import app\n"
        "try:\n    app(['--help'], prog_name='pivotprep')\nexcept SystemExit:\n    pass\n"
        "loaded = [m for m in sys.modules if m.startswith('pivotprep.') and "
        "m.split('.')[1] not in ('cli', 'registry')]\n"
        "heavy = [m for m in ('sqlalchemy', 'fastapi', 'duckdb', 'rich') if m in sys.modules]\n"
        "print(sorted(loaded), heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[] []"), out.stdout
    assert "Commands" in out.stdout


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0
    assert "pivotprep" in result.output
