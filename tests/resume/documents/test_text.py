"""Plain text and Markdown resumes: encodings, headings, bullets, dates and positions."""

from __future__ import annotations

import pytest

from pivotprep.core.decoding import decode_text
from pivotprep.resume.documents.reading import UnsupportedFileTypeError, read_resume
from pivotprep.resume.documents.sections import find_date_ranges, heading_name, strip_bullet
from tests.resume import builders as b

ACCENTED = "Résumé of José Muñoz — “data” analyst"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ACCENTED.encode("utf-8"), "utf-8"),
        ("\ufeff".encode() + ACCENTED.encode("utf-8"), "utf-8"),
        (ACCENTED.encode("utf-16"), "utf-16"),
        (ACCENTED.encode("utf-16-le"), "utf-16"),
        (ACCENTED.encode("cp1252"), "cp1252"),
        ("Résumé of José Muñoz".encode("latin-1"), "latin-1"),
    ],
)
def test_text_in_any_common_encoding_is_decoded_and_named(data: bytes, encoding: str) -> None:
    decoded = decode_text(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").startswith("Résumé of José Muñoz")


def test_cp1252_resume_is_read_and_the_encoding_reported() -> None:
    text = b.resume_text().replace("Maria Lopez", "María López").replace(" - ", " – ")
    doc = read_resume(text.encode("cp1252"), "maria.txt")
    assert doc.contact.name == "María López"
    assert doc.layout.encoding == "cp1252"
    assert doc.layout.notes == ("The file was decoded as cp1252, not UTF-8.",)
    assert doc.positions[0].date_text == "Jan 2019 – Present"


def test_utf16_resume_with_bom_is_read() -> None:
    doc = read_resume(b.resume_text().encode("utf-16"), "maria.txt")
    assert doc.layout.encoding == "utf-16"
    assert doc.contact.emails[0].value == b.EMAIL


def test_text_and_markdown_resumes_give_the_same_structure() -> None:
    plain = read_resume(b.resume_text().encode(), "maria.txt")
    markdown = read_resume(b.resume_markdown().encode(), "maria.md")
    assert markdown.file_type == "md"
    for doc in (plain, markdown):
        assert doc.contact.name == b.NAME
        assert doc.headline == b.HEADLINE
        assert [p.title for p in doc.positions] == ["Financial Analyst", "Junior Analyst"]
        assert doc.sections["projects"].lines[0].kind == "bullet"
    assert "**" not in markdown.text


@pytest.mark.parametrize("name", ["resume.doc", "resume.odt", "photo.png", "resume.xyz"])
def test_unsupported_file_types_say_what_to_upload_instead(name: str) -> None:
    with pytest.raises(UnsupportedFileTypeError) as caught:
        read_resume(b"some bytes " * 20, name)
    assert "docx" in caught.value.message.lower()


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Work History", "experience"),
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("Employment History:", "experience"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Skills & Tools", "skills"),
        ("Education and Training", "education"),
        ("Professional Summary", "summary"),
        ("Licenses & Certifications", "certifications"),
        ("Personal Projects", "projects"),
        ("Volunteering", "other"),
        ("W O R K  E X P E R I E N C E", "experience"),
        ("S K I L L S", "skills"),
        ("Managed a team of five", None),
    ],
)
def test_headings_are_recognised_by_synonym_and_case(heading: str, section: str | None) -> None:
    assert heading_name(heading.rstrip(":")) == section


@pytest.mark.parametrize(
    "line",
    ["• Built", "- Built", "* Built", "▪ Built", "1. Built", "2) Built", "– Built", "\uf0b7 Built"],
)
def test_bullet_markers_are_stripped(line: str) -> None:
    assert strip_bullet(line) == ("Built", True)


def test_a_hyphenated_word_is_not_a_bullet() -> None:
    assert strip_bullet("-Built") == ("-Built", False)


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing", "parseable"),
    [
        ("Jan 2019 - Present", (2019, 1), None, True, True),
        ("January 2019 – Current", (2019, 1), None, True, True),
        ("03/2018 – 06/2020", (2018, 3), (2020, 6), False, True),
        ("2017-2019", (2017, 1), (2019, 1), False, True),
        ("Sept. 2015 to Dec 2016", (2015, 9), (2016, 12), False, True),
        ("2020-03 - 2021-11", (2020, 3), (2021, 11), False, True),
        ("Summer '19", (2019, 6), None, False, False),
        ("2019 - now", (2019, 1), None, True, False),
        ("Jun '18 - Aug '19", (2018, 6), (2019, 8), False, False),
    ],
)
def test_date_ranges_are_parsed_and_risky_forms_flagged(
    text: str,
    start: tuple[int, int],
    end: tuple[int, int] | None,
    ongoing: bool,
    parseable: bool,
) -> None:
    (found,) = find_date_ranges(f"Analyst, Acme   {text}")
    assert found.text == text
    assert found.start is not None and (found.start.year, found.start.month) == start
    got_end = (found.end.year, found.end.month) if found.end else None
    assert got_end == end
    assert found.ongoing is ongoing
    assert found.parseable is parseable
    assert (found.problem is None) is parseable


POSITIONS = """Sam Reed
Operations Manager turned Data Engineer
sam@example.org | 555-123-4567

Work History
Data Engineering Intern at Fabrikam | Jun 2023 - Present
- Built Airflow DAGs loading 2 million rows a day
Operations Manager
Tailspin Toys, Leeds    2017 - 2023
* Ran a warehouse of 40 people
* Cut picking errors by 30%
Contoso Retail
Shift Supervisor    Summer '15 - 2017
• Scheduled staff for three stores

Education
BSc Mathematics, 2014
"""


def test_positions_in_several_layouts_get_title_organisation_dates_and_bullets() -> None:
    doc = read_resume(POSITIONS.encode(), "sam.txt")
    got = [(p.title, p.organisation, p.date_text, len(p.bullets)) for p in doc.positions]
    assert got == [
        ("Data Engineering Intern", "Fabrikam", "Jun 2023 - Present", 1),
        ("Operations Manager", "Tailspin Toys", "2017 - 2023", 2),
        ("Shift Supervisor", "Contoso Retail", "Summer '15 - 2017", 1),
    ]
    assert [p.dates_parseable for p in doc.positions] == [True, True, False]
    assert [p.date_precision for p in doc.positions] == ["month", "year", "year"]
    assert doc.headline == "Operations Manager turned Data Engineer"
    assert doc.contact.phones[0].value == "555-123-4567"
    assert doc.sections["experience"].heading == "Work History"


def test_a_line_wrapped_inside_a_bullet_joins_its_bullet() -> None:
    text = b.resume_text().replace(
        "- Reconciled claims data across three systems",
        "- Reconciled claims data across three systems and\nwrote the monthly report",
    )
    doc = read_resume(text.encode(), "r.txt")
    bullets = [line.text for line in doc.positions[1].bullets]
    assert bullets[0] == "Reconciled claims data across three systems and wrote the monthly report"


def test_a_bullet_glyph_alone_on_its_line_marks_the_next_line() -> None:
    """PDF text often puts the glyph on a line of its own: it is no line of the resume, and
    the line after it is a bullet of its position."""
    text = b.resume_text().replace(
        "- Reconciled claims data across three systems",
        "\u2022\nReconciled claims data across three systems",
    )
    doc = read_resume(text.encode(), "r.txt")
    assert all(line.text.strip() != "\u2022" for line in doc.lines)
    bullets = [line.text for line in doc.positions[1].bullets]
    assert bullets[0] == "Reconciled claims data across three systems"


def test_a_bold_capitalised_job_title_above_its_dates_is_not_a_section() -> None:
    from pivotprep.resume.documents.sections import RawLine, section_lines

    raw = [
        RawLine("Sam Reed", hint="name"),
        RawLine("sam@example.org"),
        RawLine("Experience", hint="heading"),
        RawLine("DATA ANALYST", hint="heading"),
        RawLine("Fabrikam, Jan 2020 - Present"),
        RawLine("Built dashboards", hint="bullet"),
        RawLine("AWARDS", hint="heading"),
        RawLine("Analyst of the year"),
    ]
    result = section_lines(raw)
    assert [p.title for p in result.positions] == ["DATA ANALYST"]
    assert result.positions[0].organisation == "Fabrikam"
    assert result.sections["other"].heading == "AWARDS"


def test_content_wins_over_a_wrong_extension() -> None:
    doc = read_resume(b.one_column_docx(), "maria.pdf")
    assert doc.file_type == "docx"
    doc = read_resume(b.one_column_pdf(), "maria.txt")
    assert doc.file_type == "pdf"


def test_binary_or_image_files_renamed_to_txt_are_refused() -> None:
    from pivotprep.resume.documents.reading import UnreadableDocumentError

    with pytest.raises(UnsupportedFileTypeError) as image:
        read_resume(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "resume.txt")
    assert "image" in image.value.message
    with pytest.raises(UnreadableDocumentError) as binary:
        read_resume(bytes(range(256)) * 40, "resume.txt")
    assert "plain text" in binary.value.message


@pytest.mark.parametrize(
    "hostile",
    [
        "a" * 30_000 + ".github.io",
        "http://" + "a" * 30_000,
        "x@" * 15_000,
        "[a](" * 8_000,
        "Summer '19 " * 3_000,
    ],
)
def test_hostile_long_lines_are_read_without_backtracking_blowups(hostile: str) -> None:
    from pivotprep.resume.report.formatting import check_formatting

    doc = read_resume((b.resume_text() + hostile + "\n").encode(), "hostile.md")
    assert doc.contact.emails[0].value == b.EMAIL
    findings = check_formatting(doc)
    assert all(len(f.evidence or "") < 1_000 for f in findings)


def test_an_inline_label_opens_its_section_but_a_job_sub_label_does_not() -> None:
    text = """Sam Reed
sam@example.org | 555-123-4567

Experience
Data Analyst, Fabrikam, Jan 2020 - Present
- Built weekly dashboards for the sales team
Tools: SQL, Tableau

Education
BSc Mathematics, University of York, 2014
Skills: SQL, Python, Tableau
Languages: English, Spanish
"""
    doc = read_resume(text.encode(), "sam.txt")
    by_text = {line.text: line.section for line in doc.lines}
    assert by_text["Tools: SQL, Tableau"] == "experience"
    assert by_text["Skills: SQL, Python, Tableau"] == "skills"
    assert by_text["Languages: English, Spanish"] == "other"
    assert doc.sections["skills"].heading == "Skills"
    assert [line.text for line in doc.sections["education"].lines] == [
        "BSc Mathematics, University of York, 2014"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## Skills", (2, "Skills")),
        ("  ### Experience ###  ", (3, "Experience")),
        ("# Nina # Petrova #", (1, "Nina # Petrova")),
        ("#   ", (1, "")),
        ("# ###", (1, "")),
        ("####### Seven", None),
        ("#NoSpace", None),
        ("# a" + " " * 20_000 + "x", (1, "a" + " " * 20_000 + "x")),
        ("# a" + " " * 20_000, (1, "a")),
    ],
)
def test_markdown_headings_lose_their_closing_hashes_and_spaces(
    line: str, expected: tuple[int, str] | None
) -> None:
    from pivotprep.resume.documents.plain_text import _md_heading

    assert _md_heading(line) == expected


def test_a_markdown_line_of_spaces_is_read_like_an_empty_one() -> None:
    from pivotprep.resume.documents.plain_text import _MD_TABLE_RULE, text_lines

    assert _MD_TABLE_RULE.match("| --- | :---: |")
    assert _MD_TABLE_RULE.match("---")
    assert not _MD_TABLE_RULE.match(" " * 50_000 + "x")
    assert not _MD_TABLE_RULE.match("---" + " " * 50_000 + "x")
    first = "Nina Example, full stack engineer"
    lines, _tables = text_lines(
        first + "\n" + " " * 90_000 + "\n# a" + " " * 9_000 + "x", markdown=True
    )
    assert [(line.text, line.hint) for line in lines] == [(first, None), ("a x", "heading")]


def test_a_bullet_wrapped_into_thousands_of_lines_is_one_line_until_a_contact_detail() -> None:
    """A line wrapped thousands of times is checked for contact details piece by piece: the
    pieces join while none holds one, and a phone number or address split across the
    wrap still stops the join as it does when read whole."""
    from pivotprep.resume.documents.sections import RawLine, section_lines

    def raw(texts: list[str]) -> list[RawLine]:
        return [RawLine(t, None, "body", None, n) for n, t in enumerate(texts, start=1)]

    pieces = ["- built services"] + ["go"] * 5_000
    (line,) = section_lines(raw(pieces)).lines
    assert line.text == "built services" + " go" * 5_000
    split_phone = ["- built services"] + ["go"] * 2_000 + ["go call +1 555-", "010-2030", "go on"]
    lines = section_lines(raw(split_phone)).lines
    assert [line.text[-24:] for line in lines] == ["go go go call +1 555- 010-2030"[-24:], "go on"]
    split_mail = ["- built services"] + ["go"] * 2_000 + ["go nina", "go nina@example.com"]
    lines = section_lines(raw(split_mail)).lines
    assert [line.text for line in lines][1:] == ["go nina@example.com"]


def test_a_phone_number_is_found_at_the_end_of_a_long_run_of_digits_and_dashes() -> None:
    """A wrapped line's run of digits and dashes longer than 400 characters is read only
    near where the new piece joins (a phone number is at most 30 characters): a number
    completed by the new piece is still found, and none is invented."""
    from pivotprep.resume.documents.sections import _looks_like_contact

    run = "1 - " * 150  # 600 characters, no phone number in it
    assert not _looks_like_contact(run + "2 - 3", len(run))
    number = "+44 20 7946 0958"
    assert _looks_like_contact(run + number[:6] + number[6:], len(run) + 6)


@pytest.mark.parametrize("name", ["long.txt", "long.md"])
def test_a_text_resume_cut_at_the_character_limit_says_so(name: str) -> None:
    """A PDF past the limit notes that only its start was read; a text file was cut silently."""
    from pivotprep.resume.documents.limits import MAX_TEXT_CHARS

    text = b.resume_text()
    data = (text * (MAX_TEXT_CHARS // len(text) + 2)).encode("utf-8")
    doc = read_resume(data, name)
    assert f"Only the first {MAX_TEXT_CHARS:,} characters were read." in doc.layout.notes
    short = read_resume(text.encode(), name)
    assert not any("characters were read" in note for note in short.layout.notes)
