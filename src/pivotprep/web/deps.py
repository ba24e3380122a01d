"""FastAPI dependencies: a database session per request.

The session commits when the route function returns and *before* the response is sent
(`scope="function"`). With FastAPI's default scope the commit would run after the
response has left, so a browser following a POST's redirect could read the page before
the write landed, and a failed commit would already have been reported as a success.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pivotprep.core.db import session_scope


def request_engine(request: Request) -> Engine:
    """The engine this request reads and writes: in server mode the logged-in learner's
    (set by the server guard), otherwise the app's."""
    engine: Engine | None = request.scope.get("state", {}).get("engine")
    return engine if engine is not None else request.app.state.engine


def get_session(request: Request) -> Iterator[Session]:
    """A session that commits when the route returns and rolls back if it raises."""
    with session_scope(request_engine(request)) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
