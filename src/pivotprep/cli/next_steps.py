"""The CLI's words for each `NextStep` a service offers: a command to run.

Services never name commands (their messages serve the web too); they attach a
`NextStep(action, params)` and this table says it the CLI's way. One entry per action id,
in alphabetical order; `{name}` fields come from the step's params.
"""

from __future__ import annotations

from pivotprep.core.errors import NextStep

STEPS: dict[str, str] = {
    "design.cards": "`pivotprep design cards` shows the cards due.",
    "design.drills": "`pivotprep design drills` lists the drills.",
    "design.lab": "`pivotprep design scenarios` lists the lab's scenarios and features.",
    "design.list": "`pivotprep design list` lists the prompts.",
    "design.sessions": "`pivotprep design sessions` lists your sessions.",
    "profile.create": "Run `pivotprep init` (or open the web page) to create one.",
}


def words(step: NextStep) -> str:
    """The sentence that tells a CLI user how to take `step` ("" for an unknown action)."""
    template = STEPS.get(step.action)
    return template.format(**step.params) if template else ""


def with_next_step(message: str, step: NextStep | None) -> str:
    """`message`, followed by the CLI's words for `step` when there is one."""
    extra = words(step) if step else ""
    return f"{message} {extra}" if extra else message
