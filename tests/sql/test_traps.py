"""Named pitfalls are in the data and guarded: trap_*.sql packs, the rows the generators
guarantee, exact-decimal references and the variants a statement allows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pivotprep.sql import validate
from pivotprep.sql.judge import judge
from pivotprep.sql.problems import PROBLEMS, get_sql_problem, load_packs

# Problems whose statement names a pitfall; each ships the plausible wrong answer to it.
NAMED_PITFALLS = {
    "sql-above-department-average": "Employees without a department are left out",
    "sql-average-raise-by-department": "unassigned",
    "sql-average-tip-with-zeros": "counts as a tip of 0",
    "sql-customers-never-ordered": "of any status",
    "sql-days-between-orders": "whole calendar days",
    "sql-departments-over-budget": "unknown budget is never reported",
    "sql-driver-longest-idle": "fewer than two such trips are left out",
    "sql-march-coupon-orders": "18:30 on 31 March counts",
    "sql-monthly-cohort-activity": "next calendar month",
    "sql-org-chart-depth": "level 1",
    "sql-products-never-sold": "inclusive",
    "sql-revenue-by-category": "`discount` NULL",
    "sql-revenue-per-user-by-channel": "including users who never bought",
    "sql-shipping-city-cleanup": "trailing space",
    "sql-tenure-buckets": "completed years",
    "sql-year-end-headcount": "that very day still counts",
}


def test_every_statement_naming_a_pitfall_ships_a_trap() -> None:
    packs = load_packs()
    for problem_id, words in NAMED_PITFALLS.items():
        problem = packs[problem_id]
        assert words in problem.statement_md, problem_id
        assert problem.traps, f"{problem_id} names a pitfall but has no trap_*.sql"
        for sql in problem.traps.values():
            assert len(sql.splitlines()[0]) > 20  # line 1 says which pitfall it falls into


def test_the_named_traps_bite_on_the_small_data(small: dict[str, Path]) -> None:
    for problem_id in ("sql-average-raise-by-department", "sql-march-coupon-orders",
                       "sql-customers-never-ordered", "sql-year-end-headcount"):  # fmt: skip
        problem = get_sql_problem(problem_id)
        for sql in problem.traps.values():
            verdict = judge(problem.spec(), small[problem.dataset], sql)
            assert verdict.status == "wrong", (problem_id, verdict.message)


def test_generators_guarantee_the_rows_the_traps_need(small: dict[str, Path]) -> None:
    hr = duckdb.connect(str(small["hr"]), read_only=True)
    try:
        unassigned_with_raises = hr.execute(
            "SELECT count(*) FROM (SELECT e.employee_id FROM employees e JOIN salaries s "
            "USING (employee_id) WHERE e.department_id IS NULL GROUP BY 1 HAVING count(*) > 1)"
        ).fetchone()
        left_on_new_years_eve = hr.execute(
            "SELECT count(*) FROM employees WHERE strftime(termination_date, '%m-%d') = '12-31'"
        ).fetchone()
    finally:
        hr.close()
    shop = duckdb.connect(str(small["shop"]), read_only=True)
    try:
        never_ordered = shop.execute(
            "SELECT count(*) FROM customers c "
            "WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)"
        ).fetchone()
        evening = shop.execute(
            "SELECT count(*) FROM orders o JOIN customers c USING (customer_id) "
            "WHERE ordered_at >= '2024-03-31 18:00' AND ordered_at < '2024-04-01' "
            "AND coupon_code IS NOT NULL AND status IN ('delivered', 'shipped') "
            "AND c.signup_date <= ordered_at::DATE"
        ).fetchone()
    finally:
        shop.close()
    assert unassigned_with_raises and unassigned_with_raises[0] >= 3
    assert left_on_new_years_eve and left_on_new_years_eve[0] >= 3
    assert never_ordered and never_ordered[0] >= 5
    assert evening and evening[0] >= 2


def test_validate_fails_a_trap_the_data_does_not_catch(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = PROBLEMS / "sql-march-coupon-orders"
    shutil.copytree(source, tmp_path / source.name)
    # a "trap" that returns the reference's rows: the data would not make it bite
    (tmp_path / source.name / "trap_harmless.sql").write_text(
        "-- A trap the data cannot tell apart from the reference.\n"
        + (source / "reference.sql").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (tmp_path / source.name / "trap_broken.sql").write_text(
        "-- A trap that does not even run.\nSELECT nope FROM orders", encoding="utf-8"
    )
    monkeypatch.setattr(validate, "PROBLEMS", tmp_path)
    result = validate.validate_sql_problem(source.name)
    assert not result.ok
    text = "\n".join(result.messages)
    assert "trap_harmless.sql is accepted" in text and "trap_broken.sql fails to run" in text
    assert "trap_between_dates: the data makes it bite" in text


def test_an_exact_decimal_median_and_the_floating_one_are_both_accepted(
    small: dict[str, Path],
) -> None:
    problem = get_sql_problem("sql-median-ride-minutes")
    exact = (
        "SELECT city, round((median(date_diff('second', pickup_at, dropoff_at)) / 60)"
        "::NUMERIC(10, 4), 1) AS m FROM trips WHERE status = 'completed' GROUP BY city"
    )
    floating = (
        "SELECT city, round(median(date_diff('second', pickup_at, dropoff_at) / 60.0), 1) "
        "FROM trips WHERE status = 'completed' GROUP BY city"
    )
    assert judge(problem.spec(), small["rides"], exact).passed
    assert judge(problem.spec(), small["rides"], floating).passed
    reference = judge(problem.spec(), small["rides"], problem.reference)
    assert float(dict(reference.rows)["Sao Paulo"]) == pytest.approx(22.7)


def test_a_declared_variant_is_accepted_and_other_rows_are_not(small: dict[str, Path]) -> None:
    problem = get_sql_problem("sql-customers-without-email")
    keeps_zero_countries = (
        "SELECT country, sum(CASE WHEN email IS NULL THEN 1 ELSE 0 END) AS guests "
        "FROM customers GROUP BY country"
    )
    verdict = judge(problem.spec(), small["shop"], keeps_zero_countries)
    assert verdict.passed and "allows" in verdict.message
    assert judge(problem.spec(), small["shop"], problem.reference).passed
    wrong = "SELECT country, count(*) FROM customers GROUP BY country"
    assert judge(problem.spec(), small["shop"], wrong).status == "wrong"
