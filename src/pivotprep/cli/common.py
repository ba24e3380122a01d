"""What every CLI module shares: a console and a migrated database session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from sqlalchemy.orm import Session

_console: Console | None = None


def console() -> Console:
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console(highlight=False)
    return _console


@contextmanager
def db_session() -> Iterator[Session]:
    """A session on the configured database, upgraded to the current schema first."""
    from pivotprep.core.db import get_engine, session_scope
    from pivotprep.core.migrate import ensure_current

    engine = get_engine()
    ensure_current(engine)
    with session_scope(engine) as session:
        yield session
