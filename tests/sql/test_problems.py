"""The SQL problem bank: size, coverage, format, and `problems validate` over every pack."""

from __future__ import annotations

from pathlib import Path

from pivotprep.sql.problems import TOPICS, load_packs, load_sql_problems

NEEDED_TOPICS = {
    "filtering", "joins", "aggregation", "window-functions", "ctes", "recursive-ctes",
    "dates-strings",
    "nulls", "deduplication", "top-n", "funnels", "retention", "cohorts", "sessionisation",
}  # fmt: skip


def test_bank_has_forty_problems_six_drills_and_covers_the_topics() -> None:
    packs = load_packs()
    drills = [p for p in packs.values() if p.is_drill]
    assert len(packs) - len(drills) >= 40
    assert len(drills) >= 6
    assert {p.topic for p in packs.values()} >= NEEDED_TOPICS
    assert {p.topic for p in packs.values()} <= set(TOPICS)
    assert {p.dataset for p in packs.values()} == {"shop", "app", "hr", "rides", "club"}
    for problem in packs.values():
        assert problem.id.startswith("sql-") and (problem.wrongs or problem.traps)
        assert problem.hints
        for sql in [*problem.wrongs.values(), *problem.traps.values()]:
            assert len(sql.splitlines()[0]) > 20  # line 1 says what is wrong
    # three-table and self joins, CTEs and recursion appear in the references
    references = " ".join(p.reference.upper() for p in packs.values())
    assert "WITH RECURSIVE" in references and "JOIN CUSTOMERS R" in references
    assert "LAG(" in references and "LEAD(" in references


def test_catalogue_provider_gives_kind_agnostic_problem_infos() -> None:
    infos = load_sql_problems()
    assert len(infos) == len(load_packs())
    first = infos[0]
    assert first.kind == "sql" and first.id.startswith("sql-") and first.solution.strip()
    from pivotprep.practice.catalog import get_problem, reload

    reload()
    assert get_problem(first.id).kind == "sql"


def test_every_sql_pack_validates_reference_and_wrong_queries(small: dict[str, Path]) -> None:
    from pivotprep.practice.validate import run_validators

    ids = sorted(load_packs())
    results = run_validators(ids)
    failures = {r.problem_id: r.messages for r in results if not r.ok}
    assert not failures
    assert {r.problem_id for r in results} == set(ids)


def test_problems_validate_command_checks_sql_ids(small: dict[str, Path], cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("problems", "validate", "sql-referral-pairs", "sql-drill-sargable-dates")
    assert result.exit_code == 0, result.output
    assert "sql-referral-pairs" in result.output and "2/2" in result.output


def test_a_broken_pack_is_reported(small: dict[str, Path], tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from pivotprep.sql import validate

    source = load_packs()["sql-referral-pairs"].folder
    assert source is not None
    root = tmp_path / "problems"
    shutil.copytree(source, root / "sql-referral-pairs")
    (root / "sql-referral-pairs" / "wrong_reversed.sql").write_text(
        "-- actually the reference itself\n" + (source / "reference.sql").read_text()
    )
    monkeypatch.setattr(validate, "PROBLEMS", root)
    [result] = validate.validate_sql_problems(["sql-referral-pairs"])
    assert not result.ok and any("accepted by the judge" in m for m in result.messages)
