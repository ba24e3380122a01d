"""Running an analysis tool (deptry, detect-secrets, ruff) on the scratch copy of a project.

These tools only read files: none imports or executes the project's code, so they run
outside the clean room, under a time cap, with a minimal environment, in the copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

TOOL_SECONDS = 120
MAX_OUTPUT = 4 * 2**20


@dataclass(frozen=True)
class ToolRun:
    """What a tool did: the command as shown to the user, its exit code (None: it did not
    finish in time or could not start), its output and how long it took."""

    command: str
    exit_code: int | None
    stdout: str
    stderr: str
    seconds: float


def run_tool(module: str, args: list[str], cwd: Path, shown: str) -> ToolRun:
    """`python -m module args` in `cwd`, capped in time; `shown` is the command as a user
    would type it."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(cwd),
        "NO_COLOR": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", module, *args],
            cwd=cwd,
            capture_output=True,
            timeout=TOOL_SECONDS,
            env=env,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return ToolRun(shown, None, "", f"stopped after {TOOL_SECONDS} s", TOOL_SECONDS)
    except OSError as error:
        return ToolRun(shown, None, "", str(error), 0.0)
    return ToolRun(
        shown,
        done.returncode,
        done.stdout[:MAX_OUTPUT].decode("utf-8", "replace"),
        done.stderr[:MAX_OUTPUT].decode("utf-8", "replace"),
        time.perf_counter() - started,
    )
