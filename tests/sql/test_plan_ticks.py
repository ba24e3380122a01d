"""The plan ticks SQL practice shows: the CLI line and the result page's note, once."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.orm import Session

from pivotprep.sql.problems import get_sql_problem

JOINS = ["sql-customers-never-ordered", "sql-products-never-sold", "sql-referral-pairs"]


def test_sql_test_says_which_plan_task_the_third_join_problem_ticked(
    cli, small: dict[str, Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--role", "data-engineer", "--sizes", "50-500", "--hours", "15", "--months", "4",
        "--start", "2026-03-02", "--no-interactive")  # fmt: skip
    outputs = []
    for problem_id in JOINS:
        query = tmp_path / f"{problem_id}.sql"
        query.write_text(get_sql_problem(problem_id).reference)
        result = cli("sql", "test", problem_id, "--file", str(query))
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert all("Plan: ticked" not in out for out in outputs[:2])
    assert re.search(r"Plan: ticked week \d+, SQL joins and aggregation", outputs[2])
    again = cli("sql", "test", JOINS[2], "--file", str(tmp_path / f"{JOINS[2]}.sql"))
    assert again.exit_code == 0 and "Plan: ticked" not in again.output


def test_the_result_page_shows_the_ticked_task_and_links_its_week(
    web, small: dict[str, Path], sqlite_engine
) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.profile.service import save_profile
    from pivotprep.profile.validation import validate_profile

    with Session(sqlite_engine) as session:
        save_profile(session, validate_profile(
            target_role="data-engineer", company_sizes="50-500", hours_per_week=15,
            timeline_months=4, start_date="2026-03-02"))  # fmt: skip
        session.commit()
    pages = [
        web.post(f"/sql/{pid}/run", data={"query": get_sql_problem(pid).reference}).text
        for pid in JOINS
    ]
    assert all("Plan: ticked" not in page for page in pages[:2])
    found = re.search(r"Plan: ticked week (\d+), SQL joins and aggregation", pages[2])
    assert found and f'href="/plan/week/{found[1]}"' in pages[2]
    again = web.post(f"/sql/{JOINS[2]}/run", data={"query": get_sql_problem(JOINS[2]).reference})
    assert "Correct" in again.text and "Plan: ticked" not in again.text
