"""`pivotprep portfolio` and the /portfolio page: a check, its report, JSON, Markdown,
history with what improved, and clear refusals of bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.portfolio.jobs import report_of
from tests.portfolio.projects import GOOD, SECRET, write, zip_of


def test_cli_check_json_markdown_and_history(cli, tmp_path: Path) -> None:
    project = write(tmp_path / "churn", SECRET)
    result = cli("portfolio", "check", str(project), "--json", "--static-only")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    verdicts = {c["id"]: c["status"] for c in data["checks"]}
    assert verdicts["secrets"] == "fail" and verdicts["readme"] == "pass"
    assert data["fixes"][0].startswith("Remove the AWS Access Key from settings.py:1")
    (project / "settings.py").write_text("import os\n\nKEY = os.environ['KEY']\n")
    md = tmp_path / "report.md"
    again = cli("portfolio", "check", str(project), "--markdown", str(md), "--static-only")
    assert again.exit_code == 0, again.output
    assert "Since last check: No committed secrets fail → pass" in again.output
    assert "- No committed secrets: fail → pass" in md.read_text()
    listed = cli("portfolio", "history")
    assert "churn" in listed.output and listed.output.count("/100") == 2
    shown = cli("portfolio", "show", str(data["id"]), "--markdown", "-")
    assert shown.output.startswith("# Portfolio check: churn")


def test_cli_refuses_what_is_not_a_project(cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    result = cli("portfolio", "check", str(empty))
    assert result.exit_code == 2
    assert "holds no files" in result.output
    missing = cli("portfolio", "check", str(tmp_path / "nope"))
    assert missing.exit_code == 2 and "does not exist" in missing.output


def test_web_upload_report_and_markdown(web, tmp_path: Path) -> None:
    page = web.get("/portfolio")
    assert page.status_code == 200 and "Check a project" in page.text
    archive = zip_of(tmp_path / "churn.zip", GOOD, folder="churn/")
    answer = web.post(
        "/portfolio/check",
        files={"file": ("churn.zip", archive.read_bytes(), "application/zip")},
        follow_redirects=False,
    )
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/portfolio/jobs/")
    report = report_of(web, answer.headers["location"])
    assert report.status_code == 200
    assert "churn" in report.text and "Dependencies declared" in report.text
    markdown = web.get(str(report.url.path) + "/report.md")
    assert markdown.text.startswith("# Portfolio check: churn")
    assert "#1" in web.get("/portfolio").text


def test_web_refuses_bad_uploads(web) -> None:
    bad = web.post("/portfolio/check", files={"file": ("x.zip", b"not a zip", "application/zip")})
    assert bad.status_code == 422 and "neither a folder nor a zip" in bad.text
    empty = web.post("/portfolio/check", files={"file": ("x.zip", b"", "application/zip")})
    assert empty.status_code == 422 and "upload is empty" in empty.text
    assert web.get("/portfolio/checks/999").status_code == 404
