"""Plain rows for the pages that read hundreds of records per request.

`rows(session, statement)` runs a column select on the session's connection, bypassing
the ORM's per-row bookkeeping (the jobs page reads every application, contact and
outreach step it summarises); the session is flushed first, so what this request wrote
is seen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable
from sqlalchemy.engine import Result
from sqlalchemy.orm import Session


def rows(session: Session, statement: Executable) -> Result[Any]:
    session.flush()
    return session.connection().execute(statement)
