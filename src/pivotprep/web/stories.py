"""Story bank pages: the bank, edit forms (free text or S/T/A/R boxes), each story with
its analysis (every sentence quoted and labelled), the dashboard card and the Markdown
export. Practice, coverage and the explain drills are in `stories_practice`. Thin:
everything is in stories.service. User text is autoescaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from pivotprep.core.errors import ValidationError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.panels import Panel
from pivotprep.web.render import render

if TYPE_CHECKING:
    from pivotprep.stories.service import StoryInput

router = APIRouter()


def panel(session: Session) -> Panel:
    """Dashboard card: stories written vs the 10-15 goal and core signals covered."""
    from pivotprep.stories.service import summary

    return Panel(
        title="Behavioral stories",
        template="stories/panel.html",
        context={"stories_summary": summary(session)},
        link=("Open the story bank", "/stories"),
    )


def signal_map() -> dict[str, Any]:
    """The signals by id, for labels and the form's checkboxes."""
    from pivotprep.stories.service import load_signals

    return load_signals()


@router.get("/stories", response_class=HTMLResponse)
def bank(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.stories.service import analyze_story, list_stories, summary

    rows = [(s, analyze_story(session, s)) for s in list_stories(session)]
    return render(
        request,
        "stories/index.html",
        {"rows": rows, "summary": summary(session), "signals": signal_map()},
    )


def _form_page(
    request: Request,
    values: dict[str, Any],
    errors: dict[str, str],
    *,
    story_id: int | None = None,
    status: int = 200,
) -> HTMLResponse:
    from pivotprep.profile.service import DOMAINS

    return render(
        request,
        "stories/form.html",
        {
            "values": values,
            "errors": errors,
            "story_id": story_id,
            "signals": signal_map(),
            "domains": DOMAINS,
        },
        status_code=status,
    )


def _values(story: Any = None) -> dict[str, Any]:
    names = ("title", "text", "situation", "task", "action", "result", "past_role", "domain")
    values: dict[str, Any] = {n: getattr(story, n) if story else "" for n in names}
    values["signals"] = list(story.signals) if story else []
    values["tags"] = ", ".join(story.tags) if story else ""
    values["mode"] = "fields" if story is not None and story.uses_fields else "text"
    return values


@router.get("/stories/new", response_class=HTMLResponse)
def new_form(request: Request) -> HTMLResponse:
    return _form_page(request, _values(), {})


def _submitted(
    title: str,
    text: str,
    situation: str,
    task: str,
    action: str,
    result: str,
    past_role: str,
    domain: str,
    signals: list[str] | None,
    tags: str,
    mode: str,
) -> dict[str, Any]:
    return {
        "title": title,
        "text": text,
        "situation": situation,
        "task": task,
        "action": action,
        "result": result,
        "past_role": past_role,
        "domain": domain,
        "signals": signals or [],
        "tags": tags,
        "mode": mode if mode in ("text", "fields") else "text",
    }


def _validated(values: dict[str, Any]) -> StoryInput:
    """The story as typed, checked (the free text and the boxes are both kept; the
    boxes win when filled, whichever of the two the form showed)."""
    from pivotprep.stories.service import validate_story

    return validate_story(**{k: v for k, v in values.items() if k != "mode"})


Text = Annotated[str, Form()]


@router.post("/stories/new", response_class=HTMLResponse)
def create(
    request: Request,
    session: SessionDep,
    title: Text = "",
    text: Text = "",
    situation: Text = "",
    task: Text = "",
    action: Text = "",
    result: Text = "",
    past_role: Text = "",
    domain: Text = "",
    signals: Annotated[list[str] | None, Form()] = None,
    tags: Text = "",
    mode: Text = "text",
) -> Response:
    from pivotprep.stories.service import save_story

    values = _submitted(
        title, text, situation, task, action, result, past_role, domain, signals, tags, mode
    )
    try:
        data = _validated(values)
    except ValidationError as error:
        return _form_page(request, values, error.errors, status=status_for(error))
    story, closed = save_story(session, data)
    return RedirectResponse(_shown_url(story.id, closed), status_code=303)


@router.get("/stories/export.md")
def export_md(session: SessionDep) -> Response:
    from pivotprep.stories.service import export_markdown

    return PlainTextResponse(
        export_markdown(session),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="story-bank.md"'},
    )


@router.get("/stories/{story_id:int}", response_class=HTMLResponse)
def show(request: Request, session: SessionDep, story_id: int, closed: str = "") -> HTMLResponse:
    from pivotprep.stories.service import analyze_story, get_story

    story = get_story(session, story_id)
    return render(
        request,
        "stories/show.html",
        {
            "story": story,
            "result": analyze_story(session, story),
            "signals": signal_map(),
            "closed": _closed_tasks(session, closed),
        },
    )


def _shown_url(story_id: int, closed: list[Any]) -> str:
    """The story's page, naming the plan tasks saving it marked done (`?closed=3,7`)."""
    ids = ",".join(str(task.id) for task in closed[:20])
    return f"/stories/{story_id}" + (f"?closed={ids}" if ids else "")


def _closed_tasks(session: Session, closed: str) -> list[Any]:
    """The done tasks a story's save can complete named in `?closed=` (gap tasks and
    "Write STAR story N" tasks; anything else in it is ignored)."""
    from pivotprep.stories.service import closed_tasks

    ids = [int(part) for part in closed.split(",")[:20] if part.isascii() and part.isdigit()]
    return list(closed_tasks(session, ids))


@router.get("/stories/{story_id:int}/edit", response_class=HTMLResponse)
def edit_form(request: Request, session: SessionDep, story_id: int) -> HTMLResponse:
    from pivotprep.stories.service import get_story

    return _form_page(request, _values(get_story(session, story_id)), {}, story_id=story_id)


@router.post("/stories/{story_id:int}/edit", response_class=HTMLResponse)
def edit_submit(
    request: Request,
    session: SessionDep,
    story_id: int,
    title: Text = "",
    text: Text = "",
    situation: Text = "",
    task: Text = "",
    action: Text = "",
    result: Text = "",
    past_role: Text = "",
    domain: Text = "",
    signals: Annotated[list[str] | None, Form()] = None,
    tags: Text = "",
    mode: Text = "text",
) -> Response:
    from pivotprep.stories.service import get_story, save_story

    get_story(session, story_id)
    values = _submitted(
        title, text, situation, task, action, result, past_role, domain, signals, tags, mode
    )
    try:
        data = _validated(values)
    except ValidationError as error:
        return _form_page(
            request, values, error.errors, story_id=story_id, status=status_for(error)
        )
    _, closed = save_story(session, data, story_id)
    return RedirectResponse(_shown_url(story_id, closed), status_code=303)


@router.post("/stories/{story_id:int}/delete")
def delete(session: SessionDep, story_id: int) -> Response:
    from pivotprep.stories.service import delete_story

    delete_story(session, story_id)
    return RedirectResponse("/stories", status_code=303)
