"""The parsed problem bank, cached on disk and keyed by a hash of its content.

Parsing every pack's YAML and JSON costs most of a `practice test` run (about 0.8 s for the
bank, against tens of milliseconds for the judge). The parsed packs are kept as one JSON
file in the cache folder, named for a SHA-256 of what parsing reads (each pack's meta.yaml,
cases.json and problem.md, the names of its files) and of the code that parses them: an
edited pack or a new pivotprep version gives a new key, so a stale index is never read.
A missing, unreadable or unwritable index only costs the parse.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

INDEX_VERSION = 1
HASHED = ("meta.yaml", "cases.json", "problem.md")
PREFIX = "problem-packs-"


def index_key(folders: list[Path], parser: Path) -> str:
    """The SHA-256 of everything the parse reads, and of the parsing code itself."""
    digest = hashlib.sha256(f"{INDEX_VERSION}\0".encode())
    digest.update(parser.read_bytes())
    for folder in folders:
        digest.update(f"\0{folder.name}\0".encode())
        digest.update("\0".join(sorted(p.name for p in folder.iterdir())).encode())
        for name in HASHED:
            path = folder / name
            with contextlib.suppress(OSError):
                digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def index_path(key: str) -> Path:
    from pivotprep.core.settings import get_settings

    return get_settings().cache_dir / "index" / f"{PREFIX}{key}.json"


def read_index(key: str) -> list[dict[str, Any]] | None:
    """The cached entries for `key`, or None when there are none (or they are unreadable)."""
    try:
        data = json.loads(index_path(key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    entries = data.get("packs")
    return entries if isinstance(entries, list) else None


def write_index(key: str, entries: list[dict[str, Any]]) -> None:
    """Keep `entries` under `key` and remove indexes of other keys; failures are ignored
    (the next run parses again)."""
    from pivotprep.core.files import write_text_atomic

    path = index_path(key)
    with contextlib.suppress(OSError):
        write_text_atomic(path, json.dumps({"key": key, "packs": entries}), mode=0o600)
        for old in path.parent.glob(f"{PREFIX}*.json"):
            if old != path:
                old.unlink(missing_ok=True)
