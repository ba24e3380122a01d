"""Errors a user can cause, and the next step each one offers.

The tree (each interface maps a class to its own reaction: the CLI prints the message and
exits 2; the web sets one HTTP status per class, in `web/errors.py`):

    UserError                      something the user can fix (400)
    ├── ValidationError            a value is out of range or of the wrong kind (422)
    ├── NotFoundError              the thing asked for does not exist (404)
    ├── ConflictError              the request clashes with the current state (409)
    ├── LockedError                the thing exists but is locked for now (423)
    ├── InputTooLargeError         an upload or paste exceeds a limit (413)
    ├── UnavailableError           a facility it needs is missing on this machine (503)
    ├── StorageError               the database cannot be opened or written (503)
    ├── ImportFormatError          an import file is corrupt, foreign or too new (422)
    └── PackError                  a content pack (problems, prompts ...) is malformed (422)

Messages are written for any interface: they never name a CLI flag or a web button. Where
the user's next move is an action of the app ("list the problems", "start the problem"),
the error carries it as a `NextStep`, and each interface words it its own way (a command
in the CLI, a link on the web). Anything else reaching a user is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class NextStep:
    """An action the user can take next, as data: `action` is a stable id such as
    "practice.start", `params` its arguments ({"problem_id": "two-sum"}). Each interface
    keeps one table from action ids to its own words (`cli/next_steps.py`,
    `web/next_steps.py`)."""

    action: str
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


class UserError(Exception):
    """Something the user can fix. `field` names the form field it belongs to, if any;
    `next_step` is the action that fixes it, if the app offers one."""

    def __init__(
        self, message: str, *, field: str | None = None, next_step: NextStep | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.next_step = next_step

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value is out of range or of the wrong kind. May carry several field errors."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        errors: dict[str, str] | None = None,
        next_step: NextStep | None = None,
    ) -> None:
        super().__init__(message, field=field, next_step=next_step)
        self.errors: dict[str, str] = dict(errors or ({field: message} if field else {}))


class NotFoundError(UserError):
    """The thing asked for does not exist (no profile yet, unknown problem id...)."""


class ConflictError(UserError):
    """The request clashes with the current state (not started yet, does not fit...)."""


class LockedError(UserError):
    """The thing exists but is locked for now (a solution before its lock opens)."""


class UnavailableError(UserError):
    """Something the request needs is missing on this machine (a sandbox, an extra)."""


class PackError(UserError):
    """A content pack (a problem, a prompt, a dataset...) is malformed; the message names
    the file and what is wrong."""


class StorageError(UserError):
    """The database cannot be opened or written (path not writable, server down)."""


class ImportFormatError(UserError):
    """An import file is corrupt, foreign or from a newer pivotprep."""


class InputTooLargeError(UserError):
    """An upload or paste exceeds a limit; the message states the limit."""
