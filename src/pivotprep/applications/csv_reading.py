"""Reading CSV files written by other tools, one record at a time.

A file from LinkedIn, Huntr, a spreadsheet or a hand-edited export may come in any common
encoding (UTF-8 with or without a byte-order mark, UTF-16, Windows-1252, Latin-1), with
commas, semicolons, tabs or pipes, with notes above the header (LinkedIn writes a
"Notes:" paragraph), and with its columns named its own way. This module finds the
encoding (from the first 64 KB), the header line and the delimiter (the line and
separator under which the most known column names appear), maps columns to fields, and
then yields records one by one, so a 50,000-row file is never held in memory.

Problems that make the whole file unreadable raise `FileProblem`; a problem in one line
is reported on that line's `Record` (with its line number in the file) and reading goes
on, so every bad line can be named at once.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

SAMPLE_BYTES = 64 * 1024
MAX_LINE_CHARS = 1_000_000  # a longer line is not a CSV row: refused before it is all read
HEADER_SEARCH_LINES = 40
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "pipes"}
# Bytes Windows-1252 leaves undefined: a file holding them is Latin-1, not Windows-1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


class _Prefixed(io.RawIOBase):
    """A byte stream that gives `prefix` (already read to find the encoding), then the rest."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


class FileProblem(ValueError):
    """The file as a whole cannot be read (empty, no header, a required column missing)."""


@dataclass(frozen=True)
class Layout:
    """What was found about the file before its rows."""

    encoding: str
    delimiter: str
    header_line: int  # 1-based line number of the header in the file
    header: tuple[str, ...]
    fields: Mapping[str, int]  # field -> column index
    ignored: tuple[str, ...] = ()  # header names no field takes

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES[self.delimiter]


@dataclass(frozen=True)
class Record:
    """One row: its line number, its values by field (stripped), or what is wrong with it."""

    line: int
    values: dict[str, str] = field(default_factory=dict)
    problem: str | None = None


def header_key(text: str) -> str:
    """A header name without case, spaces or punctuation: "Company Name" -> "companyname"."""
    return re.sub(r"[^0-9a-z]", "", text.replace("\ufeff", "").casefold())


def detect_encoding(sample: bytes) -> str:
    """The encoding of a file from its first bytes (a BOM, NUL bytes, then a UTF-8 test)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "latin-1" if _CP1252_HOLES & set(sample) else "cp1252"


def _lookup(synonyms: Mapping[str, Sequence[str]], mapping: Mapping[str, str]) -> dict[str, str]:
    """header key -> field: the explicit mapping first, then each field's names."""
    table = {header_key(h): f for h, f in mapping.items() if f}
    for name, words in synonyms.items():
        for word in (name, *words):
            table.setdefault(header_key(word), name)
    return table


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _score(cells: list[str], table: Mapping[str, str]) -> int:
    return len({table[k] for k in (header_key(c) for c in cells) if k in table})


def _best_split(line: str, table: Mapping[str, str]) -> tuple[int, str, list[str]]:
    """(how many known columns, delimiter, cells) for the delimiter that names the most."""
    best = (0, ",", [line])
    for delimiter in DELIMITERS:
        cells = _split(line, delimiter)
        score = _score(cells, table)
        if score > best[0]:
            best = (score, delimiter, cells)
    return best


def _columns(cells: list[str], table: Mapping[str, str]) -> tuple[dict[str, int], list[str]]:
    fields: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        name = table.get(header_key(cell))
        if name is None or name in fields:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        fields[name] = index
    return fields, ignored


def _missing(required: Sequence[Sequence[str]], fields: Mapping[str, int]) -> list[str]:
    return [" or ".join(group) for group in required if not any(f in fields for f in group)]


def _find_header(
    text: io.TextIOWrapper, table: Mapping[str, str], required: Sequence[Sequence[str]]
) -> tuple[int, str, list[str]]:
    """Read lines until the header; returns (its line number, delimiter, cells).

    The header is the first line that names known columns (two, or all of its cells) and
    has a column for each required group. A line that looks like a header but lacks a
    required column is kept as the likely header for the error message, and the search
    goes on (LinkedIn's "Notes:" line names one known column and is not the header)."""
    seen: list[str] = []
    likely: tuple[int, str, list[str]] | None = None
    number = 0
    while len(seen) < HEADER_SEARCH_LINES:
        line = text.readline(MAX_LINE_CHARS)
        if not line:
            break
        number += 1
        if not line.strip():
            continue
        seen.append(line.strip()[:80])
        score, delimiter, cells = _best_split(line.rstrip("\r\n"), table)
        if score >= 2 or (score and score == len(cells)):
            if not _missing(required, _columns(cells, table)[0]):
                return number, delimiter, cells
            if likely is None or score > _score(likely[2], table):
                likely = (number, delimiter, cells)
    if likely is not None:
        return likely
    if not seen:
        raise FileProblem("The file is empty: there is no header and no row to import.")
    wanted = "; ".join(" or ".join(g) for g in required) or "known columns"
    raise FileProblem(
        f"No header row found in the first {len(seen)} non-empty lines (the first reads "
        f"{seen[0]!r}). Expected column names for {wanted}; a column named another way can "
        "be mapped ('Their Header=field')."
    )


def open_records(
    stream: BinaryIO,
    *,
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[Sequence[str]] = (),
    mapping: Mapping[str, str] | None = None,
    empty_values: Sequence[str] = (),
) -> tuple[Layout, Iterator[Record]]:
    """Find the file's layout, then give its records lazily (see the module docstring).

    `synonyms` maps each field to the header names it accepts; `required` lists groups of
    fields of which one must be present; `mapping` ("Their Header" -> field) wins over
    the synonyms; cells equal to one of `empty_values` ("-" in Huntr) are read as empty.
    """
    unknown = sorted({f for f in (mapping or {}).values() if f and f not in synonyms})
    if unknown:
        raise FileProblem(
            f"The column mapping names unknown fields {', '.join(unknown)}; the fields are: "
            f"{', '.join(synonyms)}."
        )
    sample = stream.read(SAMPLE_BYTES)
    encoding = detect_encoding(sample)
    raw = io.BufferedReader(_Prefixed(sample, stream))
    text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    table = _lookup(synonyms, mapping or {})
    header_line, delimiter, cells = _find_header(text, table, required)
    fields, ignored = _columns(cells, table)
    missing = _missing(required, fields)
    if missing:
        found = ", ".join(c.strip() for c in cells if c.strip())
        raise FileProblem(
            f"Line {header_line} (the header) has no column for {'; '.join(missing)}. Its "
            f"columns are: {found}. Rename the column or map it ('Their Header=field')."
        )
    layout = Layout(encoding, delimiter, header_line, tuple(cells), fields, tuple(ignored))
    return layout, _records(text, layout, frozenset(empty_values))


def _records(text: io.TextIOWrapper, layout: Layout, empty: frozenset[str]) -> Iterator[Record]:
    reader = csv.reader(text, delimiter=layout.delimiter)
    width = len(layout.header)
    consumed = 0
    while True:
        start = layout.header_line + consumed + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FileProblem(
                f"Line {start} cannot be read as CSV ({exc}); nothing after it can be trusted."
            ) from None
        consumed = reader.line_num
        joined = "".join(row)
        if not joined.strip():
            continue
        yield _record(start, row, joined, width, layout, empty)


def _record(
    line: int, row: list[str], joined: str, width: int, layout: Layout, empty: frozenset[str]
) -> Record:
    if len(row) > width and any(cell.strip() for cell in row[width:]):
        return Record(
            line,
            problem=(
                f"has {len(row)} values where the header has {width} (a "
                f"{layout.delimiter_name[:-1]} inside a value needs quotes around the value)"
            ),
        )
    if len(row) == 1 and width >= 3:
        return Record(
            line,
            problem=(
                f"has one value where the header has {width}: is it separated by something "
                f"other than {layout.delimiter_name}?"
            ),
        )
    if "\ufffd" in joined:
        return Record(
            line,
            problem=(
                f"holds bytes that are not valid {layout.encoding} (the encoding found at the "
                "start of the file); save the file as UTF-8 and import it again"
            ),
        )
    values = {}
    for name, index in layout.fields.items():
        cell = row[index].strip() if index < len(row) else ""
        values[name] = "" if cell in empty else cell
    return Record(line, values)
