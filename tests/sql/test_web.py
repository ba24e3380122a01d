"""The SQL pages on the real app: editor, schema, results, diff, hints, lock, drills."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from pivotprep.sql.problems import get_sql_problem


def test_list_and_problem_page_show_editor_and_schema(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/sql")
    assert page.status_code == 200 and "sql-referral-pairs" in page.text
    page = web.get("/sql/sql-referral-pairs")
    assert page.status_code == 200
    assert '<textarea id="query"' in page.text and "referred_by" in page.text
    assert web.get("/sql/schema/rides").status_code == 200
    assert web.get("/sql/sql-nope").status_code == 404


def test_run_shows_results_table_and_diff(web, small: dict[str, Path], sqlite_engine) -> None:  # type: ignore[no-untyped-def]
    problem = get_sql_problem("sql-referral-pairs")
    page = web.post(f"/sql/{problem.id}/run", data={"query": problem.wrongs["wrong_reversed"]})
    assert page.status_code == 200
    assert "Wrong result" in page.text and "First differing rows" in page.text
    page = web.post(f"/sql/{problem.id}/run", data={"query": problem.reference})
    assert "Correct" in page.text and "<th>referrer_name</th>" in page.text

    from pivotprep.practice.service import stats

    with Session(sqlite_engine) as session:
        assert stats(session).solved == 1


def test_user_text_is_escaped_and_refusals_are_shown(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    page = web.post("/sql/sql-referral-pairs/run",
                    data={"query": "SELECT '<script>alert(1)</script>' AS x"})  # fmt: skip
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text
    page = web.post("/sql/sql-referral-pairs/run",
                    data={"query": "SELECT * FROM read_csv('/etc/passwd')"})  # fmt: skip
    assert "Refused" in page.text and "only the dataset" in page.text
    page = web.post("/sql/sql-referral-pairs/run", data={"query": "  "})
    assert page.status_code == 422 and "empty" in page.text


def test_hints_and_solution_lock(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    page = web.post("/sql/sql-tenure-buckets/start")
    assert "Locked for" in page.text
    page = web.post("/sql/sql-tenure-buckets/hint")
    assert "Hint 1/3" in page.text
    page = web.post("/sql/sql-tenure-buckets/solution")
    assert page.status_code == 423 and "unlocks in" in page.text  # LockedError, as on /practice
    page = web.post("/sql/sql-tenure-buckets/solution", data={"force": "yes"})
    assert "date_part(&#39;year&#39;" in page.text or "date_part('year'" in page.text


def test_drill_small_run_and_explain(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    drill = get_sql_problem("sql-drill-one-scan-not-twelve")
    page = web.post(f"/sql/{drill.id}/run", data={"query": drill.reference, "action": "small"})
    assert "Correct" in page.text and "faster" in page.text
    form = {"query": drill.reference, "action": "explain", "size": "small"}
    page = web.post(f"/sql/{drill.id}/run", data=form)
    assert "EXPLAIN ANALYZE" in page.text and "Slow query" in page.text


def test_an_oversized_query_is_a_message_beside_the_editor(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql.service import MAX_QUERY_CHARS, saved_query

    huge = "SELECT 1 -- " + "x" * (3 * 2**20)  # over Starlette's 1 MB per field
    page = web.post("/sql/sql-referral-pairs/run", data={"query": huge})
    assert page.status_code == 413
    assert page.headers["content-type"].startswith("text/html")
    assert 'id="query-error"' in page.text and f"the limit is {MAX_QUERY_CHARS}" in page.text
    assert 'aria-invalid="true"' in page.text
    assert len(page.text) < 4 * MAX_QUERY_CHARS + 200_000  # the echo is cut, not megabytes
    assert "x" * 1000 not in saved_query("sql-referral-pairs")  # nothing saved

    page = web.post("/sql/sql-referral-pairs/run", data={"query": "SELECT 1 " * 3000})
    assert page.status_code == 413 and f"the limit is {MAX_QUERY_CHARS}" in page.text

    fields = {f"f{i}": "1" for i in range(1200)}  # over the parser's field count
    page = web.post("/sql/sql-referral-pairs/run", data={"query": "SELECT 1", **fields})
    assert page.status_code == 400 and "The form could not be read" in page.text
    assert 'id="query-error"' in page.text


def test_statements_render_markdown_with_raw_html_escaped() -> None:
    from pivotprep.web.render import markdown_html

    html = markdown_html("Use **GROUP BY**.\n\n<script>alert(1)</script>")
    assert "<strong>GROUP BY</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_drill_rewrite_that_creates_a_table_is_a_message_not_a_500(
    web, small: dict[str, Path]
) -> None:  # type: ignore[no-untyped-def]
    drill = get_sql_problem("sql-drill-number-orders-with-a-window")
    query = f"CREATE TABLE keep AS SELECT 1; {drill.reference}"
    page = web.post(f"/sql/{drill.id}/run", data={"query": query, "action": "small"})
    assert page.status_code == 422
    assert "single SELECT statement" in page.text and 'id="query-error"' in page.text


def test_the_first_timed_run_builds_the_large_data_with_a_notice(
    web, small: dict[str, Path], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from pivotprep.sql import datasets

    drill = get_sql_problem("sql-drill-one-scan-not-twelve")
    # the "large" data here is the small size's rows, so the test stays fast
    monkeypatch.setitem(datasets.SIZE_PARAMS[drill.dataset], "large",
                        datasets.SIZE_PARAMS[drill.dataset]["small"])  # fmt: skip
    page = web.post(f"/sql/{drill.id}/run", data={"query": drill.reference, "action": "timed"})
    assert page.status_code == 202
    assert f"Building the large {drill.dataset} dataset (about" in page.text
    assert page.headers["Refresh"].endswith(f"url=/sql/{drill.id}?building=large")
    assert '<meta http-equiv="refresh"' in page.text
    datasets._background[(drill.dataset, "large")].thread.join()

    page = web.get(f"/sql/{drill.id}?building=large")
    assert page.status_code == 200 and "dataset is ready" in page.text
    assert "Refresh" not in page.headers
    page = web.post(f"/sql/{drill.id}/run", data={"query": drill.reference, "action": "timed"})
    assert page.status_code == 200 and "faster" in page.text


def test_a_page_load_never_starts_a_large_build(web, small: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    """Any site can make the browser load a URL; only a run the learner posts may start
    the (long) build of a large dataset."""
    from pivotprep.sql import datasets

    drill = get_sql_problem("sql-drill-one-scan-not-twelve")
    page = web.get(f"/sql/{drill.id}?building=large")
    assert page.status_code == 200 and "Building the large" not in page.text
    assert datasets.background_build(drill.dataset, "large") is None
    assert not datasets.is_built(drill.dataset, "large")
