"""Export and import of all data: exact round trips on SQLite and PostgreSQL, and files
that are corrupt, foreign, truncated or newer are refused with nothing changed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pivotprep.backup.service import export_data, export_to, import_data, import_from
from pivotprep.core.db import make_engine, session_scope
from pivotprep.core.errors import ImportFormatError
from pivotprep.core.migrate import upgrade
from pivotprep.plan import service as plan_service
from pivotprep.plan.models import PlanLog, PlanTask
from pivotprep.profile.service import get_profile, save_profile
from pivotprep.profile.validation import validate_profile


def fill(engine, monkeypatch) -> None:
    """A profile with past roles, a plan with done tasks, logs and a custom task."""
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-01-21")
    with session_scope(engine) as session:
        save_profile(
            session,
            validate_profile(
                target_role="data-scientist",
                company_sizes="<50,500+",
                hours_per_week=16,
                timeline_months=5,
                start_date="2026-01-05",
                past_roles="Teacher|teaching|6; Lab tech|research|2.5",
                domain="teaching",
                name="Ada Ünicode “quotes”",
            ),
        )
        week = plan_service.current_week(session)
        plan_service.mark_done(session, week.tasks[0].id)
        plan_service.log_hours(session, week.tasks[1].id, "1.75")
        plan_service.add_custom_task(
            session, title="Learn dbt basics", step="projects", hours=2, source="resume"
        )


def snapshot(engine) -> dict:
    data = export_data(engine)
    data.pop("exported_at")
    return data


def test_round_trip_restores_everything_exactly(engine, monkeypatch, tmp_path):
    fill(engine, monkeypatch)
    before = snapshot(engine)
    path = tmp_path / "export.json"
    counts = export_to(engine, path)
    assert counts["plan_task"] > 50 and counts["plan_log"] == 2 and counts["profile"] == 1
    # Change everything, then restore.
    with session_scope(engine) as session:
        profile = get_profile(session)
        profile.hours_per_week = 40
        session.execute(PlanLog.__table__.delete())
    import_from(engine, path)
    assert snapshot(engine) == before
    with session_scope(engine) as session:
        profile = get_profile(session)
        assert profile.name == "Ada Ünicode “quotes”"
        assert profile.past_roles[1] == {"title": "Lab tech", "domain": "research", "years": 2.5}
        done = session.scalars(select(PlanTask).where(PlanTask.status == "done")).all()
        assert len(done) == 1 and done[0].done_on.isoformat() == "2026-01-21"
        # New rows still get fresh ids after the restore (PostgreSQL sequences are reset).
        task = plan_service.add_custom_task(
            session, title="Learn Airflow basics", step="projects", hours=1, source="resume"
        )
        assert task.id > max(t.id for t in done)


def test_an_export_restores_into_an_empty_database_elsewhere(engine, monkeypatch, tmp_path):
    fill(engine, monkeypatch)
    data = export_data(engine)
    other = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(other)
    import_data(other, json.loads(json.dumps(data)))
    copy = export_data(other)
    assert copy["tables"] == data["tables"]
    other.dispose()


def corrupt_cases(good: dict) -> dict[str, object]:
    def variant(**changes):
        data = json.loads(json.dumps(good))
        data.update(changes)
        return data

    bad_value = json.loads(json.dumps(good))
    cols = bad_value["tables"]["plan_task"]["columns"]
    bad_value["tables"]["plan_task"]["rows"][0][cols.index("done_on")] = "yesterday"
    bad_fk = json.loads(json.dumps(good))
    cols = bad_fk["tables"]["plan_task"]["columns"]
    bad_fk["tables"]["plan_task"]["rows"][-1][cols.index("plan_id")] = 987654
    short_row = json.loads(json.dumps(good))
    short_row["tables"]["profile"]["rows"][0] = short_row["tables"]["profile"]["rows"][0][:3]
    return {
        "foreign": {"hello": "world"},
        "not a dict": [1, 2, 3],
        "newer format": variant(format_version=99),
        "newer schema": variant(alembic_revisions=["9999"]),
        "unknown table": variant(
            tables={**good["tables"], "spaceship": {"columns": [], "rows": []}}
        ),
        "bad value": bad_value,
        "dangling foreign key": bad_fk,
        "short row": short_row,
    }


def test_bad_files_are_refused_and_change_nothing(engine, monkeypatch, tmp_path):
    fill(engine, monkeypatch)
    good = export_data(engine)
    before = snapshot(engine)
    for name, data in corrupt_cases(good).items():
        with pytest.raises(ImportFormatError, match="Nothing was changed"):
            import_data(engine, data)
        assert snapshot(engine) == before, name
    text = json.dumps(good)
    truncated = tmp_path / "truncated.json"
    truncated.write_text(text[: len(text) // 2])
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)))
    for path in (truncated, binary):
        with pytest.raises(ImportFormatError, match="corrupt or truncated"):
            import_from(engine, path)
        assert snapshot(engine) == before
