"""A keyword named only inside a DOCX text box is flagged, not counted as a plain match."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine

from pivotprep.core.db import session_scope
from pivotprep.resume.report.triage import WORDED
from pivotprep.resume.service import scan_documents
from tests.resume.builders import one_column_docx, text_box_docx
from tests.resume.pairs import ANALYST_JOB

NOTE = "only in a text box, which many ATS skip"
# The builder's text box says "Skills: Kubernetes, Terraform"; the body names SQL.
JOB = ANALYST_JOB.replace(
    "- Bachelor's degree", "- Experience with Kubernetes and Terraform.\n- Bachelor's degree"
)


def scan(engine: Engine, data: bytes, name: str):  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return scan_documents(
            session, resume_data=data, resume_filename=name, job=JOB, semantic="off"
        )


def test_a_skill_only_in_a_text_box_is_missing_and_flagged(engine: Engine) -> None:
    result = scan(engine, text_box_docx(), "boxed.docx")
    keywords = {k.name: k for k in result.report.keywords}
    kubernetes = keywords["Kubernetes"]
    assert not kubernetes.matched and kubernetes.only_in_text_box
    assert kubernetes.resume_count == 0
    assert [line["where"] for line in kubernetes.evidence.resume_lines] == ["text_box"]
    assert keywords["SQL"].matched and not keywords["SQL"].only_in_text_box
    item = next(i for i in result.triage.items if i.keyword == "Kubernetes")
    assert item.verdict == WORDED and item.source == "text_box"
    assert NOTE in item.reason and "out of the text box" in item.suggestion


def test_the_same_skill_in_the_body_is_a_plain_match(engine: Engine) -> None:
    result = scan(engine, text_box_docx(box_text="Skills: SQL"), "boxed.docx")
    sql = next(k for k in result.report.keywords if k.name == "SQL")
    assert sql.matched and not sql.only_in_text_box
    assert all(line["where"] != "text_box" for line in sql.evidence.resume_lines)


def test_a_docx_without_text_boxes_flags_nothing(engine: Engine) -> None:
    result = scan(engine, one_column_docx(), "plain.docx")
    assert not any(k.only_in_text_box for k in result.report.keywords)


def test_cli_report_and_json_say_only_in_a_text_box(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    resume = tmp_path / "boxed.docx"
    resume.write_bytes(text_box_docx())
    job = tmp_path / "job.txt"
    job.write_text(JOB, encoding="utf-8")
    out = cli("scan", str(resume), str(job), "--semantic", "off", "--json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    kubernetes = next(k for k in data["keywords"] if k["name"] == "Kubernetes")
    assert kubernetes["only_in_text_box"] and not kubernetes["matched"]
    text = cli("scan", str(resume), str(job), "--semantic", "off")
    assert text.exit_code == 0, text.output
    assert "text box" in " ".join(text.output.split())


def test_web_report_says_only_in_a_text_box(web) -> None:  # type: ignore[no-untyped-def]
    page = web.post(
        "/resume/scan",
        data={"job_text": JOB, "semantic": "off"},
        files={"resume": ("boxed.docx", text_box_docx(), "application/octet-stream")},
        follow_redirects=True,
    )
    assert page.status_code == 200, page.text
    assert f"missing: {NOTE}" in page.text
