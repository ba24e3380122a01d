"""What the triage of missing keywords returns: the three verdicts and one item per skill.

Pure. `triage.py` runs the triage; `triage_rules.py` holds its ordered rules; this module
holds the values both return, so neither imports the other's internals.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Final, TypedDict

from pivotprep.resume.matching.taxonomy import Skill

WORDED: Final = "worded_differently"
TRANSFERABLE: Final = "transferable"
GAP: Final = "gap"
# A soft skill no line shows yet: never a "do not claim" gap, since the candidate may well
# have it; the advice is to show it in a bullet or a STAR story.
SHOW: Final = "show_it"
# Categories of named things (a tool, a language ...): using one is never using another.
NAMED = frozenset({"language", "framework", "tool", "cloud"})
# Why a keyword the resume names counts as missing (DOCX text boxes).
TEXT_BOX_NOTE: Final = "only in a text box, which many ATS skip"


class EvidenceLine(TypedDict):
    """A resume line offered as evidence, and what in it counts (a skill, words, a phrase)."""

    number: int
    text: str
    via: str


@dataclass
class TriageItem:
    keyword: str
    kind: str
    category: str
    part: str
    verdict: str  # WORDED | TRANSFERABLE | SHOW | GAP
    reason: str
    suggestion: str
    evidence: list[EvidenceLine] = field(default_factory=list)
    # related | words | semantic | translation | adjacent | sibling | text_box | none
    source: str = ""
    plan_step: str | None = None
    plan_hours: float = 0.0
    alternatives: list[str] = field(default_factory=list)  # a one-of group's skills

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Triage:
    mode: str  # "taxonomy + translation map" or "... + semantic (all-MiniLM-L6-v2)"
    items: list[TriageItem]

    @property
    def gaps(self) -> list[TriageItem]:
        """The real gaps: skills with no evidence, which only a plan task can close."""
        return [i for i in self.items if i.verdict == GAP]

    def to_dict(self) -> dict[str, Any]:
        return {"mode": self.mode, "items": [i.to_dict() for i in self.items]}


def plan_for(skill: Skill | None, kind: str) -> tuple[str, float]:
    """The plan step and hours for closing a gap in `skill` (soft skills: a story)."""
    if kind == "soft_skills":
        return "stories", 2.0
    if skill is not None and skill.category in NAMED:
        return "foundations", 6.0
    return "projects", 10.0
