"""The home page: this week's tasks, the plan timeline, the progress chart, the profile
summary and the cards other features contribute. Before a profile exists: the form."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from pivotprep.web.deps import SessionDep
from pivotprep.web.render import render

if TYPE_CHECKING:
    from pivotprep.profile.service import ProfileSnapshot
    from pivotprep.web.panels import Panel

router = APIRouter()


def plan_context(
    session: Session, week_number: int | None = None, profile: ProfileSnapshot | None = None
) -> dict[str, Any]:
    """What the dashboard and the week pages show about the plan."""
    from pivotprep.plan.service import plan_page, task_label, task_page

    page = plan_page(session, week_number, profile)
    return {
        "week": page.week,
        "overview": page.overview,
        "chart": page.chart,
        "label": task_label,
        "page": task_page,
    }


def _render_panel(panel: Panel) -> Markup:
    """A feature's card, rendered with the panel's own context (autoescaped)."""
    from pivotprep.web.render import templates

    return Markup(templates.env.get_template(panel.template).render(**panel.context))


@router.get("/dashboard")
def home(request: Request, session: SessionDep) -> Response:
    from pivotprep.profile.service import get_profile, snapshot, summarize
    from pivotprep.web.panels import collect_panels

    profile = get_profile(session)
    if profile is None:
        return RedirectResponse("/welcome", status_code=303)
    summary = summarize(profile)
    context = plan_context(session, profile=snapshot(profile))
    context.update(
        {
            "profile": summary.profile,
            "role": summary.role,
            "sizes": summary.sizes,
            "panels": [(panel, _render_panel(panel)) for panel in collect_panels(session)],
            "errors": {},
        }
    )
    return render(request, "dashboard.html", context)
