"""The outside SQL set of bench/bench_sql_outside.py is well formed: every answer names a
known question and a known source, every source records its licence and commit, and
every reference query runs on the set's rows. (Its accuracy is a figure the bench
prints, not something a test asserts.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "sql_outside"
PERMISSIVE = ("0BSD", "MIT", "Apache-2.0", "BSD", "CC0", "Unlicense")


def _load(name: str) -> list[dict[str, Any]]:
    loaded = yaml.safe_load((DATA / name).read_text())
    assert isinstance(loaded, list)
    return loaded


def _sources() -> dict[str, dict[str, str]]:
    """The `source:` blocks of SOURCES: id -> their `key: value` lines."""
    blocks: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in (DATA / "SOURCES").read_text().splitlines():
        head = re.fullmatch(r"source: (\S+)", line)
        if head:
            current = blocks.setdefault(head.group(1), {})
            continue
        field = re.fullmatch(r"  (\w+): (.+)", line)
        if current is not None and field:
            current[field.group(1)] = field.group(2)
        elif not line.strip():
            current = None
    return blocks


def test_every_source_has_a_permissive_licence_and_a_commit() -> None:
    sources = _sources()
    assert len(sources) >= 2
    for name, fields in sources.items():
        assert fields.get("licence", "").startswith(PERMISSIVE), name
        assert re.fullmatch(r"[0-9a-f]{40}", fields.get("commit", "")), name
        assert fields.get("repository", "").startswith("https://github.com/"), name


def test_every_answer_names_a_known_question_and_source() -> None:
    questions = {q["id"] for q in _load("questions.yaml")}
    sources = set(_sources())
    answers = _load("answers.yaml")
    assert len({a["id"] for a in answers}) == len(answers)
    for answer in answers:
        assert answer["question"] in questions, answer["id"]
        assert answer["source"] in sources, answer["id"]
        assert answer["expected"] in ("accept", "reject"), answer["id"]
        assert answer["note"].strip() and answer["sql"].strip() and answer["path"], answer["id"]
    assert {a["question"] for a in answers} == questions  # no question without answers


@pytest.fixture(scope="module")
def club() -> Any:
    con = duckdb.connect()
    con.execute((DATA / "dataset.sql").read_text())
    yield con
    con.close()


def test_the_rows_have_the_shape_the_answers_expect(club: Any) -> None:
    counts = {t: club.execute(f"SELECT count(*) FROM cd.{t}").fetchone()[0]
              for t in ("facilities", "members", "bookings")}  # fmt: skip
    assert counts["facilities"] == 10 and counts["members"] == 31 and counts["bookings"] > 300
    guest = club.execute("SELECT surname FROM cd.members WHERE memid = 0").fetchone()
    assert guest == ("GUEST",)
    years = club.execute("SELECT DISTINCT year(starttime) FROM cd.bookings ORDER BY 1").fetchall()
    assert years[0] == (2012,)


@pytest.mark.parametrize("question", _load("questions.yaml"), ids=lambda q: q["id"])
def test_each_reference_runs_and_returns_rows(club: Any, question: dict[str, Any]) -> None:
    assert question["statement"].strip() and isinstance(question["ordered"], bool)
    rows = club.execute(question["reference"]).fetchall()
    assert rows, question["id"]
    if question["ordered"]:
        assert re.search(r"order\s+by", question["reference"].rsplit(")", 1)[-1], re.I)
