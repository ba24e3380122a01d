"""ATS formatting checks on real generated resumes."""

from __future__ import annotations

from pivotprep.resume.documents.reading import read_resume
from pivotprep.resume.report.formatting import FormattingFinding, check_formatting
from tests.resume import builders as b


def by_id(findings: list[FormattingFinding]) -> dict[str, FormattingFinding]:
    return {f.id: f for f in findings}


def test_a_clean_one_column_docx_passes_every_check() -> None:
    doc = read_resume(b.one_column_docx(), "maria.docx")
    findings = by_id(check_formatting(doc, target_title="Data Analyst"))
    assert set(findings) == {
        "file_type",
        "contact_in_body",
        "section_headings",
        "dates",
        "tables",
        "columns",
        "text_boxes",
        "images",
        "links",
        "length",
        "headline_title",
    }
    assert {f.id: f.severity for f in findings.values()} == dict.fromkeys(findings, "ok") | {
        "length": "warn"  # 134 words: short
    }
    assert findings["headline_title"].evidence == b.HEADLINE


def test_contact_only_in_the_header_is_a_problem_with_the_header_quoted() -> None:
    for data, name in ((b.header_contact_docx(), "h.docx"), (b.header_contact_pdf(), "h.pdf")):
        finding = by_id(check_formatting(read_resume(data, name)))["contact_in_body"]
        assert finding.severity == "problem"
        assert "header" in finding.message
        assert finding.evidence is not None and b.EMAIL in finding.evidence


def test_tables_columns_text_boxes_and_images_are_flagged_with_evidence() -> None:
    table = by_id(check_formatting(read_resume(b.table_docx(), "t.docx")))["tables"]
    assert table.severity == "warn" and "Jan 2019 - Present" in (table.evidence or "")
    columns = by_id(check_formatting(read_resume(b.two_column_pdf(), "c.pdf")))["columns"]
    assert columns.severity == "warn" and "2 columns" in columns.message
    assert 'the right "SUMMARY"' in (columns.evidence or "")
    box = by_id(check_formatting(read_resume(b.text_box_docx(), "x.docx")))["text_boxes"]
    assert box.severity == "problem" and b.TEXT_BOX_TEXT in (box.evidence or "")
    image = by_id(check_formatting(read_resume(b.image_docx(), "i.docx")))["images"]
    assert image.severity == "warn"
    pdf_table = by_id(check_formatting(read_resume(b.table_pdf(), "t.pdf")))["tables"]
    assert pdf_table.severity == "warn"


def test_dates_an_ats_may_misread_are_shown_with_their_line() -> None:
    text = b.resume_text().replace("Jan 2019 - Present", "Summer '19 - now")
    doc = read_resume(text.encode(), "r.txt")
    finding = by_id(check_formatting(doc))["dates"]
    assert finding.severity == "warn"
    assert "Summer '19 - now" in (finding.evidence or "")
    assert "season" in finding.message


def test_missing_standard_headings_are_named() -> None:
    text = b.resume_text().replace("PROFESSIONAL EXPERIENCE", "MY JOURNEY SO FAR")
    finding = by_id(check_formatting(read_resume(text.encode(), "r.txt")))["section_headings"]
    assert finding.severity == "problem"
    assert "'Experience'" in finding.message


def test_headline_without_the_target_title_is_a_warning_quoting_it() -> None:
    doc = read_resume(b.one_column_pdf(), "maria.pdf")
    finding = by_id(check_formatting(doc, target_title="Machine Learning Engineer"))
    headline = finding["headline_title"]
    assert headline.severity == "warn"
    assert headline.evidence == b.HEADLINE
    assert "machine" in headline.message
    assert "headline_title" not in by_id(check_formatting(doc))


def test_text_files_are_readable_but_a_pdf_or_docx_is_recommended() -> None:
    doc = read_resume(b.resume_text().encode(), "maria.txt")
    finding = by_id(check_formatting(doc))["file_type"]
    assert finding.severity == "warn" and "DOCX or PDF" in finding.message


def test_length_counts_pages_and_words() -> None:
    doc = read_resume(b.many_pages_pdf(3), "long.pdf")
    finding = by_id(check_formatting(doc))["length"]
    assert finding.severity == "warn"
    assert finding.evidence is not None and finding.evidence.startswith("3 pages")


def test_a_scanned_page_inside_a_text_pdf_is_a_problem_naming_the_page() -> None:
    doc = read_resume(b.text_then_scan_pdf(), "mixed.pdf")
    assert doc.layout.image_only_pages == (2,)
    finding = by_id(check_formatting(doc))["images"]
    assert finding.severity == "problem"
    assert "Page 2 is a picture" in finding.message


def test_an_address_only_behind_a_hyperlink_is_found_and_flagged() -> None:
    for data, name in ((b.hidden_link_pdf(), "l.pdf"), (b.hidden_link_docx(), "l.docx")):
        doc = read_resume(data, name)
        assert "LinkedIn" in doc.text
        hidden = [item for item in doc.contact.links if item.where == "link"]
        assert [item.value for item in hidden] == [b.LINKEDIN_URL]
        finding = by_id(check_formatting(doc))["links"]
        assert finding.severity == "warn"
        assert b.LINKEDIN_URL in (finding.evidence or "")
    plain = read_resume(b.one_column_pdf(), "p.pdf")
    assert by_id(check_formatting(plain))["links"].severity == "ok"
