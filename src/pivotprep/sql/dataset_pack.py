"""Datasets a pack brings: `content/sql/datasets/<name>/` with a `dataset.yaml` (title,
description, and what each column of each table means) and the rows, as either

- `tables.sql`: a script of CREATE TABLE and INSERT statements only (checked with DuckDB's
  parser before anything runs, and run with file and network access switched off), or
- one `<table>.csv` per table, with a header row (read by DuckDB; types detected).

Size limits hold for both (`MAX_SCRIPT_BYTES`, `MAX_CSV_BYTES`). The built file is cached
like a generated dataset, named by a hash of the pack's files, so an edited pack is built
afresh. A pack dataset has one size: its rows are the rows the pack wrote.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from pivotprep.sql.errors import SqlPackError

MAX_SCRIPT_BYTES = 5_000_000
MAX_CSV_BYTES = 20_000_000
MAX_TABLES = 30
SCRIPT = "tables.sql"
ALLOWED_STATEMENTS = {"CREATE": "CREATE TABLE", "INSERT": "INSERT INTO"}
LEADING_COMMENTS = re.compile(r"\A(\s*(--[^\n]*(\n|\Z)|/\*.*?\*/))*\s*", re.DOTALL)


def read_doc(folder: Path) -> dict[str, Any]:
    """The pack's dataset.yaml, checked: a title, a description, documented tables."""
    path = folder / "dataset.yaml"
    if not path.is_file():
        raise SqlPackError(f"dataset {folder.name}: missing dataset.yaml")
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    tables = doc.get("tables")
    ok = (
        isinstance(doc.get("title"), str)
        and isinstance(doc.get("description"), str)
        and isinstance(tables, dict)
        and 0 < len(tables) <= MAX_TABLES
        and all(isinstance(cols, dict) and cols for cols in tables.values())
    )
    if not ok:
        raise SqlPackError(
            f"dataset {folder.name}: dataset.yaml needs a title, a description and tables "
            f"(1 to {MAX_TABLES}), each with its columns described"
        )
    return doc


def files(folder: Path) -> list[Path]:
    """The files holding the rows: tables.sql, or the CSV files (one per table)."""
    script = folder / SCRIPT
    csvs = sorted(folder.glob("*.csv"))
    if script.is_file() and csvs:
        raise SqlPackError(f"dataset {folder.name}: give tables.sql or CSV files, not both")
    if not script.is_file() and not csvs:
        raise SqlPackError(f"dataset {folder.name}: needs tables.sql or one CSV per table")
    return [script] if script.is_file() else csvs


def fingerprint(folder: Path) -> str:
    """A short hash of the pack's files: the cache name changes when the pack does."""
    digest = hashlib.sha256()
    for path in [folder / "dataset.yaml", *files(folder)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def check_script(sql: str, name: str) -> list[str]:
    """The script's statements, each a CREATE TABLE or an INSERT; SqlPackError otherwise.

    DuckDB's own parser splits and classifies them (on an in-memory connection), so a
    statement hidden in a comment or a string is never mistaken for another."""
    import duckdb

    con = duckdb.connect(config={"enable_external_access": False})
    try:
        try:
            statements = con.extract_statements(sql)
        except Exception as exc:  # noqa: BLE001 - the parser's message names the problem
            raise SqlPackError(f"dataset {name}: tables.sql does not parse: {exc}") from None
    finally:
        con.close()
    out = []
    for statement in statements:
        kind = statement.type.name
        text = statement.query.strip()
        allowed = ALLOWED_STATEMENTS.get(kind)
        words = " ".join(LEADING_COMMENTS.sub("", text).split()).upper()
        if allowed is None or not words.startswith(allowed):
            raise SqlPackError(
                f"dataset {name}: tables.sql may only hold CREATE TABLE and INSERT INTO "
                f"statements; found {kind}: {text[:60]!r}"
            )
        out.append(text)
    if not out:
        raise SqlPackError(f"dataset {name}: tables.sql holds no statements")
    return out


def build_into(con: Any, folder: Path) -> None:
    """Create the pack's tables on `con` (a fresh file being built) from its files."""
    name = folder.name
    rows = files(folder)
    if rows[0].name == SCRIPT:
        if rows[0].stat().st_size > MAX_SCRIPT_BYTES:
            raise SqlPackError(f"dataset {name}: tables.sql is over {MAX_SCRIPT_BYTES:,} bytes")
        for statement in check_script(rows[0].read_text(encoding="utf-8"), name):
            con.execute(statement)
        return
    for csv in rows:
        if csv.stat().st_size > MAX_CSV_BYTES:
            raise SqlPackError(f"dataset {name}: {csv.name} is over {MAX_CSV_BYTES:,} bytes")
        table = csv.stem
        if not table.isidentifier():
            raise SqlPackError(f"dataset {name}: {csv.name} must be named <table>.csv")
        con.execute(
            f'CREATE TABLE "{table}" AS SELECT * FROM read_csv(?, header = true)', [str(csv)]
        )


def check_tables(con: Any, folder: Path, doc: dict[str, Any]) -> None:
    """The built tables and columns are exactly the documented ones."""
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall()
    built: dict[str, list[str]] = {}
    for table, column in rows:
        built.setdefault(table, []).append(column)
    documented = {t: list(cols) for t, cols in doc["tables"].items()}
    if {t: sorted(c) for t, c in built.items()} != {t: sorted(c) for t, c in documented.items()}:
        raise SqlPackError(
            f"dataset {folder.name}: the built tables {sorted(built)} and their columns do not "
            f"match those dataset.yaml documents ({sorted(documented)})"
        )
