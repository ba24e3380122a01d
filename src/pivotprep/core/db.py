"""Database engine and sessions for SQLite (default) and PostgreSQL.

SQLite runs in WAL mode with foreign keys on and a busy timeout, so the web app and a
CLI command can share one file. Features receive a `Session`; none of them knows which
database is behind it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pivotprep.core.errors import StorageError
from pivotprep.core.files import make_private_dirs, make_private_file

_engines: dict[str, Engine] = {}


def _sqlite_path(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _check_writable(path: Path) -> None:
    """Create the database's folder (0700) and file (0600, so its WAL and shared-memory files,
    which SQLite creates with the database's mode, are private too), or say why not."""
    folder = path.parent
    try:
        make_private_dirs(folder)
    except OSError as exc:
        raise StorageError(
            f"Cannot create the data folder {folder}: {exc.strerror or exc}. "
            "Set PIVOTPREP_HOME to a folder you can write to."
        ) from None
    target = path if path.exists() else folder
    if not os.access(target, os.W_OK):
        raise StorageError(
            f"Cannot write the database at {path}: permission denied. "
            "Set PIVOTPREP_HOME to a folder you can write to."
        )
    with contextlib.suppress(OSError):  # unwritable: SQLite's own error says so on first use
        make_private_file(path)


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Create an engine for `url`, checking that a SQLite file can be written."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(
            f"PIVOTPREP_DATABASE_URL is not a database URL: {url!r}. "
            "Use sqlite:///path/to/file.db or postgresql+psycopg://user@host/db."
        ) from None
    if parsed.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            _check_writable(path)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def get_engine(url: str | None = None) -> Engine:
    """The process-wide engine for `url` (default: the settings' database)."""
    if url is None:
        from pivotprep.core.settings import get_settings

        url = get_settings().database_url
    engine = _engines.get(url)
    if engine is None:
        engine = _engines[url] = make_engine(url)
    return engine


def reset_engines() -> None:
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


def schema_engine(engine: Engine, schema: str) -> Engine:
    """`engine`'s pool with every table that names no schema read and written in `schema`.

    Server mode gives each learner a PostgreSQL schema; a request's sessions are bound to
    this engine, so every feature's queries land in that learner's schema without knowing it.
    """
    return engine.execution_options(schema_translate_map={None: schema})


def session_factory(engine: Engine | None = None) -> sessionmaker[Session]:
    return sessionmaker(bind=engine or get_engine(), expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = session_factory(engine)()
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        raise StorageError(
            f"The database could not complete the operation: {exc.orig}. "
            "Check that it is reachable and writable, then try again."
        ) from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
