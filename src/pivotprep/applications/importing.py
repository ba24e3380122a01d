"""CSV import, for every kind of file the feature reads (contacts, applications,
companies): one transaction, bounded memory, a message per problem line.

The file is read record by record (csv_reading.py) and written in batches of
`BATCH` rows inside a savepoint. A line that cannot be read or checked is collected with
its line number. At the end, if any line had a problem, the savepoint is rolled back and
`ImportRejectedError` lists the lines, so nothing is stored half-way; with
`skip_bad=True` the good lines are kept and the bad ones reported as skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO, Protocol

from sqlalchemy.orm import Session

from pivotprep.applications.content import CSV_KINDS, columns
from pivotprep.applications.csv_reading import FileProblem, Record, header_key, open_records
from pivotprep.core.errors import InputTooLargeError, NextStep, ValidationError

MAX_ROWS = 100_000
BATCH = 1_000
SHOWN_PROBLEMS = 20
KEPT_PROBLEMS = 500
OUR_MARKER = "pivotprepref"  # header_key of the first column of pivotprep's own exports
REQUIRED = {
    "contacts": (("first_name", "last_name", "name", "url", "email"), ("company",)),
    "applications": (("company",),),
    "companies": (("name",),),
}


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: str

    def words(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    kind: str
    rows: int
    created: int
    updated: int
    skipped: tuple[LineProblem, ...]  # the first KEPT_PROBLEMS
    skipped_count: int
    encoding: str
    delimiter: str  # "commas", "semicolons" ...
    header_line: int
    ignored_columns: tuple[str, ...]


class ImportRejectedError(ValidationError):
    """Lines had problems and nothing was stored; `problems` names them."""

    def __init__(self, problems: Sequence[LineProblem], count: int, kind: str) -> None:
        shown = "\n".join(f"  {p.words()}" for p in problems[:SHOWN_PROBLEMS])
        more = f"\n  ... and {count - SHOWN_PROBLEMS:,} more" if count > SHOWN_PROBLEMS else ""
        lines = "line has" if count == 1 else f"{count:,} lines have"
        super().__init__(
            f"Nothing was imported: {lines} a problem. Fix them and import the file again, "
            f"or import only the good lines.\n{shown}{more}",
            field="file",
            next_step=NextStep("applications.import_skip_bad", {"kind": kind}),
        )
        self.problems = tuple(problems)
        self.count = count


class Sink(Protocol):
    """What one kind of file does with its rows."""

    created: int
    updated: int

    def parse(self, values: dict[str, str]) -> object:
        """A checked row; ValueError with a message for the line."""
        ...

    def store(self, rows: list[tuple[int, object]]) -> list[LineProblem]:
        """Write a batch; problems found only now (a duplicate) come back."""
        ...


def parse_mapping(entries: str | Iterable[str] | None) -> dict[str, str]:
    """ "Their Header=field" entries (one per item, or per line / comma in a string)."""
    if entries is None:
        return {}
    if isinstance(entries, str):
        entries = entries.replace("\n", ",").split(",")
    mapping: dict[str, str] = {}
    for entry in entries:
        if not entry.strip():
            continue
        header, sep, target = entry.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise ValidationError(
                f"Column mapping {entry.strip()[:60]!r} should read 'Their Header=field'.",
                field="mapping",
            )
        mapping[header.strip()] = target.strip().lower().replace(" ", "_")
    return mapping


def preset_mapping(kind: str, preset: str | None) -> tuple[dict[str, str], tuple[str, ...], str]:
    """(header -> field, empty values, ref prefix) for a known tracker's export."""
    if not preset:
        return {}, (), ""
    presets = columns().presets
    found = presets.get(preset.strip().lower())
    if found is None or found.kind != kind:
        known = ", ".join(n for n, p in presets.items() if p.kind == kind) or "none"
        raise ValidationError(
            f"Unknown export format {preset!r} for {kind}; known: {known}. For another "
            "tool, map its columns yourself ('Their Header=field').",
            field="preset",
        )
    return dict(found.columns), tuple(found.empty_values), found.ref_prefix


def _unescape(record: Record) -> Record:
    """pivotprep's exports put ' before a value a spreadsheet would run as a formula."""
    values = {k: v[1:] if v.startswith("'") else v for k, v in record.values.items()}
    return Record(record.line, values, record.problem)


def _batches(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    while batch := list(islice(records, size)):
        yield batch


@dataclass
class _Tally:
    rows: int = 0
    count: int = 0

    def __post_init__(self) -> None:
        self.kept: list[LineProblem] = []

    def add(self, problems: Iterable[LineProblem]) -> None:
        for problem in problems:
            self.count += 1
            if len(self.kept) < KEPT_PROBLEMS:
                self.kept.append(problem)


def _check_batch(batch: list[Record], sink: Sink, tally: _Tally) -> list[tuple[int, object]]:
    good: list[tuple[int, object]] = []
    for record in batch:
        tally.rows += 1
        if tally.rows > MAX_ROWS:
            raise InputTooLargeError(
                f"The file has more than {MAX_ROWS:,} rows; split it and import the parts. "
                "Nothing was imported.",
                field="file",
            )
        if record.problem:
            tally.add([LineProblem(record.line, record.problem)])
            continue
        try:
            good.append((record.line, sink.parse(record.values)))
        except ValueError as bad:
            tally.add([LineProblem(record.line, str(bad))])
    return good


def run_import(
    session: Session,
    kind: str,
    stream: BinaryIO,
    make_sink: Callable[[str], Sink],
    *,
    mapping: Mapping[str, str] | None = None,
    preset: str | None = None,
    skip_bad: bool = False,
) -> ImportResult:
    """Read `stream` as a `kind` file and store it through the sink `make_sink(prefix)`."""
    if kind not in CSV_KINDS:
        raise ValidationError(f"Unknown kind of file {kind!r}; use one of {CSV_KINDS}.")
    preset_map, empty, prefix = preset_mapping(kind, preset)
    try:
        layout, records = open_records(
            stream,
            synonyms=columns().fields(kind),
            required=REQUIRED[kind],
            mapping={**preset_map, **(mapping or {})},
            empty_values=empty,
        )
    except FileProblem as problem:
        raise ValidationError(str(problem), field="file") from None
    if OUR_MARKER in {header_key(h) for h in layout.header}:
        records = (_unescape(r) for r in records)
    sink = make_sink(prefix)
    tally = _Tally()
    with session.begin_nested():
        try:
            for batch in _batches(records, BATCH):
                tally.add(sink.store(_check_batch(batch, sink, tally)))
        except FileProblem as problem:
            raise ValidationError(str(problem), field="file") from None
        if not tally.rows:
            raise ValidationError(
                f"The file has a header (line {layout.header_line}) but no rows under it; "
                "nothing was imported.",
                field="file",
            )
        if tally.count and not skip_bad:
            raise ImportRejectedError(tally.kept, tally.count, kind)
    return ImportResult(
        kind,
        tally.rows,
        sink.created,
        sink.updated,
        tuple(tally.kept),
        tally.count,
        layout.encoding,
        layout.delimiter_name,
        layout.header_line,
        layout.ignored,
    )
