"""One HTTP status per error class, set here and nowhere else.

Routes that re-render a form with an error call `status_for(error)`; the app's exception
handler does the same for errors that escape a route.
"""

from __future__ import annotations

from pivotprep.core.errors import (
    ConflictError,
    ImportFormatError,
    InputTooLargeError,
    LockedError,
    NotFoundError,
    PackError,
    StorageError,
    UnavailableError,
    UserError,
    ValidationError,
)

STATUS: dict[type[UserError], int] = {
    ValidationError: 422,
    NotFoundError: 404,
    ConflictError: 409,
    LockedError: 423,
    InputTooLargeError: 413,
    UnavailableError: 503,
    StorageError: 503,
    ImportFormatError: 422,
    PackError: 422,
    UserError: 400,
}


def status_for(error: UserError) -> int:
    """The status of the most specific class in `STATUS` that `error` is an instance of."""
    for kind in type(error).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    return 400
