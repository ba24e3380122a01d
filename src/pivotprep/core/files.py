"""Writing files so that a reader never sees half of one (`write_text_atomic`), folders
and files private to the user (`make_private_dirs`, `make_private_file`), and a file's name
as text that can be stored and shown (`readable_name`).

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
        make_private_dirs(path.parent)
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


def make_private_dirs(folder: Path) -> None:
    """Create `folder` and any missing folder above it with mode 0700 (only the user may list
    or enter them): the data folder holds the resume, notes and the database. Folders that
    already exist are left as they are (it may be a folder the user chose and shares)."""
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # created meanwhile by another process: theirs to keep as it is
        if os.name == "posix":
            os.chmod(path, 0o700)  # whatever the umask
    if not folder.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(folder))


def make_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist, else tighten it to 0600 when
    this user owns it (a database written before this rule). No-op outside POSIX."""
    if os.name != "posix":
        return
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        info = path.lstat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077 and path.is_file():
            os.chmod(path, 0o600, follow_symlinks=False)
        return
    os.close(handle)


def readable_name(name: str) -> str:
    """`name` with what is not text replaced by U+FFFD. On Linux a file name is bytes, and
    Python holds the bytes that are not UTF-8 as lone surrogates (b'cv-\\xff.txt' is read as
    'cv-\\udcff.txt'), which can open the file but cannot be encoded: storing or printing such
    a name raises UnicodeEncodeError."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        return name.encode("utf-8", "replace").decode("utf-8")
    return raw.decode("utf-8", "replace")
