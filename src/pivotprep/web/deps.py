"""FastAPI dependencies: a database session per request."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from pivotprep.core.db import session_scope


def get_session(request: Request) -> Iterator[Session]:
    """A session that commits when the route returns and rolls back if it raises."""
    with session_scope(request.app.state.engine) as session:
        yield session
