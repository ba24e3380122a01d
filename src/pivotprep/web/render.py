"""Template rendering shared by every router."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    nav = request.scope.get("state", {}).get("nav")  # server mode: the role's own pages
    if nav is None:
        groups = getattr(request.app.state, "nav_groups", [])
    else:
        groups = [("", nav)] if nav else []
    ctx = {"nav_groups": groups, "path": request.url.path}
    ctx.update(context or {})
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)


def markdown_html(text: str) -> str:
    """Markdown to HTML with raw HTML disabled (escaped), so the output is safe to inline.
    Tables are on: the pandas round's examples are DataFrames shown as tables."""
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark", {"html": False}).enable("table").render(text))
