"""Mock interviews, the operations the CLI and the web call.

- loops: which rounds a company size asks for (`loops.py`), filled from the practice banks
  preferring unseen items (`assembly.py`);
- rounds: the interviewer's script (`script.py`, `scripts.py`), timed rounds with
  clarifying questions, notes, hints, runs, answers, follow-ups and the close, resumable
  (`rounds.py`), the evidence they leave (`evidence.py`);
- scorecards from evidence (`scorecard.py`) and the loop's debrief with plan tasks
  (`debrief.py`, through `pivotprep.plan.service`); closing a round ticks the plan's mock
  task of its kind (`plan_links.py`, by `content/mock/plan_links.yaml`);
- voice mode (the `voice` extra): offline transcripts with word timings and their
  measures (`voice.py`, `speech.py`), kept as think-aloud notes;
- the optional LLM interviewer that only phrases follow-ups (`interviewer.py`);
- mocks with people: the interviewer's kit and the record of their scores (`peer.py`);
- history and the dashboard figures (`overview.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.core.errors import ConflictError, NextStep
from pivotprep.mock.assembly import Item, LoopPlan, PlannedRound, plan_loop
from pivotprep.mock.content import pack
from pivotprep.mock.debrief import Debrief, ProposedTask, Signal, debrief
from pivotprep.mock.interviewer import Endpoint, Phrased
from pivotprep.mock.interviewer import endpoint as llm_endpoint
from pivotprep.mock.interviewer import phrase as phrase_followup
from pivotprep.mock.loops import KINDS, LEVELS, SIZE_LABELS, RoundSpec
from pivotprep.mock.models import MockLoop, MockRound
from pivotprep.mock.overview import MockSummary, Trend, finished_rounds, list_loops, summary
from pivotprep.mock.peer import Kit, kit, record_peer
from pivotprep.mock.plan_links import Ticked as PlanTick
from pivotprep.mock.plan_links import ticks_of
from pivotprep.mock.rounds import (
    IDLE_CAP,
    RoundView,
    answer,
    ask,
    close,
    current_round,
    get_loop,
    get_round,
    hint,
    loop_rounds,
    next_round,
    note,
    reply,
    run,
    start_loop,
    start_single,
    submit,
    view,
    voice_note,
)
from pivotprep.mock.scorecard import SCALES, Evidence, Score, Scorecard, clock_text, from_dict
from pivotprep.mock.script import Reply
from pivotprep.mock.speech import SpeechMeasures
from pivotprep.mock.voice import ENABLE as VOICE_ENABLE
from pivotprep.mock.voice import MAX_AUDIO_BYTES, MAX_SECONDS, Transcript, transcribe_bytes
from pivotprep.mock.voice import available as voice_available

__all__ = [
    "PlanTick",
    "IDLE_CAP",
    "MAX_AUDIO_BYTES",
    "MAX_SECONDS",
    "VOICE_ENABLE",
    "KINDS",
    "LEVELS",
    "SCALES",
    "SIZE_LABELS",
    "AddedTasks",
    "Debrief",
    "Endpoint",
    "Evidence",
    "Item",
    "Kit",
    "LoopPlan",
    "MockLoop",
    "MockRound",
    "MockSummary",
    "Phrased",
    "PlannedRound",
    "ProposedTask",
    "Reply",
    "RoundSpec",
    "RoundView",
    "Score",
    "Scorecard",
    "Signal",
    "SpeechMeasures",
    "Transcript",
    "Trend",
    "add_debrief_tasks",
    "answer",
    "ask",
    "clock_text",
    "close",
    "current_round",
    "finished_rounds",
    "get_loop",
    "get_round",
    "hint",
    "kit",
    "list_loops",
    "llm_endpoint",
    "loop_debrief",
    "loop_rounds",
    "next_round",
    "note",
    "phrase_followup",
    "plan_loop",
    "plan_ticks",
    "record_peer",
    "reply",
    "rubric",
    "run",
    "scorecard",
    "start_loop",
    "start_single",
    "submit",
    "summary",
    "transcribe_bytes",
    "view",
    "voice_available",
    "voice_note",
]


@dataclass(frozen=True)
class AddedTasks:
    titles: tuple[str, ...]
    messages: tuple[str, ...]


def rubric() -> dict[str, tuple[str, dict[int, str]]]:
    """Each scale's title and what each score looks like."""
    return {key: (scale.title, dict(scale.levels)) for key, scale in pack().rubric.items()}


def scorecard(session: Session, round_id: int) -> Scorecard:
    row = get_round(session, round_id)
    if not row.scorecard:
        raise ConflictError(
            f"Round {round_id} is still open: close it to get its scorecard.",
            next_step=NextStep("mock.status"),
        )
    return from_dict(row.scorecard)


def loop_debrief(session: Session, loop_id: int) -> Debrief:
    """The debrief of the loop's closed rounds (all of them once the loop is over)."""
    return debrief(loop_rounds(session, loop_id))


def add_debrief_tasks(session: Session, loop_id: int) -> AddedTasks:
    """Add the debrief's proposed tasks to the plan (step 5, mocks); a task already there
    is not added twice."""
    from pivotprep.plan import service as plan

    found = loop_debrief(session, loop_id)
    if not found.tasks:
        raise ConflictError("The debrief proposes no task: no score is at 2 or below.")
    messages = []
    for task in found.tasks:
        result = plan.place_custom_task(
            session,
            title=task.title,
            step="mocks",
            hours=task.hours,
            source="mock",
            detail=task.because,
        )
        messages.append(result.message)
    return AddedTasks(tuple(t.title for t in found.tasks), tuple(messages))


def plan_ticks(row: MockRound) -> tuple[PlanTick, ...]:
    """The plan tasks closing this round ticked (none while it is open)."""
    return ticks_of(row.events)
