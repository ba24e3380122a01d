"""write_text_atomic (core/files.py): a reader sees the old file or the new one, a symlink at
the target is replaced rather than written through, and nothing is left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pivotprep.core.files import readable_name, write_text_atomic


def test_writes_and_replaces_a_file_leaving_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "results.json"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second ✓")
    assert target.read_text(encoding="utf-8") == "second ✓"
    assert sorted(p.name for p in target.parent.iterdir()) == ["results.json"]


def test_a_symlink_at_the_target_is_replaced_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    target = tmp_path / "results.json"
    target.symlink_to(outside)
    write_text_atomic(target, "new")
    assert not target.is_symlink() and target.read_text() == "new"
    assert outside.read_text() == "keep me"


def test_mode_sets_the_permissions(tmp_path: Path) -> None:
    target = tmp_path / "private.json"
    write_text_atomic(target, "x", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_without_make_parents_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_text_atomic(tmp_path / "missing" / "export.json", "x", make_parents=False)
    assert not (tmp_path / "missing").exists()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "results.json"
    target.write_text("old")

    def refuse(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_data_folder_and_database_are_private(tmp_path):
    """Other users of the machine may not list the data folder or read the database."""
    from sqlalchemy import text

    from pivotprep.core.db import make_engine

    home = tmp_path / "new" / "home"
    engine = make_engine(f"sqlite:///{home / 'pivotprep.db'}")
    with engine.begin() as con:
        con.execute(text("CREATE TABLE t (a INTEGER)"))
    engine.dispose()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "pivotprep.db").stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_an_existing_database_is_tightened_but_a_shared_folder_is_not(tmp_path):
    from pivotprep.core.db import make_engine

    tmp_path.chmod(0o755)
    database = tmp_path / "pivotprep.db"
    database.write_bytes(b"")
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}").dispose()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    from pivotprep.core.files import make_private_dirs

    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError):
        make_private_dirs(tmp_path / "file")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_every_first_write_makes_the_data_folder_private(isolated_home, monkeypatch, tmp_path):
    """Whatever writes first into a fresh data folder (the judge's compile cache, a
    workspace file, an SQL query, the resident process's folder), the data folder and what
    it creates in it are 0700, not the umask's 0755."""
    from pivotprep.cli.resident import private_folder
    from pivotprep.practice.judge import wasm
    from pivotprep.sql.workspace import workspace_path

    monkeypatch.delenv("PIVOTPREP_WASM_CACHE", raising=False)
    before = os.umask(0o022)
    try:
        small = tmp_path / "artifact.bin"
        small.write_bytes(b"x" * 100)
        wasm._digest(small)  # writes <data>/cache/wasm/digests.json
        for folder in (isolated_home, isolated_home / "cache", isolated_home / "cache" / "wasm"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder

        from pivotprep.sql.problems import load_packs
        from pivotprep.sql.service import save_query

        problem_id = next(iter(load_packs()))
        saved = save_query(problem_id, "SELECT 1")
        assert saved == workspace_path(problem_id)
        here = saved.parent
        while here != isolated_home:
            assert stat.S_IMODE(here.stat().st_mode) == 0o700, here
            here = here.parent

        other = tmp_path / "other-home"
        assert private_folder(other / "run", create=True)
        assert stat.S_IMODE(other.stat().st_mode) == 0o700
    finally:
        os.umask(before)


def test_a_name_that_is_not_utf8_reads_with_a_replacement_character():
    assert readable_name("cv-\udcff.txt") == "cv-\ufffd.txt"  # os.fsdecode(b"cv-\xff.txt")
    assert readable_name("cv-\udcc3\udca9.txt") == "cv-\u00e9.txt"  # UTF-8 bytes, escaped
    assert readable_name("cv-\ud800.txt") == "cv-\ufffd.txt"  # a surrogate that is no byte
    assert readable_name("cv-\udc41-\udcff.txt") == "cv-\ufffd-\ufffd.txt"  # both kinds
    assert readable_name("café.pdf") == "café.pdf"
    readable_name("cv-\udcff.txt").encode("utf-8")  # storable


def test_a_locked_file_is_held_against_every_other_opener(tmp_path: Path) -> None:
    """`locked_file` is an OS lock (other processes see it), not only this process's: a
    second opener that will not wait is told it is held, until the first lets go."""
    from pivotprep.core.files import locked_file

    path = tmp_path / "private" / ".lock"
    with locked_file(path) as held:
        assert held
        with locked_file(path, wait=False) as second:
            assert second is (os.name != "posix")  # POSIX: flock on each open file
    with locked_file(path, wait=False) as again:
        assert again
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
