"""Exports: Markdown, CSV and an iCalendar file that parses back with icalendar."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from pivotprep.core.errors import ValidationError
from pivotprep.plan import service
from tests.plan.conftest import make_profile


@pytest.fixture
def plan_session(session, on_day):
    on_day("2026-01-07")
    make_profile(session, hours_per_week=30, timeline_months=3)
    task = service.current_week(session).tasks[0]
    service.mark_done(session, task.id)
    return session


def test_ics_has_one_event_per_block_inside_each_tasks_week(plan_session):
    content, media, name = service.export_plan(plan_session, "ics")
    assert media.startswith("text/calendar") and name.endswith(".ics")
    cal = Calendar.from_ical(content)
    events = list(cal.walk("VEVENT"))
    plan, tasks, _ = service.all_tasks(plan_session)
    by_id = {t.id: t for t in tasks}
    minutes: dict[int, float] = defaultdict(float)
    uids = set()
    for event in events:
        uid = str(event["UID"])
        assert uid not in uids
        uids.add(uid)
        task_id = int(uid.split("-")[2])
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert isinstance(start, datetime) and end > start
        week_start = plan.start_date + timedelta(days=7 * (by_id[task_id].week - 1))
        assert week_start <= start.date() <= week_start + timedelta(days=6)
        if start.weekday() < 5 and start.hour >= 19:
            assert end.hour <= 21
        minutes[task_id] += (end - start).total_seconds() / 60
        assert str(event["SUMMARY"]).startswith(by_id[task_id].title[:20])
    for task in tasks:
        assert minutes[task.id] == pytest.approx(task.hours * 60)


def test_csv_lists_every_task_with_its_status(plan_session):
    content, _, _ = service.export_plan(plan_session, "csv")
    rows = list(csv.DictReader(io.StringIO(content.decode())))
    _, tasks, _ = service.all_tasks(plan_session)
    assert len(rows) == len(tasks)
    assert rows[0]["status"] == "done" and float(rows[0]["logged_hours"]) > 0
    per_week = defaultdict(float)
    for row in rows:
        per_week[row["week"]] += float(row["hours"])
    assert set(per_week.values()) == {30.0}


def test_markdown_has_weeks_checkboxes_and_milestones(plan_session):
    text = service.export_plan(plan_session, "md")[0].decode()
    assert text.startswith("# pivotprep plan")
    assert "## Week 1 (from 2026-01-05, 30 h)" in text
    assert "- [x] " in text and "- [ ] " in text
    assert "Milestone: **Core data structures implemented**" in text


def test_unknown_format_is_refused(plan_session):
    with pytest.raises(ValidationError, match="md, csv or ics"):
        service.export_plan(plan_session, "pdf")
