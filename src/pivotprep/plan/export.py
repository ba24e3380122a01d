"""The stored plan as a download: Markdown, CSV or iCalendar (the formats themselves are
written by `plan.exports`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from pivotprep.core.clock import now
from pivotprep.core.errors import ValidationError
from pivotprep.plan import export_formats as exports
from pivotprep.plan.overview import all_tasks
from pivotprep.plan.queries import task_label
from pivotprep.plan.scheduler import week_start
from pivotprep.plan.tracks import step_titles
from pivotprep.profile.service import get_role, require_profile_snapshot

EXPORT_FORMATS = {
    "md": ("text/markdown; charset=utf-8", "pivotprep-plan.md"),
    "csv": ("text/csv; charset=utf-8", "pivotprep-plan.csv"),
    "ics": ("text/calendar; charset=utf-8", "pivotprep-plan.ics"),
}


def export_plan(session: Session, fmt: str) -> tuple[bytes, str, str]:
    """The plan as `fmt` (md, csv, ics). Returns (content, media type, file name)."""
    fmt = str(fmt or "").lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise ValidationError(f"Unknown export format {fmt!r}. Use md, csv or ics.", field="format")
    plan, tasks, logged = all_tasks(session)
    titles = step_titles()
    rows = [
        exports.ExportRow(
            task_id=t.id,
            week=t.week,
            week_start=week_start(plan.start_date, t.week),
            step=t.step,
            step_title=titles.get(t.step, t.step),
            title=task_label(t),
            hours=t.hours,
            status=t.status,
            logged=logged.get(t.id, 0.0),
            milestone=t.milestone,
        )
        for t in tasks
    ]
    media, name = EXPORT_FORMATS[fmt]
    if fmt == "csv":
        return exports.to_csv(rows).encode("utf-8"), media, name
    if fmt == "md":
        profile = require_profile_snapshot(session)
        role = get_role(profile.target_role)
        summary = [
            f"{role.title}, {plan.hours_per_week} h/week, {plan.weeks} weeks from "
            f"{plan.start_date.isoformat()}",
            *plan.notes,
        ]
        text = exports.to_markdown(rows, title="pivotprep plan", summary=summary)
        return text.encode("utf-8"), media, name
    stamp = now().replace(microsecond=0)
    return exports.to_ics(rows, calendar_name="pivotprep plan", stamp=stamp), media, name
