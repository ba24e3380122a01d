"""Dashboard panels contributed by features.

The dashboard shows, below the plan, one card per entry of `PANELS`: a function
`(session) -> Panel | None` (None hides the card, e.g. before the feature has any data).
A feature adds its panel by adding one "module:function" line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

PANELS: tuple[str, ...] = (
    "pivotprep.web.stories:panel",
    "pivotprep.web.practice:panel",
    "pivotprep.web.resume:panel",
)


@dataclass(frozen=True)
class Panel:
    title: str
    template: str  # a template under web/templates/, rendered with `context`
    context: dict[str, Any] = field(default_factory=dict)
    link: tuple[str, str] | None = None  # (label, href) to the feature's page


def collect_panels(session: Session) -> list[Panel]:
    panels = []
    for target in PANELS:
        module_name, _, attr = target.partition(":")
        panel = getattr(importlib.import_module(module_name), attr)(session)
        if panel is not None:
            panels.append(panel)
    return panels
