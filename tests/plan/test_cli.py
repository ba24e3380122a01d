"""`pivotprep plan ...` in-process, on a real SQLite file in a temporary home."""

from __future__ import annotations

import re

from icalendar import Calendar


def init(cli):
    result = cli(
        "init",
        "--role",
        "data-engineer",
        "--sizes",
        "<50",
        "--hours",
        "12",
        "--months",
        "4",
        "--start",
        "2026-01-05",
    )
    assert result.exit_code == 0, result.output


def first_id(output: str) -> int:
    return int(re.search(r"#(\d+)", output).group(1))


def test_plan_shows_this_week_and_the_timeline(cli, on_day):
    on_day("2026-01-13")
    init(cli)
    result = cli("plan")
    assert result.exit_code == 0, result.output
    assert "This week: week 2 of 17" in result.output
    assert "Timeline by step" in result.output and "Mock interviews" in result.output
    weeks = " ".join(cli("plan", "week", str(n)).output for n in range(4, 12))
    assert "take-home" in weeks.lower()


def test_done_log_and_bad_input_exit_codes(cli, on_day):
    on_day("2026-01-06")
    init(cli)
    task_id = first_id(cli("plan", "week").output)
    assert cli("plan", "done", str(task_id)).exit_code == 0
    assert "[x]" in cli("plan", "week", "1").output
    logged = cli("plan", "log", str(task_id), "1.5")
    assert logged.exit_code == 0 and "in total" in logged.output
    bad = cli("plan", "log", str(task_id), "200")
    assert bad.exit_code == 2 and "at most 24" in bad.output
    assert cli("plan", "done", "999999").exit_code == 2
    assert cli("plan", "week", "40").exit_code == 2


def test_plan_without_profile_says_run_init(cli):
    result = cli("plan")
    assert result.exit_code == 2
    assert "pivotprep init" in result.output


def test_replan_and_exports(cli, on_day, tmp_path):
    on_day("2026-01-06")
    init(cli)
    cli("plan")
    on_day("2026-02-10")
    tight = cli("plan", "replan")
    assert tight.exit_code == 2 and "does not fit" in tight.output
    weeks = re.search(r"--extend (\d+)", tight.output).group(1)
    result = cli("plan", "replan", "--extend", weeks)
    assert result.exit_code == 0 and "Moved" in result.output
    out = tmp_path / "plan.ics"
    assert cli("plan", "export", "--format", "ics", "-o", str(out)).exit_code == 0
    assert list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    md = cli("plan", "export", "--format", "md")
    assert md.exit_code == 0 and "## Week 1" in md.output
    assert cli("plan", "export", "--format", "pdf").exit_code == 2


def test_replan_drop_takes_comma_separated_ids(cli, on_day):
    on_day("2026-01-06")
    init(cli)
    lines = [
        line
        for n in range(1, 18)
        for line in cli("plan", "week", str(n)).output.splitlines()
        if "Project 3 (optional)" in line or "Polish: pin the projects" in line
    ]
    ids = sorted(set(re.findall(r"#(\d+)", " ".join(lines))))
    assert len(ids) >= 2
    assert cli("plan", "replan", "--drop", "abc").exit_code == 2
    result = cli("plan", "replan", "--drop", ",".join(ids))
    assert result.exit_code == 0 and f"Dropped {len(ids)} task(s)" in result.output
    week = " ".join(cli("plan", "week", str(n)).output for n in range(1, 18))
    assert week.count("[-]") == len(ids)
