"""The `pivotprep` command's entry point, kept to the standard library.

`practice test ID` and `scan ...` go to the resident process when they can (see
`pivotprep.cli.resident`), which answers in a fraction of the time a fresh process needs to
import the CLI; every other command, and those when no resident process can answer, runs
in this process.
"""

from __future__ import annotations

import sys


def main() -> None:
    from pivotprep.cli.resident import run_if_resident

    code = run_if_resident(sys.argv[1:])
    if code is not None:
        sys.exit(code)
    from pivotprep.cli.main import main as run_here

    run_here()


if __name__ == "__main__":
    main()
