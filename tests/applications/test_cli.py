"""`pivotprep jobs ...` end to end, in-process, on a real SQLite file."""

from __future__ import annotations

import json

from tests.applications.conftest import POSTING, RESUME_MATCH, linkedin_csv

ROWS = [
    "Ada,Lee,https://www.linkedin.com/in/ada-lee,,ACME ANALYTICS INC,Data Engineer,12 Mar 2024",
    "Bob,Stone,,,Northwind Bank,[red]Analyst[/red] in Zürich,03/12/2024",
]


def _setup(cli, tmp_path):
    out = cli(
        "init",
        "--role",
        "data-engineer",
        "--sizes",
        "50-500",
        "--hours",
        "15",
        "--months",
        "4",
        "--past-roles",
        "Financial analyst at Northwind Bank|finance|6",
    )
    assert out.exit_code == 0, out.output
    out = cli("jobs", "company", "add", "Acme Analytics", "--size", "50-500", "--role", "DE")
    assert out.exit_code == 0 and "Added #1 Acme Analytics" in out.output
    conn = tmp_path / "Connections.csv"
    conn.write_bytes(linkedin_csv(ROWS).encode("cp1252"))
    out = cli("jobs", "contacts", "import", str(conn))
    assert out.exit_code == 0, out.output
    assert "Imported 2 contacts (2 new, 0 updated)" in out.output and "cp1252" in out.output


def test_targets_paths_and_json(cli, tmp_path):
    _setup(cli, tmp_path)
    out = cli("jobs", "company", "add", "acme analytics, inc.", "--size", "500+")
    assert out.exit_code == 2 and "already on your target list" in out.output
    out = cli("jobs", "company", "add", "Globex", "--size", "huge")
    assert out.exit_code == 2 and "Use <50, 50-500 or 500+" in out.output.replace("use", "Use")
    out = cli("jobs", "paths", "acme", "--json")
    data = json.loads(out.output)
    assert data[0]["company"] == "Acme Analytics"
    assert data[0]["paths"][0]["name"] == "Ada Lee"
    out = cli("jobs", "company", "list")
    assert "1 target company (aim for 20-40)" in out.output and "0/6" in out.output
    out = cli("jobs", "paths", "Initech")
    assert out.exit_code == 2 and "not on your target list" in out.output
    assert "pivotprep jobs company list" in out.output
    out = cli("jobs", "contacts", "list", "--search", "stone")
    assert "[red]Analyst[/red]" in out.output  # markup stays text


def test_research_posting_scan_and_the_gate(cli, tmp_path):
    _setup(cli, tmp_path)
    out = cli("jobs", "research", "acme")
    assert out.exit_code == 0 and "## What they sell and to whom" in out.output
    research = tmp_path / "acme.md"
    words = "They sell invoicing software to small accounting firms across Europe and the UK."
    research.write_text(
        "\n".join(
            f"## {t}\n{words}"
            for t in (
                "What they sell and to whom",
                "The stack and the data they likely use",
                "How they interview",
                "Values and recent news",
            )
        ),
        encoding="utf-8",
    )
    out = cli("jobs", "research", "acme", "--file", str(research))
    assert "4 of 6 sections written" in out.output
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    assert cli("jobs", "posting", "acme", str(posting)).exit_code == 0
    resume = tmp_path / "cv.txt"
    resume.write_text(RESUME_MATCH, encoding="utf-8")
    out = cli("jobs", "scan", "acme", str(resume))
    assert out.exit_code == 0 and "match (cv.txt v1" in out.output
    out = cli("jobs", "apply", "Acme Analytics", "--role", "DE", "--channel", "job board")
    assert "Tracking application #1" in out.output
    out = cli("jobs", "stage", "1", "applied", input="n\n")
    assert out.exit_code == 1 and "asked none of them for a referral" in out.output
    assert "Not marked applied." in out.output
    out = cli("jobs", "stage", "1", "applied", input="y\n")
    assert out.exit_code == 0 and "over the gate (recorded)" in out.output
    out = cli("jobs", "show", "1")
    assert "applied over the gate" in out.output and "Ada Lee" in out.output


def test_outreach_due_and_calendar(cli, tmp_path):
    _setup(cli, tmp_path)
    out = cli("jobs", "outreach", "log", "1", "referral-requested", "--on", "2026-02-25")
    assert "Next follow-up due 2026-02-28 (1 of 2)" in out.output
    out = cli("jobs", "due", "--ics", str(tmp_path / "f.ics"))
    assert "follow up with #1 Ada Lee (Acme Analytics), 1 of 2 (overdue)" in out.output
    assert b"BEGIN:VEVENT" in (tmp_path / "f.ics").read_bytes()
    out = cli("jobs", "outreach", "message", "1")
    assert out.output.startswith("Subject: Re: A question about DE work at Acme Analytics")
    out = cli("jobs", "contacts", "show", "1")
    assert "Referral requested" in out.output and "Suggested message" in out.output


def test_applications_search_funnel_and_csv(cli, tmp_path):
    _setup(cli, tmp_path)
    cli("jobs", "apply", "Initech", "--role", "Analyst", "--channel", "recruiter")
    out = cli("jobs", "stage", "1", "screen")
    assert out.exit_code == 0 and "Screen on 2026-03-02" in out.output
    out = cli("jobs", "search", "initech llc")
    assert "#1 Initech - Analyst: Screen, applied 2026-03-02 (same company)" in out.output
    out = cli("jobs", "search", "Hooli")
    assert "No application to Hooli" in out.output
    out = cli("jobs", "funnel", "--json")
    data = json.loads(out.output)
    recruiter = next(c for c in data["channels"] if c["channel"] == "recruiter")
    assert recruiter["interview"] == {"count": 1, "of": 1, "rate": 1.0, "too_few": True}
    out = cli("jobs", "funnel")
    assert "1 in 16 referred candidates was hired" in out.output
    exported = tmp_path / "apps.csv"
    assert cli("jobs", "export", "applications", "-o", str(exported)).exit_code == 0
    out = cli("jobs", "import", "applications", str(exported))
    assert "(0 new, 1 updated)" in out.output
    bad = tmp_path / "bad.csv"
    bad.write_text("company,stage\nGlobex,ghosted\nHooli,applied\n", encoding="utf-8")
    out = cli("jobs", "import", "applications", str(bad))
    assert out.exit_code == 2 and "line 2: Unknown stage 'ghosted'" in out.output
    assert "Add --skip-bad" in out.output
    out = cli("jobs", "import", "applications", str(bad), "--skip-bad")
    assert out.exit_code == 0 and "Skipped 1 line(s)" in out.output
    out = cli("jobs", "status")
    assert "2 applications" in out.output
