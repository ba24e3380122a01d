"""Dashboard panels contributed by features.

The dashboard shows, below the plan, one card per feature that declares a `panel` in
`pivotprep.registry`: a function `(session) -> Panel | None` (None hides the card, e.g.
before the feature has any data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Panel:
    title: str
    template: str  # a template under web/templates/, rendered with `context`
    context: dict[str, Any] = field(default_factory=dict)
    link: tuple[str, str] | None = None  # (label, href) to the feature's page


def collect_panels(session: Session) -> list[Panel]:
    from pivotprep import registry

    panels = []
    for make_panel in registry.panels():
        panel = make_panel(session)
        if panel is not None:
            panels.append(panel)
    return panels
