"""Writing files so that a reader never sees half of one (`write_text_atomic`), folders
and files private to the user (`make_private_dirs`, `make_private_file`), a lock that other
processes see (`locked_file`), and a file's name as text that can be stored and shown
(`readable_name`).

The text goes to a new temporary file beside the target (created exclusively, so nothing
already there, not even a symbolic link, is opened), then `os.replace` renames it over the
target in one step. A symbolic link at the target is replaced, never written through; a
failed write leaves the old file as it was and removes the temporary one.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

# Surrogates that `surrogateescape` cannot turn back into a byte (it holds only 0x80-0xFF).
_NOT_A_BYTE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


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
    a name raises UnicodeEncodeError. A lone surrogate that stands for no byte is U+FFFD too."""
    raw = _NOT_A_BYTE.sub("\ufffd", name).encode("utf-8", "surrogateescape")
    return raw.decode("utf-8", "replace")


@contextlib.contextmanager
def locked_file(path: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold an exclusive lock, seen by every process of this machine, on `path` (created
    0600, its folder private) while the block runs; released when it ends, or when the
    process dies. Yields True when held; False when `wait` is off and another holder has it
    (on Windows, also when waiting gave up after about ten seconds). Where the system has no
    such lock (or the file system refuses it) it yields True without one. Raises `OSError`
    when the file cannot be opened."""
    make_private_dirs(path.parent)
    handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        held = _lock(handle, wait)
        try:
            yield held
        finally:
            if held:
                _unlock(handle)
    finally:
        os.close(handle)


def _lock(handle: int, wait: bool) -> bool:
    """Take the lock on an open file: False when another holder has it."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        import fcntl
    except ImportError:  # no such lock here
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: go on without one
        return True
    return True


def _unlock(handle: int) -> None:
    """Release the lock taken by `_lock` (closing the file would too, on POSIX)."""
    with contextlib.suppress(OSError, ImportError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_UN)
