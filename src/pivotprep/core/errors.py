"""Errors a user can cause. Each message says what to do next.

The CLI prints a `UserError` and exits 2; the web shows it next to the field it names.
Anything else reaching a user is a bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix. `field` names the form field it belongs to, if any."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value is out of range or of the wrong kind. May carry several field errors."""

    def __init__(
        self, message: str, *, field: str | None = None, errors: dict[str, str] | None = None
    ) -> None:
        super().__init__(message, field=field)
        self.errors: dict[str, str] = dict(errors or ({field: message} if field else {}))


class NotFoundError(UserError):
    """The thing asked for does not exist (no profile yet, unknown problem id...)."""


class StorageError(UserError):
    """The database cannot be opened or written (path not writable, server down)."""


class ImportFormatError(UserError):
    """An import file is corrupt, foreign or from a newer pivotprep."""


class InputTooLargeError(UserError):
    """An upload or paste exceeds a limit; the message states the limit."""
