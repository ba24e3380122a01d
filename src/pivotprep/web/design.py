"""Design pages: prompts, the timed worksheet (autosaved by a small script, a plain form
without it), reviews with quoted evidence, pasted answers, estimation drills, cards on the
review queue, the drift lab with its charts, and the dashboard card. Thin: everything is
in `pivotprep.design.service`; user text is autoescaped; SVG is drawn on the server.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from pivotprep.core.errors import InputTooLargeError, UserError, ValidationError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.panels import Panel
from pivotprep.web.render import render

router = APIRouter()
Text = Annotated[str, Form()]
# A pasted answer or box may be larger than the framework's 1 MB per field: read it, so the
# service can refuse it with its own message (and keep everything else), not a bare 400.
MAX_PART = 8 * 2**20
SVG_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}


def panel(session: Session) -> Panel:
    """Dashboard card: sessions finished, cards due, drills solved, the lab's best run."""
    from pivotprep.design.service import summary

    return Panel(
        title="System design",
        template="design/panel.html",
        context={"design_summary": summary(session)},
        link=("Open system design practice", "/design"),
    )


@router.get("/design", response_class=HTMLResponse)
def index(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.design.service import (
        TRACKS,
        linked_tasks,
        list_prompts,
        list_sessions,
        summary,
    )

    rows = list_prompts(session)
    tasks = linked_tasks(session)
    upcoming = [t for t in tasks if t.status == "open"][:NEXT_TASKS]
    return render(
        request,
        "design/index.html",
        {
            "tracks": _tracks_for_role(session, TRACKS),
            "rows": rows,
            "sessions": list_sessions(session, 20),
            "summary": summary(session),
            "upcoming": upcoming,
            "later": [t for t in tasks if t not in upcoming],
        },
    )


NEXT_TASKS = 3  # the plan's next step-3 tasks shown in full; the rest fold away


def _tracks_for_role(session: Session, tracks: dict[str, str]) -> dict[str, str]:
    """The tracks, the target role's own first (its table is shown open, the others
    folded)."""
    from pivotprep.design.service import track_for
    from pivotprep.profile.service import get_profile, get_role

    profile = get_profile(session)
    if profile is None:
        return tracks
    first = track_for(get_role(profile.target_role).emphasis.model_dump())
    return {first: tracks[first], **{k: v for k, v in tracks.items() if k != first}}


@router.get("/design/prompts/{prompt_id}", response_class=HTMLResponse)
def prompt_page(request: Request, prompt_id: str, reference: int = 0) -> HTMLResponse:
    from pivotprep.design.service import KIND_TITLES, LENGTHS, get_prompt, phases

    return render(
        request,
        "design/prompt.html",
        {
            "prompt": get_prompt(prompt_id),
            "kinds": KIND_TITLES,
            "lengths": LENGTHS,
            "phases": phases(),
            "show_reference": bool(reference),
        },
    )


@router.post("/design/prompts/{prompt_id}/start")
def start(session: SessionDep, prompt_id: str, minutes: Text = "45") -> RedirectResponse:
    from pivotprep.design.service import start_session

    row = start_session(session, prompt_id, minutes)
    return RedirectResponse(f"/design/sessions/{row.id}", status_code=303)


def _worksheet(
    request: Request,
    session: Session,
    session_id: int,
    *,
    problems: dict[str, str] | None = None,
    status: int = 200,
    typed: dict[str, str] | None = None,
) -> HTMLResponse:
    from pivotprep.design.service import clock, get_prompt, get_session, phases

    row = get_session(session, session_id)
    texts = dict(row.texts or {})
    diagram = row.diagram or ""
    if typed:  # what was refused stays on screen, so nothing typed is lost
        texts.update({k: v for k, v in typed.items() if k != "diagram"})
        diagram = typed.get("diagram", diagram)
    return render(
        request,
        "design/session.html",
        {
            "row": row,
            "prompt": get_prompt(row.prompt_id),
            "phases": phases(),
            "texts": texts,
            "diagram": diagram,
            "clock": clock(row),
            "problems": problems or {},
            "started_ms": int(row.started_at.timestamp() * 1000),
        },
        status_code=status,
    )


@router.get("/design/sessions/{session_id:int}", response_class=HTMLResponse)
def worksheet(request: Request, session: SessionDep, session_id: int) -> HTMLResponse:
    return _worksheet(request, session, session_id)


async def _form_texts(request: Request) -> tuple[dict[str, str], str | None, str | None]:
    from pivotprep.design.service import phases

    form = await request.form(max_part_size=MAX_PART)
    texts = {p.id: str(form.get(f"text_{p.id}", "")) for p in phases() if f"text_{p.id}" in form}
    diagram = form.get("diagram")
    active = form.get("active_phase")
    return (
        texts,
        (None if diagram is None else str(diagram)),
        (None if active is None else str(active)),
    )


def _save_json(result: Any, row: Any, clock: Any) -> JSONResponse:
    status = status_for(InputTooLargeError("")) if result.too_large else 200
    return JSONResponse(
        {
            "saved_at": result.saved_at.isoformat(),
            "problems": result.problems,
            "diagram_error": result.diagram_error,
            "saves": row.saves,
            "active_phase": clock.active_phase,
            "spent": {p.id: p.spent for p in clock.phases},
        },
        status_code=status,
    )


@router.post("/design/sessions/{session_id:int}/save")
async def save(request: Request, session: SessionDep, session_id: int) -> Response:
    """The autosave (a script posts the form and reads JSON) and the plain Save button."""
    from pivotprep.design.service import clock, get_session, save_session

    texts, diagram, active = await _form_texts(request)
    result = save_session(session, session_id, texts, diagram, active)
    row = get_session(session, session_id)
    if request.headers.get("x-autosave") == "1":
        return _save_json(result, row, clock(row))
    if result.problems:
        typed = {**texts, **({"diagram": diagram} if diagram is not None else {})}
        return _worksheet(
            request,
            session,
            session_id,
            problems=result.problems,
            status=status_for(InputTooLargeError("")),
            typed=typed,
        )
    return RedirectResponse(f"/design/sessions/{session_id}?saved=1", status_code=303)


@router.post("/design/sessions/{session_id:int}/finish")
async def finish(request: Request, session: SessionDep, session_id: int) -> Response:
    from pivotprep.design.service import finish_session, save_session

    texts, diagram, active = await _form_texts(request)
    result = save_session(session, session_id, texts, diagram, active)
    if result.problems:
        typed = {**texts, **({"diagram": diagram} if diagram is not None else {})}
        return _worksheet(
            request,
            session,
            session_id,
            problems=result.problems,
            status=status_for(InputTooLargeError("")),
            typed=typed,
        )
    try:
        outcome = await run_in_threadpool(finish_session, session, session_id)
    except ValidationError as error:
        return _worksheet(
            request,
            session,
            session_id,
            problems={"finish": error.message},
            status=status_for(error),
        )
    ticked = ",".join(str(t.id) for t in outcome.ticked)
    suffix = f"?ticked={ticked}" if ticked else ""
    return RedirectResponse(f"/design/sessions/{session_id}/review{suffix}", status_code=303)


@router.get("/design/sessions/{session_id:int}/review", response_class=HTMLResponse)
def session_review_page(
    request: Request, session: SessionDep, session_id: int, ticked: str = ""
) -> HTMLResponse:
    from pivotprep.design.service import get_prompt, get_session, session_review

    row = get_session(session, session_id)
    return render(
        request,
        "design/review.html",
        {
            "review": session_review(session, session_id),
            "prompt": get_prompt(row.prompt_id),
            "row": row,
            "ticked": [part for part in ticked.split(",")[:10] if part.isdigit()],
        },
    )


@router.get("/design/sessions/{session_id:int}/diagram.svg")
def session_svg(session: SessionDep, session_id: int) -> Response:
    from pivotprep.design.service import session_diagram_svg

    try:
        svg = session_diagram_svg(session, session_id)
    except ValidationError as error:
        return PlainTextResponse(error.message, status_code=status_for(error))
    return Response(svg, media_type="image/svg+xml", headers=SVG_HEADERS)


@router.get("/design/sessions/{session_id:int}/export.md")
def export_md(session: SessionDep, session_id: int) -> Response:
    from pivotprep.design.service import export_session

    text, _ = export_session(session, session_id)
    return PlainTextResponse(
        text,
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="design-session-{session_id}.md"'},
    )


@router.get("/design/review", response_class=HTMLResponse)
def paste_form(request: Request, prompt: str = "") -> HTMLResponse:
    from pivotprep.design.service import list_prompts

    return render(
        request,
        "design/paste.html",
        {"rows": list_prompts(), "chosen": prompt, "answer": "", "error": None},
    )


@router.post("/design/review", response_class=HTMLResponse)
async def paste_review(request: Request) -> HTMLResponse:
    from pivotprep.design.service import get_prompt, list_prompts, review_text

    form = await request.form(max_part_size=MAX_PART)
    prompt, answer = str(form.get("prompt", "")), str(form.get("answer", ""))
    try:
        review = await run_in_threadpool(review_text, prompt, answer)
    except UserError as error:
        return render(
            request,
            "design/paste.html",
            {
                "rows": list_prompts(),
                "chosen": prompt,
                "answer": answer if len(answer) <= 200_000 else "",
                "error": error.message,
            },
            status_code=status_for(error),
        )
    return render(
        request,
        "design/review.html",
        {"review": review, "prompt": get_prompt(prompt), "row": None, "ticked": []},
    )


@router.get("/design/drills", response_class=HTMLResponse)
def drills_page(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.design.service import list_drills

    return render(request, "design/drills.html", {"rows": list_drills(session)})


@router.get("/design/drills/{drill_id}", response_class=HTMLResponse)
def drill_page(request: Request, drill_id: str) -> HTMLResponse:
    from pivotprep.design.service import get_drill

    return render(
        request,
        "design/drill.html",
        {"drill": get_drill(drill_id), "outcome": None, "error": None, "answer": ""},
    )


@router.post("/design/drills/{drill_id}", response_class=HTMLResponse)
def drill_answer(
    request: Request, session: SessionDep, drill_id: str, answer: Text = ""
) -> HTMLResponse:
    from pivotprep.design.service import answer_drill, get_drill

    drill = get_drill(drill_id)
    try:
        outcome = answer_drill(session, drill_id, answer)
    except ValidationError as error:
        return render(
            request,
            "design/drill.html",
            {"drill": drill, "outcome": None, "error": error.message, "answer": answer[:200]},
            status_code=status_for(error),
        )
    return render(
        request,
        "design/drill.html",
        {"drill": drill, "outcome": outcome, "error": None, "answer": answer[:200]},
    )


@router.get("/design/cards", response_class=HTMLResponse)
def cards_page(request: Request, session: SessionDep, deck: str | None = None) -> HTMLResponse:
    from pivotprep.design.service import deck_stats, queue

    items = queue(session, limit=1, deck=deck or None)
    return render(
        request,
        "design/cards.html",
        {
            "item": items[0] if items else None,
            "stats": deck_stats(session),
            "deck": deck or "",
            "shown_ms": int(time.time() * 1000),
            "error": None,
            "answer": "",
        },
    )


@router.post("/design/cards/{card_id}", response_class=HTMLResponse)
def card_answer(
    request: Request,
    session: SessionDep,
    card_id: str,
    answer: Text = "",
    shown_ms: Text = "",
    guessed: Text = "",
    deck: Text = "",
) -> HTMLResponse:
    from pivotprep.design.service import answer_card, deck_stats, get_card

    card = get_card(card_id)
    seconds = None
    if shown_ms.isdigit():
        seconds = max(0.0, time.time() - int(shown_ms) / 1000)
    try:
        outcome = answer_card(session, card_id, answer, seconds=seconds, guessed=bool(guessed))
    except ValidationError as error:
        from pivotprep.design.service import QueuedCard

        return render(
            request,
            "design/cards.html",
            {
                "item": QueuedCard(card, "retry", None),
                "stats": deck_stats(session),
                "deck": deck,
                "shown_ms": shown_ms,
                "error": error.message,
                "answer": answer[:300],
            },
            status_code=status_for(error),
        )
    return render(
        request,
        "design/card_result.html",
        {"outcome": outcome, "card": card, "deck": deck, "answer": answer[:300]},
    )


def _lab_context(values: dict[str, Any], errors: dict[str, str], session: Session) -> dict:  # type: ignore[type-arg]
    from pivotprep.design.service import (
        REFERENCE_NAMES,
        lab_config,
        lab_runs,
        statistic_names,
    )

    return {
        "config": lab_config(),
        "statistics": statistic_names(),
        "references": REFERENCE_NAMES,
        "values": values,
        "errors": errors,
        "runs": lab_runs(session),
    }


@router.get("/design/lab", response_class=HTMLResponse)
def lab_page(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.design.service import default_choices

    values = {
        "reference": "training",
        "plan": "",
        "choices": {k: (s, str(t)) for k, (s, t) in default_choices().items()},
    }
    return render(request, "design/lab.html", _lab_context(values, {}, session))


@router.post("/design/lab", response_class=HTMLResponse)
async def lab_grade(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.design.service import lab_config, run_lab

    form = await request.form(max_part_size=MAX_PART)
    choices = {
        f.name: (str(form.get(f"stat_{f.name}", "")), str(form.get(f"threshold_{f.name}", "")))
        for f in lab_config().features
    }
    reference, plan = str(form.get("reference", "")), str(form.get("plan", ""))
    try:
        outcome = await run_in_threadpool(run_lab, session, reference, choices, plan)
    except UserError as error:
        values = {"reference": reference, "plan": plan[:20_000], "choices": choices}
        errors = getattr(error, "errors", {}) or {"plan": error.message}
        return render(
            request,
            "design/lab.html",
            _lab_context(values, errors, session),
            status_code=status_for(error),
        )
    return render(request, "design/lab_result.html", {"outcome": outcome, "result": outcome.result})


@router.get("/design/lab/chart/{scenario_id}/{feature}.svg")
def lab_chart(scenario_id: str, feature: str, reference: str = "training") -> Response:
    from pivotprep.design.service import scenario_chart

    return Response(
        scenario_chart(scenario_id, feature, reference),
        media_type="image/svg+xml",
        headers=SVG_HEADERS,
    )
