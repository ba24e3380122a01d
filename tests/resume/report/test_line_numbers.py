"""Line numbers in a report point where the user can look: their file's own lines for
TXT and Markdown (blank lines counted), the extracted text for PDF and DOCX (said so)."""

from __future__ import annotations

import re

import pytest

from pivotprep.resume.documents.reading import read_resume
from pivotprep.resume.service import scan_documents
from tests.resume.builders import one_column_docx

JOB = """Data Analyst
Requirements
- 2+ years of experience with SQL and dbt.
- Experience with Python for reporting.
- Experience with Looker.
Responsibilities
- Build dashboards in Tableau for the product teams.
- Maintain data quality checks and build weekly readouts.
"""

# Blank lines between every block, as people type them.
RESUME = """Jane Doe

Data Analyst

jane@example.com | 555-0100

Experience

Operations Coordinator, Acme Logistics, 2019 - 2024

- Built weekly Tableau dashboards for 40 warehouse managers.

- Maintained the shipment tracking spreadsheet in Excel.

Projects

- Wrote dbt models and SQL tests for a public transit dataset.

Skills

SQL, Python, Excel
"""


def file_line(text: str, needle: str) -> int:
    """The line an editor shows for the first line containing `needle`."""
    return next(i for i, ln in enumerate(text.splitlines(), start=1) if needle in ln)


# The same resume in Markdown: a title, headings and a rule line (which is no resume line).
MARKDOWN = (
    RESUME.replace("Jane Doe", "# Jane Doe")
    .replace("555-0100\n", "555-0100\n\n---\n")
    .replace("\nExperience\n", "\n## Experience\n")
    .replace("\nProjects\n", "\n## **Projects**\n")
)


@pytest.mark.parametrize(("name", "text"), [("jane.txt", RESUME), ("jane.md", MARKDOWN)])
def test_text_resume_lines_are_numbered_as_the_file_is(name: str, text: str) -> None:
    doc = read_resume(text.encode(), name)
    assert doc.line_refs == "file"
    for line in doc.lines:
        assert line.text in text.splitlines()[line.number - 1]
    dbt = next(ln for ln in doc.lines if "dbt" in ln.text)
    assert dbt.number == file_line(text, "dbt") == (17 if name == "jane.txt" else 19)
    assert doc.line(dbt.number) is dbt


def test_keyword_evidence_and_triage_cite_the_files_line(session) -> None:  # type: ignore[no-untyped-def]
    result = scan_documents(
        session, resume_data=RESUME.encode(), resume_filename="jane.txt", job=JOB, store=False
    )
    data = result.to_dict()
    assert data["resume"]["line_refs"] == "file"
    dbt = next(k for k in data["keywords"] if k["name"] == "dbt")
    assert dbt["evidence"]["resume_lines"][0]["number"] == file_line(RESUME, "dbt")
    cited = [
        (int(n), item)
        for item in data["triage"]
        for n in re.findall(r"[Ll]ine (\d+)", item["reason"] + item["suggestion"])
    ]
    assert cited, "the triage should cite a resume line"
    for number, item in cited:
        shown = [e["text"] for e in item["evidence"]]
        assert RESUME.splitlines()[number - 1].lstrip("- ") in shown, item
    assert not any("extracted text" in n for n in data["notes"])


def test_a_docx_report_says_its_lines_are_of_the_extracted_text(session) -> None:  # type: ignore[no-untyped-def]
    result = scan_documents(
        session,
        resume_data=one_column_docx(),
        resume_filename="maria.docx",
        job=JOB,
        semantic="off",
        store=False,
    )
    data = result.to_dict()
    assert data["resume"]["line_refs"] == "extracted"
    assert any("lines of text read from maria.docx" in n for n in data["notes"])
    for item in data["triage"]:
        text = item["reason"] + " " + item["suggestion"]
        for found in re.finditer(r"[Ll]ine \d+", text):
            assert text[found.end() :].startswith(" of the extracted text"), text
