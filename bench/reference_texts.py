"""Texts of reference-only evaluation entries, fetched by whoever runs a check.

The STAR and ATS independent checks keep no text of their sources: an entry holds the
SHA-256 of the exact UTF-8 text that was labelled, and the person running the check puts
that text in a `fetched/<id>.txt` file. Both loaders read it here, so a text is accepted
only when it is byte for byte the one labelled.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any


def fetched_text(entry: dict[str, Any], fetched_dir: Path) -> tuple[str | None, str | None]:
    """The fetched text of an entry, or (None, problem); (None, None) when it is missing."""
    path = fetched_dir / f"{entry['id']}.txt"
    if not path.is_file():
        return None, None
    text = path.read_text(encoding="utf-8")
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != entry.get("text_sha256"):
        return None, f"{entry['id']}: fetched text does not match text_sha256 ({path.name})"
    return text, None
