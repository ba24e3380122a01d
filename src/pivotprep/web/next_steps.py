"""The web's words for each `NextStep` a service offers: a link to the page that does it.

Services never name pages or buttons; they attach a `NextStep(action, params)` and this
table says it the web's way. One entry per action id, in alphabetical order: (label, url
template); `{name}` fields come from the step's params and are URL-quoted.
"""

from __future__ import annotations

from urllib.parse import quote

from pivotprep.core.errors import NextStep

STEPS: dict[str, tuple[str, str]] = {
    "design.cards": ("Open the card review", "/design/cards"),
    "design.drills": ("See the estimation drills", "/design/drills"),
    "design.lab": ("Open the drift lab", "/design/lab"),
    "design.list": ("See the design prompts", "/design"),
    "design.sessions": ("See your design sessions", "/design#sessions"),
    "profile.create": ("Create your profile", "/profile"),
}


def link(step: NextStep | None) -> tuple[str, str] | None:
    """(label, href) for `step`, or None when there is no step or no page for it."""
    if step is None or step.action not in STEPS:
        return None
    label, url = STEPS[step.action]
    params = {key: quote(str(value), safe="") for key, value in step.params.items()}
    return label.format(**step.params), url.format(**params)
