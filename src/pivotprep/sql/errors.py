"""The errors of SQL practice, each a `pivotprep.core.errors` class, so that every
interface reacts to them the same way (the CLI exits 2; the web sets the status of the
base class: the query errors are 422, beside the editor):

    ValidationError
    ├── SqlQueryError      DuckDB rejected the query (`hint`: dialect help, when there is some)
    ├── SqlSafetyError     the query does something practice connections do not allow
    ├── SqlTimeoutError    the query ran past the time limit and was cancelled
    └── SqlMemoryError     the query needed more memory than practice allows
    PackError
    └── SqlPackError       an SQL problem pack breaks the format (also a ValueError)

The worker process (`worker.py`) sends these back by name; `SENDABLE` lists the classes it
may send, so that nothing else is rebuilt from a name.
"""

from __future__ import annotations

from pivotprep.core.errors import PackError, UserError, ValidationError


class SqlQueryError(ValidationError):
    """DuckDB rejected the query; `hint` carries dialect help when there is some, and
    `rewrite` a rewritten query (read as the dialect `source`) that the judge runs before it
    offers it."""

    def __init__(
        self,
        message: str,
        hint: str | None = None,
        rewrite: str | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(message, field="query")
        self.hint = hint
        self.rewrite = rewrite
        self.source = source


class SqlSafetyError(ValidationError):
    """The query tries to do something practice connections do not allow."""


class SqlTimeoutError(ValidationError):
    """The query ran past the time limit and was cancelled."""


class SqlMemoryError(ValidationError):
    """The query needed more memory than practice allows (`worker.py` caps it)."""


class SqlPackError(PackError, ValueError):
    """A problem pack breaks the format (a content bug, caught by the validate test). Also a
    `ValueError`, as pack loaders catch it."""


# The errors the worker may raise and the parent rebuilds, by class name.
SENDABLE: dict[str, type[UserError]] = {
    kind.__name__: kind
    for kind in (
        UserError,
        ValidationError,
        SqlQueryError,
        SqlSafetyError,
        SqlTimeoutError,
        SqlMemoryError,
    )
}


def rebuild(
    name: str,
    message: str,
    field: str | None,
    hint: str | None,
    rewrite: str | None = None,
    source: str | None = None,
) -> UserError:
    """The worker's error as the same class, message, field, hint and rewrite (a class the
    worker may not send comes back as a plain `UserError` with its message)."""
    kind = SENDABLE.get(name, UserError)
    if kind is SqlQueryError:
        return SqlQueryError(message, hint=hint, rewrite=rewrite, source=source)
    return kind(message, field=field)
