"""Datasets in packs: a checked SQL script or CSV files, built into DuckDB on first use like
the generated ones; the club dataset and its problems; the free query mode."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pivotprep.core.errors import NotFoundError
from pivotprep.sql import dataset_pack, datasets
from pivotprep.sql.errors import SqlPackError
from pivotprep.sql.problems import load_packs

DOC = """title: Tiny
description: Two tables for a test.
tables:
  teams:
    team_id: primary key
    name: team name
  scores:
    team_id: references teams
    points: points scored
"""


def _pack(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "dataset.yaml").write_text(DOC, encoding="utf-8")
    for name, text in files.items():
        (folder / name.replace("_csv", ".csv").replace("_sql", ".sql")).write_text(text)
    return folder


def _build(folder: Path, tmp_path: Path) -> Path:
    con = duckdb.connect(str(tmp_path / "built.duckdb"))
    try:
        dataset_pack.build_into(con, folder)
        dataset_pack.check_tables(con, folder, dataset_pack.read_doc(folder))
    finally:
        con.close()
    return tmp_path / "built.duckdb"


def test_a_pack_dataset_from_csv_files_builds(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "tiny", teams_csv="team_id,name\n1,Owls\n2,Foxes\n",
                   scores_csv="team_id,points\n1,3\n1,1\n2,0\n")  # fmt: skip
    con = duckdb.connect(str(_build(folder, tmp_path)), read_only=True)
    try:
        assert con.execute("SELECT sum(points) FROM scores").fetchone() == (4,)
    finally:
        con.close()


def test_a_pack_script_may_only_create_tables_and_insert(tmp_path: Path) -> None:
    good = (
        "-- two tables\nCREATE TABLE teams (team_id INTEGER, name VARCHAR);\n"
        "CREATE TABLE scores (team_id INTEGER, points INTEGER);\n"
        "INSERT INTO teams VALUES (1, 'Owls');\nINSERT INTO scores VALUES (1, 3);\n"
    )
    _build(_pack(tmp_path / "ok", tables_sql=good), tmp_path)
    for number, bad in enumerate([
        "ATTACH 'other.db' AS o;",
        "COPY teams TO '/tmp/out.csv';",
        "CREATE TABLE teams AS SELECT * FROM read_csv('/etc/passwd');",
        "INSERT INTO teams VALUES (1, 'a'); DROP TABLE teams;",
        "CREATE MACRO m(x) AS x;",
        "PRAGMA version;",
    ]):  # fmt: skip
        folder = _pack(tmp_path / f"bad{number}", tables_sql=bad)
        with pytest.raises(SqlPackError):
            _build(folder, tmp_path / f"bad{number}")


def test_undocumented_or_missing_tables_are_refused(tmp_path: Path) -> None:
    folder = _pack(tmp_path / "tiny", teams_csv="team_id,name\n1,Owls\n")
    with pytest.raises(SqlPackError, match="do not match"):
        _build(folder, tmp_path)
    both = _pack(tmp_path / "both", teams_csv="team_id,name\n", tables_sql="SELECT 1;")
    with pytest.raises(SqlPackError, match="not both"):
        dataset_pack.files(both)


def test_the_club_dataset_builds_on_first_use_with_one_size(small: dict[str, Path]) -> None:
    club = datasets.get_dataset("club")
    assert club.folder is not None and club.sizes == ("small",)
    path = datasets.ensure_built("club")
    assert path.exists() and "-p" in path.name  # named by the pack's content hash
    actual = datasets.describe(path)
    assert {t: [c for c, _ in cols] for t, cols in actual.items()} == {
        t: list(cols) for t, cols in club.tables.items()
    }
    with pytest.raises(NotFoundError, match="one size"):
        datasets.ensure_built("club", "large")


def test_the_club_has_ten_problems_on_it_with_their_traps() -> None:
    club = [p for p in load_packs().values() if p.dataset == "club"]
    assert len(club) >= 10 and not any(p.is_drill for p in club)
    assert sum(bool(p.traps) for p in club) >= 4


def test_free_query_mode_runs_any_query_and_helps_with_dialects(small: dict[str, Path]) -> None:
    from pivotprep.sql.service import run_free_query

    run = run_free_query("club", "SELECT kind, count(*) AS n FROM facilities GROUP BY 1")
    assert run.error is None and run.columns == ["kind", "n"] and run.row_count == 4
    grouped = run_free_query(
        "club", "SELECT f.facility_id, f.name, count(*) FROM facilities f "
        "JOIN bookings b ON b.facility_id = f.facility_id GROUP BY f.facility_id",
    )  # fmt: skip
    assert grouped.error and grouped.hint and "this runs on DuckDB" in grouped.hint
    assert "GROUP BY f.facility_id, f.name" in grouped.hint
    refused = run_free_query("shop", "COPY orders TO '/tmp/x.csv'")
    assert refused.error and "COPY" in refused.error
    warned = run_free_query("shop", "SELECT generate_series(1, 3)")
    assert warned.error is None and warned.warnings


def test_free_query_mode_on_the_web_and_the_cli(web, cli, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/sql/explore?dataset=club")
    assert page.status_code == 200 and "bookings" in page.text and "Explore a dataset" in page.text
    page = web.post(
        "/sql/explore", data={"dataset": "club", "query": "SELECT count(*) AS n FROM members"}
    )
    assert page.status_code == 200 and "<th>n</th>" in page.text and "1 rows" in page.text
    page = web.post("/sql/explore", data={"dataset": "club", "query": ""})
    assert page.status_code == 422 and "empty" in page.text
    assert web.get("/sql/explore?dataset=nope").status_code == 404
    result = cli("sql", "query", "club", "SELECT count(*) AS members FROM members")
    assert result.exit_code == 0 and "40" in result.output
    result = cli("sql", "query", "club", "SELECT nope FROM members")
    assert result.exit_code == 1 and "error" in result.output
