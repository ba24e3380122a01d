"""The CLI and the web explain the 80% line in the same words."""

from __future__ import annotations

import html
from pathlib import Path

from pivotprep.resume.report.result import RULE_OF_THUMB_NOTE
from tests.resume.builders import one_column_pdf
from tests.resume.pairs import ANALYST_JOB

SAID = "80% is a common rule of thumb (Jobscan's) for passing a keyword filter, not a law"


def _flat(text: str) -> str:
    return " ".join(html.unescape(text).split())


def test_cli_and_web_say_the_same_about_the_80_percent_line(cli, web, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert SAID.removeprefix("80% is ") in RULE_OF_THUMB_NOTE
    resume = tmp_path / "maria.pdf"
    resume.write_bytes(one_column_pdf())
    printed = cli("scan", str(resume), "--job-text", ANALYST_JOB, "--semantic", "off")
    assert printed.exit_code == 0, printed.output
    page = web.post(
        "/resume/scan",
        data={"job_text": ANALYST_JOB, "semantic": "off"},
        files={"resume": ("maria.pdf", one_column_pdf(), "application/pdf")},
        follow_redirects=True,
    )
    assert page.status_code == 200, page.text
    assert SAID in _flat(printed.output)
    assert SAID in _flat(page.text)
