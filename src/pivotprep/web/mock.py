"""Mock interview pages: the loop planner, the round page (clock, interviewer, notes, runs,
answers, follow-ups, close), scorecards whose evidence links to the moment on the round's
timeline, the loop debrief, the printable peer kit and the form for a mock with people.
Thin: everything is in `pivotprep.mock.service`; user text is autoescaped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from pivotprep.core.errors import NotFoundError, UserError, ValidationError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.panels import Panel
from pivotprep.web.render import markdown_html, render
from pivotprep.web.tasks import submit_task

if TYPE_CHECKING:
    from pivotprep.tasks.service import JobView

router = APIRouter()
Text = Annotated[str, Form()]
MAX_PART = 2**20


def panel(session: Session) -> Panel:
    """Dashboard card: mocks done toward 5-10, the trend per signal, the open round."""
    from pivotprep.mock.service import summary

    return Panel(
        title="Mock interviews",
        template="mock/panel.html",
        context={"mock_summary": summary(session)},
        link=("Open mock interviews", "/mock"),
    )


def _plan_form(
    size: str = "", role: str = "", level: str = "", take_home: bool = False
) -> dict[str, Any]:
    from pivotprep.mock.service import LEVELS, SIZE_LABELS
    from pivotprep.profile.service import load_roles

    return {
        "sizes": SIZE_LABELS,
        "roles": {r.id: r.title for r in load_roles().values()},
        "levels": LEVELS,
        "form": {"size": size, "role": role, "level": level, "take_home": take_home},
    }


@router.get("/mock", response_class=HTMLResponse)
def index(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.mock.service import KINDS, finished_rounds, list_loops, llm_endpoint, summary

    return render(
        request,
        "mock/index.html",
        {
            **_plan_form(),
            "kinds": KINDS,
            "summary": summary(session),
            "loops": list_loops(session, 20),
            "rounds": list(reversed(finished_rounds(session)))[:30],
            "llm": llm_endpoint(),
        },
    )


@router.get("/mock/plan", response_class=HTMLResponse)
def plan_page(
    request: Request,
    session: SessionDep,
    size: str = "",
    role: str = "",
    level: str = "",
    take_home: str = "",
) -> HTMLResponse:
    from pivotprep.mock.service import SIZE_LABELS, plan_loop

    home = bool(take_home)
    try:
        found = plan_loop(session, size or None, role or None, level or None, take_home=home)
    except UserError as error:
        context = {**_plan_form(size, role, level, home), "error": error, "plan": None}
        return render(request, "mock/plan.html", context, status_code=status_for(error))
    context = {**_plan_form(found.size, found.role, found.level, home), "plan": found}
    return render(request, "mock/plan.html", {**context, "labels": SIZE_LABELS})


@router.post("/mock/start")
def start(
    session: SessionDep, size: Text = "", role: Text = "", level: Text = "", take_home: Text = ""
) -> RedirectResponse:
    from pivotprep.mock.service import start_loop

    home = bool(take_home)
    _loop, row = start_loop(session, size or None, role or None, level or None, take_home=home)
    return RedirectResponse(f"/mock/rounds/{row.id}", status_code=303)


@router.post("/mock/rounds")
def start_round(
    session: SessionDep, kind: Text, item: Text = "", minutes: Text = ""
) -> RedirectResponse:
    from pivotprep.mock.service import start_single

    length = None
    if minutes.strip():
        if not minutes.strip().isdigit():
            raise ValidationError("Minutes is a whole number (5 to 240).", field="minutes")
        length = int(minutes)
    row = start_single(session, kind, item.strip() or None, length)
    return RedirectResponse(f"/mock/rounds/{row.id}", status_code=303)


def _round_page(
    request: Request,
    session: Session,
    round_id: int,
    *,
    error: UserError | None = None,
    typed: dict[str, str] | None = None,
    said: str = "",
) -> HTMLResponse:
    from pivotprep.mock.service import clock_text, view, voice_available

    v = view(session, round_id)
    return render(
        request,
        "mock/round.html",
        {
            "v": v,
            "row": v.row,
            "opening_html": markdown_html(v.script.opening),
            "clock_text": clock_text,
            "error": error,
            "typed": typed or {},
            "said": said,
            "voice": voice_available(),
        },
        status_code=status_for(error) if error else 200,
    )


@router.get("/mock/rounds/{round_id:int}", response_class=HTMLResponse)
def round_page(request: Request, session: SessionDep, round_id: int) -> HTMLResponse:
    return _round_page(request, session, round_id)


async def _field(request: Request, name: str) -> str:
    form = await request.form(max_part_size=MAX_PART)
    return str(form.get(name, ""))


def _after(request: Request, session: Session, round_id: int, said: str) -> Response:
    return _round_page(request, session, round_id, said=said)


@router.post("/mock/rounds/{round_id:int}/submit", response_model=None)
async def submit(
    request: Request,
    session: SessionDep,
    round_id: int,
    file: UploadFile | None = None,
    run: Text = "",
) -> Response:
    """Hand in a take-home round: an uploaded zip is checked now; without one, the check of
    a take-home already submitted on its portfolio page is used."""
    from pivotprep.mock.service import submit as submit_
    from pivotprep.portfolio.service import MAX_UPLOAD_BYTES

    try:
        upload = None
        if file is not None and file.filename:
            upload = (str(file.filename), await file.read(MAX_UPLOAD_BYTES + 1))
        event = await run_in_threadpool(
            lambda: submit_(session, round_id, upload=upload, run=run == "1")
        )
    except UserError as error:
        return _round_page(request, session, round_id, error=error)
    return _after(request, session, round_id, str(event["message"]))


@router.post("/mock/rounds/{round_id:int}/{action}")
async def act(request: Request, session: SessionDep, round_id: int, action: str) -> Response:
    """ask, note, hint, run, answer, reply, close: on a refusal the page comes back with
    the message and what was typed."""
    from pivotprep.mock import service

    names = {
        "ask": "question",
        "note": "note",
        "run": "code",
        "answer": "answer",
        "reply": "reply",
        "close": "questions",
        "hint": "",
    }
    if action not in names:
        raise NotFoundError(f"A round has no action {action[:40]!r}.")
    text = await _field(request, names[action]) if names[action] else ""
    try:
        said = await run_in_threadpool(_do, service, session, round_id, action, text)
    except UserError as error:
        return _round_page(request, session, round_id, error=error, typed={names[action]: text})
    if action == "close":
        return RedirectResponse(f"/mock/rounds/{round_id}/scorecard", status_code=303)
    return _after(request, session, round_id, said)


def _do(service: Any, session: Session, round_id: int, action: str, text: str) -> str:
    """Run one action; returns what the interviewer says back."""
    if action == "ask":
        return str(service.ask(session, text, round_id).text)
    if action == "note":
        event = service.note(session, text, round_id)
        return f"Noted at {service.clock_text(event['t'])}."
    if action == "hint":
        hint, cost = service.hint(session, round_id)
        return f"Hint (-{cost} problem solving): {hint}"
    if action == "run":
        event = service.run(session, text, round_id)
        state = "pass" if event["passed"] else "not yet"
        return f"{event['cases_passed']}/{event['cases_total']} cases, {state}: {event['message']}"
    if action == "answer":
        event = service.answer(session, text, round_id)
        return str(event.get("notice") or f"Answer recorded ({event['words']} words).")
    if action == "reply":
        following = service.reply(session, text, round_id)
        return "Thank you." if following else "Thank you. That is all my follow-ups."
    service.close(session, text, round_id)
    return ""


@router.get("/mock/rounds/{round_id:int}/scorecard", response_class=HTMLResponse)
def scorecard_page(request: Request, session: SessionDep, round_id: int) -> HTMLResponse:
    from pivotprep.mock.service import get_round, plan_ticks, rubric, scorecard

    row = get_round(session, round_id)
    card = scorecard(session, round_id)
    context = {"row": row, "card": card, "rubric": rubric(), "ticked": plan_ticks(row)}
    return render(request, "mock/scorecard.html", context)


@router.get("/mock/loops/{loop_id:int}", response_class=HTMLResponse)
def loop_page(request: Request, session: SessionDep, loop_id: int, added: str = "") -> HTMLResponse:
    from pivotprep.mock.service import SIZE_LABELS, get_loop, loop_debrief, loop_rounds

    return render(
        request,
        "mock/loop.html",
        {
            "loop": get_loop(session, loop_id),
            "rows": loop_rounds(session, loop_id),
            "debrief": loop_debrief(session, loop_id),
            "labels": SIZE_LABELS,
            "added": added,
        },
    )


@router.post("/mock/loops/{loop_id:int}/next")
def loop_next(session: SessionDep, loop_id: int) -> RedirectResponse:
    from pivotprep.mock.service import next_round

    row = next_round(session, loop_id)
    return RedirectResponse(f"/mock/rounds/{row.id}", status_code=303)


@router.post("/mock/loops/{loop_id:int}/tasks")
def loop_tasks(session: SessionDep, loop_id: int) -> RedirectResponse:
    from pivotprep.mock.service import add_debrief_tasks

    added = add_debrief_tasks(session, loop_id)
    return RedirectResponse(f"/mock/loops/{loop_id}?added={len(added.titles)}", status_code=303)


@router.get("/mock/kit", response_class=HTMLResponse)
def kit_page(request: Request, kind: str = "", item: str = "") -> HTMLResponse:
    from pivotprep.mock.service import kit

    return render(request, "mock/kit.html", {"kit": kit(kind, item.strip())})


def _record_form(request: Request, values: dict[str, str], error: UserError | None) -> Response:
    from pivotprep.mock.service import KINDS, rubric

    context = {"kinds": KINDS, "rubric": rubric(), "values": values, "error": error}
    status = status_for(error) if error else 200
    return render(request, "mock/record.html", context, status_code=status)


@router.get("/mock/record", response_class=HTMLResponse)
def record_form(request: Request) -> Response:
    return _record_form(request, {}, None)


@router.post("/mock/record")
async def record(request: Request, session: SessionDep) -> Response:
    from pivotprep.mock.service import SCALES, record_peer

    form = await request.form(max_part_size=MAX_PART)
    values = {
        k: str(form.get(k, "")) for k in ("kind", "title", "item", "advance", "feedback", *SCALES)
    }
    try:
        record_peer(
            session,
            kind=values["kind"],
            title=values["title"],
            item_id=values["item"],
            scores={s: values[s] for s in SCALES},
            advance=values["advance"],
            feedback=values["feedback"],
        )
    except UserError as error:
        return _record_form(request, values, error)
    return RedirectResponse("/mock?recorded=1", status_code=303)


@router.get("/mock/voice", response_class=HTMLResponse)
def voice_page(request: Request) -> HTMLResponse:
    """Record a spoken answer in the browser and see its transcript and measures."""
    from pivotprep.mock.service import MAX_SECONDS, VOICE_ENABLE, voice_available

    context = {"enabled": voice_available(), "enable": VOICE_ENABLE, "max_seconds": MAX_SECONDS}
    return render(request, "mock/voice.html", context)


@router.post("/mock/transcribe")
async def transcribe(request: Request, session: SessionDep) -> JSONResponse:
    """The recorder's upload (field `audio`, optional `round`): the transcript and its
    measures as JSON; a refusal is JSON too, with the status of its error class."""
    from pivotprep.mock.service import MAX_AUDIO_BYTES, transcribe_bytes, voice_note

    form = await request.form(max_part_size=MAX_AUDIO_BYTES + 1)
    upload = form.get("audio")
    round_id = str(form.get("round", "")).strip()
    try:
        if upload is None or isinstance(upload, str):
            raise ValidationError("No recording was sent.", field="audio")
        data = await upload.read(MAX_AUDIO_BYTES + 1)
        payload = {"round": int(round_id) if round_id.isdigit() else None}
        poll = await run_in_threadpool(
            lambda: submit_task(request, "mock.transcribe", payload, {"audio": ("audio", data)})
        )
        if poll is not None:  # on the queue: the recorder follows the task's page
            return JSONResponse({"poll": poll}, status_code=202)
        if round_id.isdigit():
            found = await run_in_threadpool(lambda: voice_note(session, data, int(round_id))[1])
        else:
            found = await run_in_threadpool(transcribe_bytes, data)
    except UserError as error:
        return JSONResponse({"error": error.message}, status_code=status_for(error))
    return JSONResponse(found.to_dict())


def job_result(request: Request, session: Session, job: JobView) -> JSONResponse:
    """A recording transcribed on the queue: the recorder's JSON, as in-process."""
    if job.error is not None:
        return JSONResponse({"error": job.error.message}, status_code=status_for(job.error))
    return JSONResponse(job.result)
