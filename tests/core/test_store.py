"""The store: migrations, SQLite pragmas, PostgreSQL parity, and models matching migrations."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from pivotprep.core.db import make_engine, session_scope
from pivotprep.core.errors import StorageError
from pivotprep.core.migrate import current_revisions, script_heads, upgrade
from pivotprep.core.models import Base
from pivotprep.profile.service import get_profile, save_profile
from pivotprep.profile.validation import validate_profile
from pivotprep.registry import import_all_models


def test_migrations_reach_every_feature_head(engine):
    assert current_revisions(engine) == script_heads()


def test_models_match_the_migrated_schema(engine):
    import_all_models()
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata
        )
    assert diff == [], f"models and migrations differ: {diff}"


def test_upgrade_twice_is_harmless(engine):
    upgrade(engine)
    assert current_revisions(engine) == script_heads()


def test_profile_round_trips_on_both_stores(engine):
    data = validate_profile(
        target_role="data-engineer",
        company_sizes="<50,500+",
        hours_per_week=18,
        timeline_months=5,
        start_date="2026-01-05",
        past_roles="Teacher|teaching|6",
        domain="teaching",
    )
    with session_scope(engine) as session:
        save_profile(session, data)
    with session_scope(engine) as session:
        profile = get_profile(session)
        assert profile is not None
        assert profile.company_sizes == ["small", "large"]
        assert profile.start_date == date(2026, 1, 5)
        assert profile.past_roles == [{"title": "Teacher", "domain": "teaching", "years": 6.0}]


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_engine):
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_path_that_cannot_exist_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="Set PIVOTPREP_HOME"):
        make_engine(f"sqlite:///{blocker / 'pivotprep.db'}")


def test_bad_database_url_is_a_clear_error():
    with pytest.raises(StorageError, match="not a database URL"):
        make_engine("this is not a url")
