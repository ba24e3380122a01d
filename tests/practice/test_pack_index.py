"""The problem bank is read from an on-disk index keyed by a hash of its content, and the
migration heads from a cache keyed by the migrations: unchanged content is never parsed
twice, changed content never read stale, and a damaged cache only costs a parse."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pivotprep.practice import pack_index, problems


@pytest.fixture
def fresh(isolated_home: Path):
    problems.load_packs.cache_clear()
    yield isolated_home
    problems.load_packs.cache_clear()


def test_a_second_load_reads_the_index_not_the_yaml(fresh, monkeypatch):
    first = problems.load_packs()
    assert list((fresh / "cache" / "index").glob("problem-packs-*.json"))
    problems.load_packs.cache_clear()

    def no_parsing(folder):
        raise AssertionError(f"parsed {folder.name} although the index was current")

    monkeypatch.setattr(problems, "parse_pack", no_parsing)
    second = problems.load_packs()
    assert second.keys() == first.keys()
    badge = second["first-repeated-badge"]
    assert badge.meta == first["first-repeated-badge"].meta
    assert badge.cases == first["first-repeated-badge"].cases
    assert badge.reference_path.is_file()


def test_an_edited_pack_gives_a_new_key(tmp_path):
    source = problems.problems_dir() / "first-repeated-badge"
    folder = tmp_path / "first-repeated-badge"
    shutil.copytree(source, folder)
    parser = Path(problems.__file__)
    before = pack_index.index_key([folder], parser)
    assert pack_index.index_key([folder], parser) == before
    meta = folder / "meta.yaml"
    meta.write_text(meta.read_text().replace("estimated_minutes: ", "estimated_minutes: 1"))
    assert pack_index.index_key([folder], parser) != before
    (folder / "helpers.py").write_text("X = 1\n")  # a new file counts too
    assert len({before, pack_index.index_key([folder], parser)}) == 2


def test_a_damaged_index_is_parsed_again_and_replaced(fresh):
    problems.load_packs()
    (index,) = (fresh / "cache" / "index").glob("problem-packs-*.json")
    index.write_text('{"key": "' + index.stem.removeprefix("problem-packs-") + '", "packs": [{}]}')
    problems.load_packs.cache_clear()
    assert "first-repeated-badge" in problems.load_packs()
    problems.load_packs.cache_clear()
    index.write_text("{not json")
    assert "first-repeated-badge" in problems.load_packs()


def test_migration_heads_are_cached_by_the_migrations_content(fresh):
    from pivotprep.core import migrate

    migrate.script_heads.cache_clear()
    heads = migrate.script_heads()
    (cached,) = (fresh / "cache" / "index").glob("migration-heads-*.json")
    migrate.script_heads.cache_clear()
    cached.write_text('["not-a-revision"]')
    assert migrate.script_heads() == frozenset({"not-a-revision"})  # read, not recomputed
    migrate.script_heads.cache_clear()
    cached.write_text("garbage")
    assert migrate.script_heads() == heads
    migrate.script_heads.cache_clear()


def test_looking_up_a_coding_problem_loads_no_other_catalogue(monkeypatch):
    from pivotprep.practice import catalog

    catalog.reload()
    calls = []
    real = catalog._providers

    def counting() -> tuple:
        providers = real()
        return tuple(
            (lambda p=p: (calls.append(p), p())[1]) for p in providers
        )  # fmt: skip

    monkeypatch.setattr(catalog, "_providers", counting)
    assert catalog.get_problem("first-repeated-badge").kind == "code"
    assert len(calls) == 1
    catalog.reload()


def _imported_after(code: str, modules: list[str]) -> dict[str, bool]:
    """Which of `modules` a fresh interpreter has imported after running `code`."""
    import json
    import subprocess
    import sys

    probe = (
        f"import sys, json\n{code}\nprint(json.dumps({{m: m in sys.modules for m in {modules!r}}}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_looking_up_a_coding_problem_imports_nothing_of_the_sql_feature():
    code = "from pivotprep.practice.catalog import get_problem\nget_problem('first-repeated-badge')"
    assert _imported_after(code, ["pivotprep.sql.problems"]) == {"pivotprep.sql.problems": False}


def test_the_judge_warms_up_before_sqlalchemy_is_imported():
    # `practice test` starts the judge's worker first, then loads the rest beside it
    code = "from pivotprep.practice.service import warm_judge"
    got = _imported_after(code, ["sqlalchemy", "pivotprep.practice.judge.selftest"])
    assert got == {"sqlalchemy": False, "pivotprep.practice.judge.selftest": True}
