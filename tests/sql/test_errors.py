"""SQL practice's errors (sql/errors.py): what the worker sends back is rebuilt from a fixed
table of classes, never by a module name, and each error has the status of its base class."""

from __future__ import annotations

from pivotprep.core.errors import PackError, UserError, ValidationError
from pivotprep.sql.errors import (
    SENDABLE,
    SqlMemoryError,
    SqlPackError,
    SqlQueryError,
    SqlTimeoutError,
    rebuild,
)
from pivotprep.web.errors import status_for


def test_the_worker_errors_come_back_as_the_same_class_with_their_details() -> None:
    error = rebuild("SqlQueryError", "DuckDB: no such table", "query", "use LIMIT")
    assert type(error) is SqlQueryError and error.hint == "use LIMIT" and error.field == "query"
    timeout = rebuild("SqlTimeoutError", "ran too long", "query", None)
    assert type(timeout) is SqlTimeoutError and timeout.message == "ran too long"


def test_a_class_outside_the_table_comes_back_as_a_plain_user_error() -> None:
    assert "os.system" not in SENDABLE and "PackError" not in SENDABLE
    error = rebuild("os.system", "odd", None, None)
    assert type(error) is UserError and error.message == "odd"


def test_query_errors_are_shown_beside_the_editor_with_one_status() -> None:
    assert all(status_for(kind("x")) == 422 for kind in (SqlQueryError, SqlMemoryError))
    assert issubclass(SqlTimeoutError, ValidationError)


def test_a_broken_pack_is_a_pack_error_and_still_a_value_error() -> None:
    assert issubclass(SqlPackError, PackError) and issubclass(SqlPackError, ValueError)
    assert status_for(SqlPackError("sql-x: missing meta.yaml")) == 422
