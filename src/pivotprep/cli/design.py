"""`pivotprep design`: system design and ML-ops practice.

    pivotprep design list --track ml
    pivotprep design start ml-drift-monitoring --minutes 45
    pivotprep design finish
    pivotprep design review url-shortener --file answer.md --json
    pivotprep design drill ; pivotprep design cards ; pivotprep design lab --plan plan.md

The commands live in `design_sessions` (prompts, sessions, reviews, export, diagrams) and
`design_practice` (drills, cards, the drift lab, plan tasks).
"""

from __future__ import annotations

import typer

from pivotprep.cli import design_practice, design_sessions

app = typer.Typer(
    no_args_is_help=True,
    help="System design and ML ops: timed sessions reviewed with evidence, drills, drift lab.",
)

COMMANDS = (
    ("list", design_sessions.list_),
    ("show", design_sessions.show),
    ("start", design_sessions.start),
    ("status", design_sessions.status),
    ("next", design_sessions.next_),
    ("save", design_sessions.save),
    ("finish", design_sessions.finish),
    ("review", design_sessions.review),
    ("sessions", design_sessions.sessions_),
    ("export", design_sessions.export),
    ("diagram", design_sessions.diagram),
    ("drills", design_practice.drills_),
    ("drill", design_practice.drill),
    ("cards", design_practice.cards),
    ("lab", design_practice.lab),
    ("scenarios", design_practice.scenarios),
    ("plan", design_practice.plan),
)
for _name, _command in COMMANDS:
    app.command(_name)(_command)
