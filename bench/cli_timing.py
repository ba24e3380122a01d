"""Wall time of one whole `pivotprep` command, as a user would run it, for the benches.

The hostile-input benches time a whole `pivotprep scan` process beside the in-process scan:
this checkout's code (whichever checkout the installed command points to), a fresh home,
no resident process and no database URL from the environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_seconds(args: list[str], home: Path) -> float:
    """Wall seconds of `pivotprep ARGS` with PIVOTPREP_HOME=home; a failure is printed."""
    home.mkdir(parents=True, exist_ok=True)
    script = Path(sys.executable).parent / "pivotprep"
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "from pivotprep.cli.main import main; main()"]
    )
    env = {**os.environ, "PIVOTPREP_HOME": str(home), "PIVOTPREP_RESIDENT": "0", "COLUMNS": "100"}
    env.pop("PIVOTPREP_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH")) if p)
    started = time.perf_counter()
    done = subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=600, check=False
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        print(f"    CLI exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return took
