"""Reading a project to check into a private scratch copy, whatever it is: a folder, a git
repository (its tracked files, as a reviewer's clone would have them) or a zip.

Everything here treats the input as hostile and only ever reads it: nothing of the
project is executed, nothing is written beside it. The copy is bounded in files and bytes
(a 500 MB repository is refused after reading at most the limit), a zip is checked entry by
entry against its real decompressed size (a zip bomb stops at the limit, whatever its
headers claim), no path may leave the copy (absolute names, `..`), and a symbolic link is
kept only when it points inside the project; the others are skipped and reported.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pivotprep.core.errors import InputTooLargeError, NotFoundError, ValidationError

MAX_FILES = 5_000
MAX_TOTAL_BYTES = 200 * 2**20  # the whole project, as copied (data files included)
MAX_RATIO = 200  # a zip entry inflating more than this many times is a bomb
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".venv",
        "venv",
        "env",
        "node_modules",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".ipynb_checkpoints",
        ".tox",
        ".nox",
    }
)
GIT_SECONDS = 30
CHUNK = 1 << 16


@dataclass
class Intake:
    """The scratch copy of a project: where it is, what was read and what was left out."""

    root: Path
    source: str  # "folder", "git" or "zip"
    name: str
    files: int = 0
    bytes: int = 0
    skipped_links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Budget:
    """Counts files and bytes copied; refuses the project as soon as a limit is passed."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.files = 0
        self.bytes = 0

    def add_file(self) -> None:
        self.files += 1
        if self.files > MAX_FILES:
            raise InputTooLargeError(
                f"{self.label} holds more than {MAX_FILES} files: a take-home or portfolio "
                "project is far smaller. Check a folder holding only the project (no data "
                "dumps or installed environments). Nothing was run."
            )

    def add_bytes(self, count: int) -> None:
        self.bytes += count
        if self.bytes > MAX_TOTAL_BYTES:
            raise InputTooLargeError(
                f"{self.label} is larger than {MAX_TOTAL_BYTES // 2**20} MB: keep large data "
                "and model files out of the repository (download them in a script, or use "
                "Git LFS) and check again. Nothing was run."
            )


def _copy_stream(source, target: Path, budget: _Budget) -> None:  # type: ignore[no-untyped-def]
    """Copy a readable binary stream to a new file, charging every byte to the budget."""
    with target.open("xb") as out:
        while chunk := source.read(CHUNK):
            budget.add_bytes(len(chunk))
            out.write(chunk)


def _inside(root: Path, link: Path) -> str | None:
    """The link's target relative to the link's folder when it resolves inside `root`."""
    try:
        target = (link.parent / os.readlink(link)).resolve()
        target.relative_to(root.resolve())
    except (OSError, ValueError, RuntimeError):
        return None
    return os.path.relpath(target, link.parent.resolve())


def _copy_entry(root: Path, relative: str, dest: Path, budget: _Budget, intake: Intake) -> None:
    """Copy one file (or a link pointing inside) from the project into the scratch copy."""
    source = root / relative
    target = dest / relative
    info = source.lstat()
    target.parent.mkdir(parents=True, exist_ok=True)
    if stat.S_ISLNK(info.st_mode):
        kept = _inside(root, source)
        if kept is None:
            intake.skipped_links.append(relative)
        else:
            os.symlink(kept, target)
        return
    if not stat.S_ISREG(info.st_mode):
        return  # sockets, fifos, devices: never opened
    budget.add_file()
    with source.open("rb") as handle:
        _copy_stream(handle, target, budget)


def _walk(root: Path) -> list[str]:
    """Every file or link below `root` (relative, POSIX), never entering linked folders or
    the folders an installed environment or a cache lives in."""
    found: list[str] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in SKIPPED_DIRS:
                        stack.append(Path(entry.path))
                else:
                    found.append(Path(entry.path).relative_to(root).as_posix())
                if len(found) > MAX_FILES * 2:
                    return found
    return found


def _git_files(root: Path) -> list[str] | None:
    """The tracked files of a git repository (None when `root` is not one). The repository's
    own configuration is not trusted: hooks and fsmonitor commands are switched off."""
    if not (root / ".git").exists() or shutil.which("git") is None:
        return None
    try:
        done = subprocess.run(
            [
                "git",
                "-c",
                "core.fsmonitor=false",
                "-c",
                "core.hooksPath=/dev/null",
                "-C",
                str(root),
                "ls-files",
                "-z",
                "--cached",
            ],
            capture_output=True,
            timeout=GIT_SECONDS,
            check=False,
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "GIT_CONFIG_NOSYSTEM": "1",
                "HOME": "/nonexistent",
                "GIT_TERMINAL_PROMPT": "0",
            },
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    names = [n for n in done.stdout.decode("utf-8", "replace").split("\0") if n]
    return [n for n in names if (root / n).is_symlink() or (root / n).is_file()]


def _from_folder(path: Path, dest: Path, intake: Intake) -> None:
    budget = _Budget(str(path))
    tracked = _git_files(path)
    if tracked is not None:
        intake.source = "git"
        intake.notes.append("Read the files tracked by git, as a fresh clone would have them.")
    names = tracked if tracked is not None else _walk(path)
    for relative in names:
        _copy_entry(path, relative, dest, budget, intake)
    intake.files, intake.bytes = budget.files, budget.bytes


def _safe_member(name: str) -> str | None:
    """The zip entry's path if it stays inside the copy, else None."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        return None
    if pure.parts[0] in SKIPPED_DIRS or any(p in SKIPPED_DIRS for p in pure.parts[:-1]):
        return ""
    return pure.as_posix()


def _check_entry(info: zipfile.ZipInfo, label: str) -> None:
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise InputTooLargeError(
            f"{label} looks like a zip bomb: {info.filename} would inflate "
            f"{info.file_size // max(info.compress_size, 1)} times. Nothing was extracted."
        )


def _from_zip(path: Path, dest: Path, intake: Intake) -> None:
    label = path.name
    budget = _Budget(label)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ValidationError(f"{label} is not a readable zip file ({error}).") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_FILES * 2:
            raise InputTooLargeError(
                f"{label} holds {len(entries)} entries: more than "
                f"{MAX_FILES} files is not a take-home project."
            )
        for info in entries:
            _extract(archive, info, dest, budget, intake)
    if budget.files == 0:
        raise ValidationError(f"{label} holds no files: zip the project's folder and try again.")
    intake.files, intake.bytes = budget.files, budget.bytes


def _extract(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, budget: _Budget, intake: Intake
) -> None:
    """One zip entry into the copy: links never made, bombs and escapes refused."""
    relative = _safe_member(info.filename)
    if relative is None:
        raise ValidationError(
            f"{archive.filename} has an entry that would land outside the project "
            f"({info.filename!r}). Nothing was run."
        )
    if relative == "" or info.is_dir():
        return
    if stat.S_ISLNK(info.external_attr >> 16):
        intake.skipped_links.append(relative)
        return
    _check_entry(info, Path(str(archive.filename)).name)
    budget.add_file()
    target = dest / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with archive.open(info) as handle:
            _copy_stream(handle, target, budget)
    except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError) as error:
        raise ValidationError(f"{info.filename} in the zip cannot be read ({error}).") from None


def _single_folder(dest: Path) -> Path:
    """A zip that wraps the project in one folder: that folder is the project."""
    children = [c for c in dest.iterdir() if c.name != "__MACOSX"]
    if len(children) == 1 and children[0].is_dir() and not children[0].is_symlink():
        return children[0]
    return dest


def _is_project(root: Path) -> bool:
    for _folder, _dirs, files in os.walk(root):
        if any(f.endswith((".py", ".ipynb")) for f in files):
            return True
    return False


def read_project(path: Path, scratch: Path) -> Intake:
    """Copy the project at `path` (folder, git repository or .zip) into the empty folder
    `scratch` and say what was read. Raises a UserError that says what is wrong (missing,
    too large, a zip bomb, not a Python project); `path` itself is only read."""
    if not path.exists():
        raise NotFoundError(f"{path} does not exist.")
    if path.is_file() and not zipfile.is_zipfile(path):
        raise ValidationError(
            f"{path.name} is neither a folder nor a zip file: give the project's folder, "
            "its git repository, or a zip of it."
        )
    intake = Intake(root=scratch, source="zip" if path.is_file() else "folder", name=path.stem)
    if path.is_file():
        _from_zip(path, scratch, intake)
        intake.root = _single_folder(scratch)
    else:
        intake.name = path.resolve().name
        _from_folder(path, scratch, intake)
    if not _is_project(intake.root):
        raise ValidationError(
            f"{path.name or path} holds no Python file or notebook: there is no project "
            "here to install, run or test."
        )
    return intake


def check_zip(path: Path) -> None:
    """The cheap part of reading a zip, done before a check is queued so the form can say
    it at once: a zip, holding at least one file (only its directory is read). Everything
    else (bombs, escapes, no Python file) is found by `read_project` when the check runs."""
    if not zipfile.is_zipfile(path):
        raise ValidationError(
            f"{path.name} is neither a folder nor a zip file: give the project's folder, "
            "its git repository, or a zip of it."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            files = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        raise ValidationError(f"{path.name} is not a readable zip file ({error}).") from None
    if not files:
        raise ValidationError(
            f"{path.name} holds no files: zip the project's folder and try again."
        )
