"""Story practice pages: the coverage matrix (gaps to the plan), the question bank, timed
practice with its history, and the "explain it to a VP" drills. Thin: the work is in
stories.service. User text is autoescaped.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pivotprep.core.errors import UserError
from pivotprep.web.deps import SessionDep
from pivotprep.web.errors import status_for
from pivotprep.web.next_steps import link
from pivotprep.web.render import render
from pivotprep.web.stories import signal_map

router = APIRouter()
Text = Annotated[str, Form()]


def _whole(text: str) -> int | None:
    """A whole number typed in a form or a query (ASCII digits only), else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


@router.get("/stories/coverage", response_class=HTMLResponse)
def coverage_page(
    request: Request, session: SessionDep, added: str = "", moved: str = ""
) -> HTMLResponse:
    from pivotprep.stories.service import coverage

    count = _whole(added)
    try:
        hours = float(moved) if moved else 0.0
    except ValueError:
        hours = 0.0
    return render(
        request,
        "stories/coverage.html",
        {
            "cover": coverage(session),
            "added": -1 if count is None else count,
            "moved": hours if 0 < hours <= 200 else 0.0,
            "plan_error": "",
            "signals": signal_map(),
        },
    )


@router.post("/stories/coverage/plan", response_class=HTMLResponse)
def coverage_to_plan(request: Request, session: SessionDep) -> Response:
    from pivotprep.stories.service import add_gaps_to_plan, coverage

    try:
        placed = add_gaps_to_plan(session)
    except UserError as error:
        return render(
            request,
            "stories/coverage.html",
            {
                "cover": coverage(session),
                "added": -1,
                "plan_error": error.message,
                "plan_error_step": link(error.next_step),
                "signals": signal_map(),
            },
            status_code=status_for(error),
        )
    return RedirectResponse(
        f"/stories/coverage?added={placed.added}&moved={placed.moved_hours:g}", status_code=303
    )


@router.get("/stories/questions", response_class=HTMLResponse)
def questions_page(
    request: Request, signal: str = "", kind: str = "", size: str = ""
) -> HTMLResponse:
    from pivotprep.stories.service import KINDS, SIZES, find_questions

    error = ""
    try:
        found = find_questions(signal=signal or None, kind=kind or None, size=size or None)
    except UserError as exc:
        found, error = [], exc.message
    return render(
        request,
        "stories/questions.html",
        {
            "questions": found,
            "signals": signal_map(),
            "kinds": KINDS,
            "sizes": SIZES,
            "chosen": {"signal": signal, "kind": kind, "size": size},
            "error": error,
        },
    )


@router.get("/stories/practice", response_class=HTMLResponse)
def practice_page(
    request: Request,
    session: SessionDep,
    signal: str = "",
    weakest: str = "",
    question: str = "",
    seconds: str = "180",
) -> HTMLResponse:
    from pivotprep.stories.service import start_practice

    prompt = start_practice(
        session,
        signal=signal or None,
        weakest=weakest.strip().lower() in ("1", "true", "on", "yes"),
        question_id=question or None,
        seconds=seconds,
    )
    return render(
        request,
        "stories/practice.html",
        {
            "prompt": prompt,
            "signals": signal_map(),
            "answer": "",
            "errors": {},
            "story_id": None,
        },
    )


@router.post("/stories/practice", response_class=HTMLResponse)
def practice_submit(
    request: Request,
    session: SessionDep,
    question_id: Text = "",
    signal: Text = "",
    answer: Text = "",
    story_id: Text = "",
    seconds_allowed: Text = "180",
    seconds_taken: Text = "",
) -> Response:
    from pivotprep.stories.service import DEFAULT_SECONDS, start_practice, submit_practice

    chosen = _whole(story_id)
    allowed = _whole(seconds_allowed)
    try:
        attempt, result, ticked = submit_practice(
            session,
            question_id=question_id,
            answer=answer,
            signal=signal,
            story_id=chosen,
            seconds_allowed=DEFAULT_SECONDS if allowed is None else allowed,
            seconds_taken=_whole(seconds_taken),
        )
    except UserError as error:  # empty, too long, unknown story: keep the typed answer
        known = signal if signal in signal_map() else None  # the error names a bad signal
        prompt = start_practice(session, question_id=question_id, signal=known)
        return render(
            request,
            "stories/practice.html",
            {
                "prompt": prompt,
                "signals": signal_map(),
                "answer": answer,
                "errors": getattr(error, "errors", None) or {"answer": error.message},
                "story_id": chosen,
            },
            status_code=status_for(error),
        )
    return render(
        request,
        "stories/practice_result.html",
        {
            "attempt": attempt,
            "result": result,
            "signal": signal_map().get(attempt.signal),
            "ticked": ticked,
        },
    )


@router.get("/stories/history", response_class=HTMLResponse)
def history_page(request: Request, session: SessionDep, signal: str = "") -> HTMLResponse:
    from pivotprep.stories.service import history

    return render(
        request,
        "stories/history.html",
        {
            "hist": history(session, signal=signal or None),
            "signals": signal_map(),
            "chosen": signal,
        },
    )


@router.get("/stories/explain", response_class=HTMLResponse)
def explain_list(request: Request, session: SessionDep) -> HTMLResponse:
    from pivotprep.stories.service import best_explain_scores, load_concepts

    best = best_explain_scores(session)
    return render(request, "stories/explain_list.html", {"concepts": load_concepts(), "best": best})


@router.get("/stories/explain/{concept_id}", response_class=HTMLResponse)
def explain_form(request: Request, session: SessionDep, concept_id: str) -> HTMLResponse:
    from pivotprep.stories.service import explain_history, get_concept

    return render(
        request,
        "stories/explain.html",
        {
            "concept": get_concept(concept_id),
            "answer": "",
            "errors": {},
            "result": None,
            "past": explain_history(session, concept_id),
        },
    )


@router.post("/stories/explain/{concept_id}", response_class=HTMLResponse)
def explain_submit(
    request: Request, session: SessionDep, concept_id: str, answer: Text = ""
) -> HTMLResponse:
    from pivotprep.stories.service import explain_history, get_concept, submit_explain

    concept = get_concept(concept_id)
    errors: dict[str, str] = {}
    result = None
    status = 200
    try:
        _, result = submit_explain(session, concept.id, answer)
    except UserError as error:
        errors["answer"] = error.message
        status = status_for(error)
    return render(
        request,
        "stories/explain.html",
        {
            "concept": concept,
            "answer": answer,
            "errors": errors,
            "result": result,
            "past": explain_history(session, concept.id),
        },
        status_code=status,
    )
