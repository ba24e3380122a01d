"""Print a pip constraints file pinning every dependency to its lower bound.

    python tools/lower_bounds.py [EXTRA ...] > build/lowest.txt

Reads pyproject.toml: the runtime dependencies and the named extras (default: dev), and
pins each `name>=X` to `name==X` (X padded to three parts, so `==3.2` cannot match a
3.2.0.dev1 pre-release). `make test-lowest` installs with it and runs the suite, which is
how the lower ends of the supported ranges are known to work; the packages the pins do not
name resolve as usual. Standard library only: it runs before any virtualenv exists.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
LOWER = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*>=\s*([0-9][0-9.]*)")


def pins(extras: list[str]) -> list[str]:
    """`name==lower` for every requirement with a lower bound; errors name the others."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    out = []
    for requirement in requirements:
        found = LOWER.match(requirement)
        if found is None:
            raise SystemExit(f"no lower bound in {requirement!r}: give it one (name>=X,<Y)")
        parts = found[2].split(".")
        out.append(f"{found[1]}=={'.'.join(parts + ['0'] * (3 - len(parts)))}")
    return out


if __name__ == "__main__":
    print("\n".join(pins(sys.argv[1:] or ["dev"])))
