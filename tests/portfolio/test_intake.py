"""Reading a project safely: a folder, a git repository, a zip; and everything hostile
(missing, not a project, empty zip, zip bomb, escaping entries, links out, too large)
refused with a clear message and the user's files untouched."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from pivotprep.core.errors import InputTooLargeError, NotFoundError, ValidationError
from pivotprep.portfolio import intake
from pivotprep.portfolio.intake import read_project
from tests.portfolio.projects import GOOD, write, zip_of


def _snapshot(root: Path) -> dict[str, tuple[int, float]]:
    return {
        str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime)
        for p in sorted(root.rglob("*"))
    }


def test_folder_is_copied_and_left_untouched(tmp_path: Path) -> None:
    project = write(tmp_path / "churn", GOOD)
    (project / ".venv" / "lib").mkdir(parents=True)
    (project / ".venv" / "lib" / "big.py").write_text("x = 1\n")
    before = _snapshot(project)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = read_project(project, scratch)
    assert found.name == "churn" and found.source == "folder"
    assert (scratch / "app.py").read_text() == GOOD["app.py"]
    assert not (scratch / ".venv").exists()  # an installed environment is not the project
    assert found.files == len(GOOD)
    assert _snapshot(project) == before


def test_git_repository_gives_its_tracked_files(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    project = write(tmp_path / "repo", GOOD)
    (project / "notes.txt").write_text("not tracked\n")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "a",
        "GIT_AUTHOR_EMAIL": "a@example.org",
        "GIT_COMMITTER_NAME": "a",
        "GIT_COMMITTER_EMAIL": "a@example.org",
    }
    for args in (["init", "-q"], ["add", *GOOD], ["commit", "-q", "-m", "first"]):
        subprocess.run(["git", "-C", str(project), *args], check=True, env=env)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = read_project(project, scratch)
    assert found.source == "git"
    assert (scratch / "app.py").exists() and not (scratch / "notes.txt").exists()


def test_zip_with_one_top_folder(tmp_path: Path) -> None:
    archive = zip_of(tmp_path / "churn.zip", GOOD, folder="churn-main/")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = read_project(archive, scratch)
    assert found.source == "zip" and found.root == scratch / "churn-main"
    assert (found.root / "tests" / "test_app.py").is_file()


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        read_project(tmp_path / "nowhere", tmp_path)


def test_a_folder_without_python_is_not_a_project(tmp_path: Path) -> None:
    folder = write(tmp_path / "photos", {"a.txt": "hello", "b/c.md": "# notes"})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(ValidationError, match="no Python file or notebook"):
        read_project(folder, scratch)


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "app.tar"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(ValidationError, match="neither a folder nor a zip"):
        read_project(path, tmp_path)


def test_empty_zip(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    zipfile.ZipFile(path, "w").close()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(ValidationError, match="holds no files"):
        read_project(path, scratch)
    assert list(scratch.iterdir()) == []


def test_zip_bomb_is_refused_before_it_inflates(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("app.py", "x = 1\n")
        archive.writestr("data.bin", b"\0" * (50 * 2**20))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(InputTooLargeError, match="zip bomb"):
        read_project(path, scratch)
    assert sum(p.stat().st_size for p in scratch.rglob("*") if p.is_file()) < 2**20


def test_zip_entry_escaping_the_copy(tmp_path: Path) -> None:
    path = tmp_path / "slip.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("app.py", "x = 1\n")
        archive.writestr("../../outside.py", "x = 2\n")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(ValidationError, match="outside the project"):
        read_project(path, scratch)
    assert not (tmp_path / "outside.py").exists()


def test_links_out_are_skipped_and_links_in_kept(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private\n")
    project = write(tmp_path / "proj", GOOD)
    (project / "leak.txt").symlink_to(secret)
    (project / "same.py").symlink_to("app.py")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    found = read_project(project, scratch)
    assert found.skipped_links == ["leak.txt"]
    assert not (scratch / "leak.txt").exists()
    assert (scratch / "same.py").read_text() == GOOD["app.py"]


def test_too_large_a_repository_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "MAX_TOTAL_BYTES", 2**20)  # the same path as 200 MB
    project = write(tmp_path / "big", GOOD)
    with (project / "model.bin").open("wb") as handle:
        handle.truncate(5 * 2**20)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(InputTooLargeError, match="larger than 1 MB"):
        read_project(project, scratch)


def test_too_many_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake, "MAX_FILES", 5)
    project = write(tmp_path / "many", {f"m{i}.py": "x = 1\n" for i in range(8)})
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with pytest.raises(InputTooLargeError, match="more than 5 files"):
        read_project(project, scratch)
