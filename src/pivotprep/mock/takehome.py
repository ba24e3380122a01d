"""A take-home round, as small companies run it: the brief's 4-hour clock starts with the
round (a timed take-home of the portfolio feature, so it also shows on the portfolio page),
the submission goes through the portfolio check (install from a clean slate, tests, serve,
bad input), and the check's verdicts become the round's evidence: the walkthrough's
follow-ups open after it and the scorecard's technical score rests on it.

Reads the portfolio feature only through its service.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pivotprep.core.errors import ConflictError, NextStep, ValidationError

CLOCK_HOURS = 4
PASS_SCORE = 70  # a check score from which a reviewer would invite you to the walkthrough
BLOCKING = ("install", "tests-run")  # a reviewer stops at these: nothing else is looked at
MAX_LISTED = 6


def start_clock(session: Session, brief_id: str) -> int:
    """Start the brief's clock; returns the timed take-home's id."""
    from pivotprep.portfolio import service as portfolio

    return portfolio.start_takehome(session, brief_id, CLOCK_HOURS).id


def takehome_of(events: list[dict[str, Any]]) -> int | None:
    """The timed take-home a round started (kept in its "opened" event)."""
    for event in events:
        if event.get("kind") == "opened" and event.get("takehome"):
            return int(event["takehome"])
    return None


def submit(
    session: Session,
    takehome_id: int,
    *,
    path: Path | None = None,
    upload: tuple[str, bytes] | None = None,
    run: bool = True,
) -> dict[str, Any]:
    """Hand in the take-home and return the check's evidence for the round's events. A
    take-home already submitted from the portfolio page is collected as it is."""
    from pivotprep.portfolio import service as portfolio

    view = portfolio.takehome(session, takehome_id)
    if view.submitted_at is not None and view.check_id is None:
        raise ConflictError(
            "This take-home was handed in on its page and its check is still running: "
            "submit here again, with no project, once it is done.",
            next_step=NextStep("portfolio.takehome", {"takehome_id": str(takehome_id)}),
        )
    if view.submitted_at is not None and view.check_id is not None:
        if path is not None or upload is not None:
            raise ConflictError(
                f"This take-home was already submitted (check {view.check_id}); submit "
                "without a project to use that check.",
                next_step=NextStep("portfolio.show", {"check_id": str(view.check_id)}),
            )
        result = portfolio.get_check(session, view.check_id)
    elif path is None and upload is None:
        raise ValidationError(
            "Give the project to submit: a folder, a git repository or a zip.", field="project"
        )
    else:
        result = portfolio.submit_takehome(session, takehome_id, path=path, upload=upload, run=run)
    return check_event(result, portfolio.takehome(session, takehome_id))


def check_event(result: Any, view: Any) -> dict[str, Any]:
    """What the round keeps of a check: score, blocking failures, the first fixes, lateness."""
    report = result.report
    failed = [c for c in report.checks if c.status == "fail"]
    blocked = [c.title for c in failed if c.id in BLOCKING]
    score = int(report.score)
    spent = None
    if view.submitted_at is not None:
        spent = round((view.submitted_at - view.started_at).total_seconds() / 3600, 2)
    passed = score >= PASS_SCORE and not blocked
    message = f"Check {result.id}: {score}/100, {len(failed)} failing check(s)" + (
        f"; a reviewer stops at: {', '.join(blocked)}" if blocked else ""
    )
    return {
        "check_id": result.id,
        "score": score,
        "passed": passed,
        "failed": [c.title for c in failed][:MAX_LISTED],
        "blocked": blocked,
        "fixes": [c.fix for c in report.fixes()][:3],
        "late": bool(view.late),
        "hours": spent,
        "message": message + ("; submitted after the clock ran out." if view.late else "."),
    }
