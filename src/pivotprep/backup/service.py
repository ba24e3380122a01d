"""`pivotprep export` / `pivotprep import`: every table, generically.

The file is JSON: a format marker, the pivotprep version and the schema's Alembic
revisions, then each table of `Base.metadata` (after `registry.import_all_models()`) in
foreign-key order as column names and rows. Nothing here names a feature's table, so
tables added later are exported and restored without code changes.

Import checks the whole file before touching the database, then replaces every table's
rows in one transaction: a corrupt, foreign, truncated or newer file raises
`ImportFormatError` and leaves the database exactly as it was. The file is hostile until
checked: nesting deeper than any export is refused before Python's recursion limit is near,
integers must fit the database's 64 bits, floats must be finite, and every JSON column's
value is validated against the type the app's model declares for it (`Mapped[list[str]]`
...), with pydantic in strict mode, so no page later meets a value it cannot read.

Beyond types, each row must hold what its feature would itself have stored: a column's
`info[IMPORT_CHECK]` and a table's `info[IMPORT_ROW_CHECK]` (see `core.models`) are set by
the feature that owns the table from its own validators (the profile form's checks, the
applications' stages, the plan's steps, FSRS ratings). Every wrong value is reported, one
line each naming table, row, column and why (the first MAX_PROBLEMS of them), and nothing
is changed.
"""

from __future__ import annotations

import base64
import json
import math
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args, get_type_hints

from pydantic import TypeAdapter
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    Time,
    Uuid,
    func,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError

from pivotprep import __version__
from pivotprep.core.errors import ImportFormatError, InputTooLargeError
from pivotprep.core.files import write_text_atomic

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_IMPORT_BYTES",
    "export_data",
    "export_file_name",
    "export_to",
    "import_data",
    "import_from",
    "import_upload",
    "parse_export",
    "read_file",
    "validate",
]

FORMAT = "pivotprep-backup"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024


def _tables() -> list[Table]:
    from pivotprep.core.models import Base
    from pivotprep.registry import import_all_models

    import_all_models()
    return list(Base.metadata.sorted_tables)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def _utc(value: Any) -> Any:
    """SQLite hands back timezone-aware columns as naive UTC; say so, as PostgreSQL does."""
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class _Bad(Exception):
    pass


def _bool(column_type: Any, value: Any) -> Any:
    if not isinstance(value, bool):
        raise _Bad
    return value


def _text(column_type: Any, value: Any) -> Any:
    if not isinstance(value, str):
        raise _Bad
    length = getattr(column_type, "length", None)
    if length and len(value) > length:
        raise _Bad
    return value


MAX_DEPTH = 32  # an export nests tables > rows > a JSON column's own few levels
INT_RANGES = {"SmallInteger": 15, "Integer": 63, "BigInteger": 63}


def _int(column_type: Any, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad
    bits = INT_RANGES.get(type(column_type).__name__, 63)
    if not -(2**bits) <= value < 2**bits:
        raise _Bad
    return value


def _float(column_type: Any, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad
    if isinstance(value, int) and abs(value) >= 2**63:
        raise _Bad
    if not math.isfinite(value):
        raise _Bad
    return float(value)


def _uuid(column_type: Any, value: Any) -> Any:
    parsed = uuid.UUID(str(value))
    return parsed if column_type.as_uuid else str(parsed)


# How a JSON value becomes what a column of each type holds, most specific type first
# (DateTime before Date, Boolean and Integer before Float and Numeric). A type not listed
# (JSON and the rest) keeps the value as it is.
DECODERS: tuple[tuple[type, Callable[[Any, Any], Any]], ...] = (
    (DateTime, lambda _, v: datetime.fromisoformat(v)),
    (Date, lambda _, v: date.fromisoformat(v)),
    (Time, lambda _, v: time.fromisoformat(v)),
    (Uuid, _uuid),
    (LargeBinary, lambda _, v: base64.b64decode(v.encode("ascii"), validate=True)),
    (Boolean, _bool),
    (Integer, _int),
    (Float, _float),
    (Numeric, lambda _, v: Decimal(str(v))),
    (String, _text),
    (Text, _text),
)


def _decode(column_type: Any, value: Any) -> Any:
    """Turn a JSON value back into what the column holds; raise _Bad if it cannot be."""
    if value is None:
        return None
    decode = next((d for kind, d in DECODERS if isinstance(column_type, kind)), None)
    if decode is None:
        return value
    try:
        return decode(column_type, value)
    except (TypeError, ValueError, AttributeError, InvalidOperation):
        raise _Bad from None


def export_data(engine: Engine) -> dict[str, Any]:
    """Everything in the database, as a JSON-ready dict."""
    from pivotprep.core.clock import now
    from pivotprep.core.migrate import current_revisions, ensure_current

    ensure_current(engine)
    tables: dict[str, Any] = {}
    with engine.connect() as conn:
        for table in _tables():
            columns = [c.name for c in table.columns]
            order = [c for c in table.primary_key.columns] or list(table.columns)
            aware = [isinstance(c.type, DateTime) and c.type.timezone for c in table.columns]
            rows = conn.execute(select(*table.columns).order_by(*order))
            tables[table.name] = {
                "columns": columns,
                "rows": [
                    [_encode(_utc(v) if tz else v) for v, tz in zip(row, aware, strict=True)]
                    for row in rows
                ],
            }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "pivotprep_version": __version__,
        "alembic_revisions": sorted(current_revisions(engine)),
        "exported_at": now().isoformat(),
        "tables": tables,
    }


def export_to(engine: Engine, path: Path) -> dict[str, int]:
    """Write the export to `path`; returns the row count per table."""
    data = export_data(engine)
    payload = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    try:
        write_text_atomic(path, payload + "\n", make_parents=False)
    except OSError as exc:
        from pivotprep.core.errors import StorageError

        raise StorageError(f"Cannot write {path}: {exc.strerror or exc}.") from None
    return {name: len(t["rows"]) for name, t in data["tables"].items()}


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from pivotprep.core.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


Checked = dict[str, tuple[Table, list[str], list[dict[str, Any]]]]
UNCHANGED = "Nothing was changed."


def _check_header(data: object) -> dict[str, Any]:
    """The format marker, version and schema revisions; the file's tables section."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(
            f"This is not a pivotprep export file (no pivotprep format marker). {UNCHANGED}"
        )
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ImportFormatError(f"The export file has no valid format version. {UNCHANGED}")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"This file was written by a newer pivotprep ({data.get('pivotprep_version')}, "
            f"format {version}); upgrade pivotprep to import it. {UNCHANGED}"
        )
    revisions = data.get("alembic_revisions")
    if not isinstance(revisions, list) or not all(isinstance(r, str) for r in revisions):
        raise ImportFormatError(f"The export file lists no schema revisions. {UNCHANGED}")
    unknown = sorted(set(revisions) - _known_revisions())
    if unknown:
        raise ImportFormatError(
            f"This file comes from a newer pivotprep (schema revisions {', '.join(unknown)} are "
            f"unknown here); upgrade pivotprep to import it. {UNCHANGED}"
        )
    raw_tables = data.get("tables")
    if not isinstance(raw_tables, dict):
        raise ImportFormatError(f"The export file has no tables section. {UNCHANGED}")
    return raw_tables


def _check_columns(name: str, table: Table, section: object) -> tuple[list[str], list[Any]]:
    """A table's section: known columns, each once, the required ones present."""
    if not isinstance(section, dict):
        raise ImportFormatError(f"Table {name} is malformed in the export. {UNCHANGED}")
    columns, rows = section.get("columns"), section.get("rows")
    if not isinstance(columns, list) or not isinstance(rows, list):
        raise ImportFormatError(f"Table {name} is malformed in the export. {UNCHANGED}")
    unknown_cols = [c for c in columns if c not in table.columns]
    if unknown_cols or len(set(columns)) != len(columns):
        raise ImportFormatError(
            f"Table {name} has unknown or repeated columns {unknown_cols} in the export. "
            f"{UNCHANGED}"
        )
    missing = [
        c.name
        for c in table.columns
        if c.name not in columns and not c.nullable and c.default is None
        if c.server_default is None
    ]
    if missing:
        raise ImportFormatError(
            f"Table {name} lacks required columns {missing} in the export. {UNCHANGED}"
        )
    return columns, rows


@lru_cache(maxsize=1)
def _json_shapes() -> dict[tuple[str, str], TypeAdapter[Any]]:
    """(table, column) -> a validator of the type the app's model declares for a JSON column
    (`Mapped[list[str]]` gives `list[str]`). Read from the mapped classes, so a feature's
    new JSON column is checked without code here."""
    from pivotprep.core.models import Base

    _tables()  # every model imported
    shapes: dict[tuple[str, str], TypeAdapter[Any]] = {}
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if not isinstance(table, Table):
            continue
        hints = _hints(mapper.class_)
        for column in table.columns:
            if not isinstance(column.type, JSON):
                continue
            inner = get_args(hints.get(mapper.get_property_by_column(column).key))
            if inner:
                shapes[(table.name, column.name)] = TypeAdapter(inner[0])
    return shapes


def _hints(cls: type) -> dict[str, Any]:
    """The class's resolved annotations; those that cannot be resolved are left out."""
    try:
        return get_type_hints(cls)
    except (NameError, TypeError):
        module = vars(sys.modules[cls.__module__])
        hints: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for key, raw in getattr(klass, "__annotations__", {}).items():
                try:
                    hints[key] = eval(raw, module) if isinstance(raw, str) else raw  # noqa: S307
                except (NameError, TypeError, SyntaxError):
                    continue
        return hints


def _check_shape(table: str, column: str, value: Any) -> None:
    """Raise _Bad if a JSON column's value is not of the type its model declares."""
    shape = _json_shapes().get((table, column))
    if shape is None or value is None:
        return
    try:
        shape.validate_python(value, strict=True)
    except PydanticValidationError:
        raise _Bad from None


def _check_readable(column: Any, value: Any) -> None:
    """Raise _Bad if the column's own check (`info[IMPORT_CHECK]`, set by its feature: an FSRS
    card must be one FSRS reads, a stage one the feature knows) refuses the value; a
    ValueError's message says why."""
    from pivotprep.core.models import IMPORT_CHECK

    check = column.info.get(IMPORT_CHECK)
    if check is None or value is None:
        return
    try:
        check(value)
    except ValueError as exc:
        raise _Bad(str(exc)) from None
    except Exception:  # noqa: BLE001 - whatever the feature's reader raises, it is refused
        raise _Bad from None


def _depth(data: object) -> int:
    """How deeply lists and dicts nest in `data` (iteratively: a hostile file cannot make
    this recurse)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


MAX_PROBLEMS = 20  # values named in one refusal; the rest are counted


class _Problems:
    """Every wrong value found in a file, one line each, the first MAX_PROBLEMS kept."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.count = 0

    def add(self, name: str, number: int, column: str, value: object, why: str) -> None:
        self.count += 1
        if self.count <= MAX_PROBLEMS:
            self.lines.append(f"Table {name}, row {number}, {column} = {str(value)[:60]!r}: {why}")

    def raise_any(self) -> None:
        if not self.count:
            return
        more = self.count - len(self.lines)
        tail = [f"... and {more} more wrong values."] if more else []
        plural = "value is" if self.count == 1 else "values are"
        raise ImportFormatError(
            "\n".join([f"The export file was refused: {self.count} {plural} wrong.",
                       *self.lines, *tail, UNCHANGED])
        )  # fmt: skip


def _decode_row(
    name: str, table: Table, columns: list[str], number: int, row: object, problems: _Problems
) -> dict[str, Any]:
    """One row as column -> value, each value of its column's type and shape, and one the
    feature itself accepts (its column and row checks); each wrong value goes to `problems`."""
    if not isinstance(row, list) or len(row) != len(columns):
        raise ImportFormatError(f"Row {number} of table {name} is malformed. {UNCHANGED}")
    record: dict[str, Any] = {}
    wrong: set[str] = set()
    for column_name, value in zip(columns, row, strict=True):
        column = table.columns[column_name]
        try:
            record[column_name] = _decode(column.type, value)
            _check_shape(name, column_name, record[column_name])
            _check_readable(column, record[column_name])
        except _Bad as bad:
            why = str(bad) or "not a valid value for this column."
            problems.add(name, number, column_name, value, why)
            wrong.add(column_name)
            continue
        if record[column_name] is None and not column.nullable:
            problems.add(name, number, column_name, value, "empty, but required.")
            wrong.add(column_name)
    if not wrong:
        _check_row(name, table, number, record, problems)
    return record


def _check_row(
    name: str, table: Table, number: int, record: dict[str, Any], problems: _Problems
) -> None:
    """The table's own check of a whole row (`info[IMPORT_ROW_CHECK]`, set by its feature:
    the profile runs its form's validator)."""
    from pivotprep.core.models import IMPORT_ROW_CHECK

    check = table.info.get(IMPORT_ROW_CHECK)
    if check is None:
        return
    try:
        found = dict(check(record))
    except Exception:  # noqa: BLE001 - a row the feature's own check cannot read is refused
        found = {next(iter(record), "row"): "the feature cannot read this row."}
    for column_name, why in found.items():
        problems.add(name, number, column_name, record.get(column_name), why)


def validate(data: object) -> Checked:
    """Check a parsed export completely; return each table's decoded rows."""
    if _depth(data) > MAX_DEPTH:
        raise ImportFormatError(
            f"The export file nests values deeper than any export ({MAX_DEPTH} levels). {UNCHANGED}"
        )
    raw_tables = _check_header(data)
    tables = {t.name: t for t in _tables()}
    extra = sorted(set(raw_tables) - set(tables))
    if extra:
        raise ImportFormatError(
            f"The export file has tables this pivotprep does not know ({', '.join(extra)}): it "
            f"comes from a newer or a different program. {UNCHANGED}"
        )
    out: Checked = {}
    problems = _Problems()
    for name, table in tables.items():
        empty = {"columns": [c.name for c in table.columns], "rows": []}
        columns, rows = _check_columns(name, table, raw_tables.get(name, empty))
        decoded = [
            _decode_row(name, table, columns, n, row, problems) for n, row in enumerate(rows, 1)
        ]
        out[name] = (table, columns, decoded)
    problems.raise_any()
    return out


def export_file_name(on: date) -> str:
    """The name an export is saved under by default: pivotprep-export-2026-01-31.json."""
    return f"pivotprep-export-{on.isoformat()}.json"


def parse_export(raw: bytes, name: str) -> object:
    """The JSON of an export file's bytes (`name`: how the file is called in messages).
    Refuses, before parsing, a file larger than any export."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InputTooLargeError(
            f"{name} is larger than {MAX_IMPORT_BYTES // 2**20} MB; an export never is."
        )
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError:
        raise ImportFormatError(
            f"{name} nests values deeper than any export. {UNCHANGED}"
        ) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportFormatError(
            f"{name} is not a complete pivotprep export (it is corrupt or truncated: "
            f"{exc.__class__.__name__}). {UNCHANGED}"
        ) from None


def _no_constant(name: str) -> Any:
    """NaN and Infinity are not JSON, and no column holds them."""
    raise ValueError(f"{name} is not a number an export holds")


def read_file(path: Path) -> object:
    """The parsed export in the file at `path` (its size is checked before reading)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if size > MAX_IMPORT_BYTES:
        raise InputTooLargeError(
            f"{path} is {size // 2**20} MB; an export is at most {MAX_IMPORT_BYTES // 2**20} MB."
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    return parse_export(raw, path.name)


def import_upload(engine: Engine, name: str, raw: bytes) -> dict[str, int]:
    """Replace everything with an uploaded export file's content (checked fully first)."""
    return import_data(engine, parse_export(raw, name))


def import_data(engine: Engine, data: object) -> dict[str, int]:
    """Replace everything in the database with `data`, in one transaction."""
    from pivotprep.core.migrate import ensure_current

    checked = validate(data)
    ensure_current(engine)
    ordered = [checked[t.name] for t in _tables()]
    try:
        with engine.begin() as conn:
            for table, _, _ in reversed(ordered):
                conn.execute(table.delete())
            for table, _, rows in ordered:
                if rows:
                    conn.execute(table.insert(), rows)
            if conn.dialect.name == "postgresql":
                for table, _, _ in ordered:
                    _reset_sequence(conn, table)
    except DBAPIError as exc:
        raise ImportFormatError(
            f"The export file's data is inconsistent ({exc.orig.__class__.__name__}: "
            f"{str(exc.orig).splitlines()[0][:160]}). Nothing was changed."
        ) from None
    return {table.name: len(rows) for table, _, rows in ordered}


def _reset_sequence(conn: Any, table: Table) -> None:
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not isinstance(pk[0].type, Integer):
        return
    # The name is resolved by PostgreSQL, not translated by SQLAlchemy: in server mode it
    # must name the learner's schema, or it finds no table.
    schema = (conn.get_execution_options().get("schema_translate_map") or {}).get(None)
    name = f'"{schema}"."{table.name}"' if schema else table.name
    sequence = conn.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": name, "c": pk[0].name}
    ).scalar()
    if not sequence:
        return
    top = conn.execute(select(func.max(pk[0]))).scalar()
    conn.execute(
        text("SELECT setval(:s, :v, :called)"),
        {"s": sequence, "v": top or 1, "called": top is not None},
    )


def import_from(engine: Engine, path: Path) -> dict[str, int]:
    return import_data(engine, read_file(path))
