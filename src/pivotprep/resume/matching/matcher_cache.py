"""The skill matcher's phrase keys, cached on disk so a new process skips normalising them.

Building the matcher normalises each of ~9,500 aliases (tokenize + fold), about a second
per process: most of what a single `pivotprep scan` spends before it reads anything.
The result is a list of word-key tuples, one per alias in taxonomy order, so it is kept as
plain JSON in `<PIVOTPREP_HOME>/cache/skills/` (the app's cache folder, under the
platformdirs user data dir unless PIVOTPREP_HOME says otherwise). No pickle: the file is
data, checked for shape before use.

The file name carries a fingerprint of everything the keys depend on: the bytes of
taxonomy.json, the source of `normalize.py` (the folding rules) and a format number. A
changed taxonomy or folding rule gives a new name, so a stale cache is never read. Any
problem reading or writing (missing, corrupt, read-only folder) falls back to building in
memory: the cache can only save time, never change a result.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from itertools import chain
from pathlib import Path

from pivotprep.core.files import write_text_atomic
from pivotprep.resume.matching import normalize

FORMAT = 1


def fingerprint(taxonomy_bytes: bytes) -> str:
    """What the cached keys depend on: the taxonomy, the folding code, the file format."""
    digest = hashlib.sha256()
    digest.update(f"pivotprep-phrase-keys-{FORMAT}\0".encode())
    digest.update(taxonomy_bytes)
    digest.update(b"\0")
    digest.update(Path(normalize.__file__).read_bytes())
    return digest.hexdigest()[:32]


def cache_path(print_: str) -> Path:
    from pivotprep.core.settings import get_settings

    return get_settings().cache_dir / "skills" / f"phrase-keys-{print_}.json"


def _valid(data: object, print_: str, count: int) -> list[tuple[str, ...]] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("fingerprint") != print_:
        return None
    keys = data.get("keys")
    if not isinstance(keys, list) or len(keys) != count:
        return None
    if not all(type(key) is list for key in keys):
        return None
    try:  # every word a string: joining raises TypeError on anything else
        "".join(chain.from_iterable(keys))
    except TypeError:
        return None
    return [tuple(key) for key in keys]


def load_keys(print_: str, count: int) -> list[tuple[str, ...]] | None:
    """The cached keys for `count` aliases, or None when absent, stale or malformed."""
    try:
        raw = cache_path(print_).read_text(encoding="utf-8")
        return _valid(json.loads(raw), print_, count)
    except (OSError, ValueError):
        return None


def save_keys(print_: str, keys: list[tuple[str, ...]]) -> Path | None:
    """Write the keys atomically (temp file + rename); None when the folder is not writable."""
    path = cache_path(print_)
    body = json.dumps(
        {"format": FORMAT, "fingerprint": print_, "keys": [list(k) for k in keys]},
        separators=(",", ":"),
    )
    try:
        write_text_atomic(path, body, mode=0o600)
    except OSError:
        return None
    for old in path.parent.glob("phrase-keys-*.json"):  # caches of older taxonomies
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink(missing_ok=True)
    return path


def phrase_keys(texts: list[str], print_: str) -> list[tuple[str, ...]]:
    """The phrase key of each alias text: from the disk cache, else computed and saved.
    `print_` is `fingerprint(taxonomy.json bytes)`."""
    if not print_:
        return [normalize.phrase_key(text) for text in texts]
    cached = load_keys(print_, len(texts))
    if cached is not None:
        return cached
    keys = [normalize.phrase_key(text) for text in texts]
    save_keys(print_, keys)
    return keys
