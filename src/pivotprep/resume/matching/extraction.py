"""Skill mentions in a text, with character spans: the input of every scan.

Thin on purpose: the taxonomy's matcher does the work; this module decides which
mentions count (overlaps resolved in favour of the curated and O*NET skills over ESCO's
broad vocabulary).
"""

from __future__ import annotations

from pivotprep.resume.matching.normalize import Token
from pivotprep.resume.matching.taxonomy import SkillMention, get_matcher


def extract_mentions(
    text: str, *, broad: bool = True, tokens: list[Token] | None = None
) -> list[SkillMention]:
    """Skill mentions in `text`, left to right, one per span.

    `broad=False` leaves out skills known only from ESCO's broad vocabulary.
    """
    found = get_matcher(broad).find(text, tokens)
    by_span: dict[tuple[int, int], SkillMention] = {}
    for mention in found:
        span = (mention.start, mention.end)
        current = by_span.get(span)
        if current is None or (current.skill.is_broad and not mention.skill.is_broad):
            by_span[span] = mention
    return sorted(by_span.values(), key=lambda m: (m.start, m.end))
