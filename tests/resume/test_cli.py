"""`pivotprep scan`: report, --json, stdin, --job-text, history, gap add, errors (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.resume.builders import one_column_pdf, zero_byte
from tests.resume.pairs import ANALYST_JOB


def files(tmp_path: Path) -> tuple[str, str]:
    resume = tmp_path / "maria.pdf"
    resume.write_bytes(one_column_pdf())
    job = tmp_path / "job.txt"
    job.write_text(ANALYST_JOB)
    return str(resume), str(job)


def test_scan_prints_the_breakdown_with_evidence(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume, job = files(tmp_path)
    result = cli("scan", resume, job, "--semantic", "off", "--full")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Match rate" in out and "rule of thumb" in out and "not a law" in out
    assert "exact forms only" in out
    assert "Hard skills" in out and "Education" in out and "Job title" in out
    assert "Missing keywords, triaged" in out
    assert "Mode: taxonomy + translation map" in out
    assert "Stored as scan #1" in out
    # "Experience with Looker or Power BI.": one keyword, shown as a group.
    assert "(one of 2:" in out and "none of them" in out  # Rich may wrap the cells


def test_json_output_and_job_text_option(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume, _ = files(tmp_path)
    result = cli("scan", resume, "--job-text", ANALYST_JOB, "--json", "--semantic", "off")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["job"]["title"] == "Data Analyst"
    assert {p["name"] for p in data["parts"]} >= {"hard_skills", "job_title", "education"}
    sql = next(k for k in data["keywords"] if k["name"] == "SQL")
    assert sql["matched"] and sql["evidence"]["resume_lines"] and sql["evidence"]["job_sentences"]
    assert data["rule_of_thumb"]["rate"] == 80
    group = next(k for k in data["keywords"] if k["alternatives"])
    assert group["name"] == "Looker or Microsoft Power BI"
    assert group["alternatives"] == ["Looker", "Microsoft Power BI"] and not group["matched"]
    assert sql["alternatives"] == [] and sql["matched_by"] == []
    item = next(i for i in data["triage"] if i["keyword"] == group["name"])
    assert item["alternatives"] == group["alternatives"]


def test_job_from_stdin_and_history(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume, _ = files(tmp_path)
    first = cli("scan", resume, "-", "--json", "--semantic", "off", input=ANALYST_JOB)
    assert first.exit_code == 0, first.output
    second = cli("scan", resume, "-", "--json", "--semantic", "off", input=ANALYST_JOB)
    assert json.loads(second.output)["changes"]["since_scan"] == 1
    history = cli("scan", "history")
    assert history.exit_code == 0
    assert "maria.pdf v1" in history.output and "Data Analyst" in history.output
    shown = cli("scan", "show", "1", "--json")
    assert json.loads(shown.output)["scan_id"] == 1


def test_bad_input_exits_2_with_a_message(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(zero_byte())
    _, job = files(tmp_path)
    result = cli("scan", str(empty), job)
    assert result.exit_code == 2
    assert "empty" in result.output.lower()
    short = cli("scan", str(tmp_path / "maria.pdf"), "--job-text", "Python")
    assert short.exit_code == 2 and "too short" in short.output
    missing = cli("scan", str(tmp_path / "nope.pdf"), job)
    assert missing.exit_code == 2 and "not found" in missing.output


def test_a_folder_or_an_unreadable_file_is_named_as_such(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A folder given for the resume or the job was reported as 'not found' though it is
    there; a file the user may not open ended in a traceback."""
    resume, job = files(tmp_path)
    for args in (("scan", str(tmp_path), job), ("scan", resume, str(tmp_path))):
        out = cli(*args)
        assert out.exit_code == 2, out.output
        assert "is a folder" in out.output and "not found" not in out.output

    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "maria.pdf":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    out = cli("scan", resume, job)
    assert out.exit_code == 2, out.output
    assert "cannot be read: Permission denied" in out.output and "Traceback" not in out.output


def test_gap_add_puts_the_skill_in_the_plan(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--role", "data-analyst", "--sizes", "mid").exit_code == 0
    result = cli("scan", "gap", "add", "Looker")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # Rich wraps long lines
    assert "Added “Learn Looker" in said and "Plan step: foundations" in said
    # A full plan makes room from practice blocks, and says which ones.
    assert "in place of" in said and "h of “" in said
    again = " ".join(cli("scan", "gap", "add", "looker").output.split())
    assert "is already in your plan" in again


def test_scan_runs_as_a_real_subprocess(tmp_path: Path) -> None:
    resume, job = files(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pivotprep.cli.main",
            "scan",
            resume,
            job,
            "--json",
            "--semantic",
            "off",
            "--no-store",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["scan_id"] is None


def test_scan_without_arguments_prints_help(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("scan")
    assert result.exit_code == 0
    assert "pivotprep scan RESUME JOB" in result.output


def test_a_missing_scan_says_how_to_list_the_scans(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("scan", "show", "99")
    assert result.exit_code == 2
    said = " ".join(result.output.split())
    assert "No scan #99. `pivotprep scan history` lists your scans." in said


def test_the_default_report_is_a_summary_that_starts_with_what_to_fix(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume, job = files(tmp_path)
    result = cli("scan", resume, job, "--semantic", "off")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "exact forms only" in out and "What to fix first" in out
    assert out.index("What to fix first") < out.index("--full")
    assert "Keywords: where the job asks" not in out  # every keyword only with --full


def test_the_summary_fits_60_lines_of_80_columns_on_a_real_posting(session) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from pivotprep.cli.resume_report import print_report
    from pivotprep.resume.service import scan_documents

    long_job = ANALYST_JOB + "".join(
        f"- Experience with tool number {n} in a long list of tools: Kafka, Spark, dbt\n"
        for n in range(40)
    )
    result = scan_documents(
        session,
        resume_data=one_column_pdf(),
        resume_filename="maria.pdf",
        job=long_job,
        semantic="off",
        store=False,
    )
    out = Console(width=80, record=True)
    print_report(out, result.view())
    lines = out.export_text().splitlines()
    assert len(lines) <= 60, "\n".join(lines)
    assert all(len(line) <= 80 for line in lines)


FILLER = (
    b"- Taught mathematics to 600 students for eight years and kept their records in "
    b"spreadsheets, then planned lessons, ran parent meetings and reported results.\n"
)


DUTIES_JOB = """Data Analyst, Customer Insights

What you'll do
- Write SQL against our Snowflake warehouse to answer questions from operations.
- Automate weekly reporting with Python and dbt models.

What we're looking for
- Strong SQL: joins, window functions.
- Working knowledge of Python.

Nice to have
- Experience with Airflow.
"""


def test_the_summary_names_missing_skills_the_duties_ask_for(session) -> None:  # type: ignore[no-untyped-def]
    """A skill named only in the duties weighs like a required one in the rate, so the
    summary lists it with the required gaps and the fixes plan it; nothing is cut."""
    from rich.console import Console

    from pivotprep.cli.resume_report import print_report
    from pivotprep.resume.service import scan_documents

    result = scan_documents(
        session,
        resume_data=b"Dana Lee\nData Analyst\n\nEXPERIENCE\n- SQL, Python reports.\n" + FILLER,
        resume_filename="dana.txt",
        job=DUTIES_JOB,
        semantic="off",
        store=False,
    )
    view = result.view()
    assert {"Snowflake", "dbt"} <= set(view.missing_hard_skills(core=True))
    assert "Apache Airflow" in view.missing_hard_skills(core=False)
    assert any("Snowflake" in fix for fix in view.fixes)
    out = Console(width=80, record=True)
    print_report(out, view)
    text = " ".join(out.export_text().split())
    assert "Missing, required or in the duties:" in text and "Snowflake" in text
    assert "required or in the duties: 2 of 5" in text  # SQL and Python of 5 with window functions
    assert "…" not in text


STACK_JOB = """Full Stack Engineer

We are a small product team that ships every two weeks and talks to our users daily.

Our stack is Django and PostgreSQL, with ClickHouse for the analytics queries, and we
care about tests, user feedback and fast releases. You choose what you build next and own
it from design to release.
"""


def test_the_summary_names_missing_skills_the_job_names_outside_its_lists(session) -> None:  # type: ignore[no-untyped-def]
    """A posting without a requirements list names its stack in prose; those skills count in
    the rate (0% here) but the summary named none of them, leaving nothing to act on."""
    from rich.console import Console

    from pivotprep.cli.resume_report import print_report
    from pivotprep.resume.service import scan_documents

    result = scan_documents(
        session,
        resume_data=b"Dana Lee\nData Analyst\n\nEXPERIENCE\n- Python reports.\n" + FILLER,
        resume_filename="dana.txt",
        job=STACK_JOB,
        semantic="off",
        store=False,
    )
    view = result.view()
    groups = dict(view.missing_groups())
    assert "Django" in groups["named elsewhere in the job"]
    # the data store of the stack paragraph is asked (the labelling guide's stack rule)
    assert "ClickHouse" in groups["required or in the duties"]
    out = Console(width=80, record=True)
    print_report(out, view)
    text = " ".join(out.export_text().split())
    assert "Missing, named elsewhere in the job:" in text and "Django" in text
