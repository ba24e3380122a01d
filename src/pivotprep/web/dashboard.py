"""The home page: this week's tasks, the plan timeline, the progress chart, the profile
summary and the cards other features contribute. Before a profile exists: the form."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from pivotprep.profile.service import get_profile
from pivotprep.web.deps import SessionDep
from pivotprep.web.render import render

router = APIRouter()


def plan_context(session: Session, week_number: int | None = None, profile=None) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """What the dashboard and the week pages show about the plan."""
    from pivotprep.plan.chart import progress_svg
    from pivotprep.plan.service import (
        current_week,
        ensure_plan,
        overview,
        task_label,
        week_view,
    )
    from pivotprep.profile.service import snapshot

    stored = ensure_plan(session, None if profile is None else snapshot(profile))
    plan = overview(session, stored)
    if week_number is None:
        view = current_week(session, stored, plan.logged)
    else:
        view = week_view(session, week_number, stored, plan.logged)
    chart = progress_svg(
        [(w.number, w.planned, w.done) for w in plan.weeks],
        current=plan.current,
        budget=plan.plan.hours_per_week,
    )
    return {"week": view, "overview": plan, "chart": chart, "label": task_label}


def _render_panel(panel) -> Markup:  # type: ignore[no-untyped-def]
    """A feature's card, rendered with the panel's own context (autoescaped)."""
    from pivotprep.web.render import templates

    return Markup(templates.env.get_template(panel.template).render(**panel.context))


@router.get("/")
def home(request: Request, session: SessionDep) -> Response:
    from pivotprep.profile.roles import get_role, load_company_sizes
    from pivotprep.web.panels import collect_panels

    profile = get_profile(session)
    if profile is None:
        return RedirectResponse("/profile", status_code=303)
    context = plan_context(session, profile=profile)
    context.update(
        {
            "profile": profile,
            "role": get_role(profile.target_role),
            "sizes": load_company_sizes(),
            "panels": [(panel, _render_panel(panel)) for panel in collect_panels(session)],
            "errors": {},
        }
    )
    return render(request, "dashboard.html", context)
