"""Writing files so that a reader never sees half of one: `write_text_atomic`, the one helper.

The text goes to a new temporary file beside the target (created exclusively, so nothing
already there, not even a symbolic link, is opened), then `os.replace` renames it over the
target in one step. A symbolic link at the target is replaced, never written through; a
failed write leaves the old file as it was and removes the temporary one.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_text_atomic(
    path: Path, text: str, *, mode: int = 0o666, make_parents: bool = True
) -> None:
    """Replace `path` with `text` (UTF-8) in one step.

    `mode` is the new file's permission bits before the umask (0o600: private to the user);
    with `make_parents` the folders above `path` are created first. Raises `OSError` when
    the folder cannot be written."""
    if make_parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name[:100]}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(temp, flags, mode)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
