"""Reading foreign CSV files: encodings, delimiters, notes above the header, renamed and
missing columns, bad lines named by their line number, all read one record at a time."""

from __future__ import annotations

import io

import pytest

from pivotprep.applications.content import columns
from pivotprep.applications.csv_reading import FileProblem, detect_encoding, open_records
from tests.applications.conftest import linkedin_csv

REQUIRED = (("first_name", "last_name", "name"), ("company",))
ROWS = [
    'Zoë,Ångström,https://www.linkedin.com/in/zoe,,"Société Générale, S.A.",Analyst,12 Mar 2024',
    "Bob,Smith,,bob@example.org,Acme,Engineer,03/12/2024",
]


def _open(data: bytes, **kwargs):
    return open_records(
        io.BytesIO(data), synonyms=columns().fields("contacts"), required=REQUIRED, **kwargs
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_any_common_encoding_reads_the_same(encoding):
    layout, records = _open(linkedin_csv(ROWS).encode(encoding))
    rows = list(records)
    assert layout.header_line == 4  # below LinkedIn's notes
    assert [r.line for r in rows] == [5, 6]
    assert rows[0].values["first_name"] == "Zoë" and rows[0].values["last_name"] == "Ångström"
    assert rows[0].values["company"] == "Société Générale, S.A."
    assert all(r.problem is None for r in rows)


def test_encodings_are_named_from_the_first_bytes():
    assert detect_encoding("é".encode("cp1252") + b"abc") == "cp1252"
    assert detect_encoding("Zoë \x81 abc".encode("latin-1")) == "latin-1"
    assert detect_encoding("a,b".encode("utf-16-le")) == "utf-16-le"
    assert detect_encoding(b"plain ascii") == "utf-8"


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_are_found_from_the_header(delimiter):
    text = linkedin_csv(ROWS, notes=False).replace(",", delimiter)
    text = text.replace(f'"Société Générale{delimiter} S.A."', '"Société Générale, S.A."')
    layout, records = _open(text.encode())
    assert layout.delimiter == delimiter
    assert [r.values["company"] for r in records] == ["Société Générale, S.A.", "Acme"]


def test_renamed_columns_are_recognised_and_unknown_ones_reported():
    data = "Given Name,Surname,Employer,Title,Favourite colour\nAda,Lee,Initech,CTO,teal\n"
    layout, records = _open(data.encode())
    (row,) = list(records)
    assert row.values == {
        "first_name": "Ada",
        "last_name": "Lee",
        "company": "Initech",
        "position": "CTO",
    }
    assert layout.ignored == ("Favourite colour",)


def test_a_user_mapping_wins_over_the_names():
    data = "Person,Where they work\nAda Lee,Initech\n"
    _, records = _open(data.encode(), mapping={"Person": "name", "Where they work": "company"})
    assert next(records).values == {"name": "Ada Lee", "company": "Initech"}
    with pytest.raises(FileProblem, match="unknown fields shoe_size"):
        _open(data.encode(), mapping={"Person": "shoe_size"})


def test_a_missing_required_column_names_the_header_and_how_to_map():
    with pytest.raises(FileProblem, match="Line 1 .* has no column for company.*Position"):
        _open(b"First Name,Last Name,Position\nAda,Lee,CTO\n")


@pytest.mark.parametrize("data", [b"", b"\n\n   \n", "\ufeff".encode()])
def test_an_empty_file_says_it_is_empty(data):
    with pytest.raises(FileProblem, match="The file is empty"):
        _open(data)


def test_a_file_with_no_header_quotes_its_first_line():
    with pytest.raises(FileProblem, match="No header row found .* 'a,b,c'"):
        _open(b"a,b,c\n1,2,3\n")


def test_bad_lines_carry_their_line_numbers_and_reading_goes_on():
    filler = [f"P{i},Q,,,Acme,Engineer,2024-01-01" for i in range(2000)]  # > 64 KB of UTF-8
    text = linkedin_csv(
        [
            *filler,
            'Ada,Lee,,,"Initech",CTO,"line one\nline two"',  # a quoted value over two lines
            "Bob,Smith,,,Acme,Engineer,2024-01-01,surplus",
            "just-one-value",
            "Cy,Ng,,,Globex,Analyst,2024-01-02",
        ],
        notes=False,
    )
    data = text.encode("utf-8").replace(b"Globex", b"Glob\xffex")
    _, records = _open(data)
    rows = list(records)
    rows = rows[2000:]
    assert [r.line for r in rows] == [2002, 2004, 2005, 2006]
    assert rows[0].values["connected_on"] == "line one\nline two"
    assert "has 8 values where the header has 7" in rows[1].problem
    assert "has one value" in rows[2].problem
    assert "not valid utf-8" in rows[3].problem


def test_records_are_read_lazily():
    rows = "".join(f"P{i},Q,,,Acme,Eng,2024-01-01\n" for i in range(5000))
    stream = io.BytesIO(linkedin_csv([], notes=False).encode() + rows.encode())
    _, records = open_records(stream, synonyms=columns().fields("contacts"), required=REQUIRED)
    next(records)
    assert stream.tell() < len(stream.getvalue())  # the rest is still unread
