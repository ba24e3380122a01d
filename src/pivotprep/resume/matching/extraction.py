"""Skill mentions in a text, with character spans: the input of every scan.

Thin on purpose: the taxonomy's matcher does the work; this module decides which
mentions count (overlaps resolved in favour of the curated and O*NET skills over ESCO's
broad vocabulary).
"""

from __future__ import annotations

from bisect import bisect_left

from pivotprep.resume.matching.normalize import Token, tokenize
from pivotprep.resume.matching.taxonomy import SkillMention, get_matcher


def extract_mentions(
    text: str, *, broad: bool = True, tokens: list[Token] | None = None
) -> list[SkillMention]:
    """Skill mentions in `text`, left to right, one per span.

    `broad=False` leaves out skills known only from ESCO's broad vocabulary.
    """
    found = get_matcher(broad).find(text, tokens)
    if broad and any(m.skill.is_broad for m in found):
        found = _unswallowed(text, tokenize(text) if tokens is None else tokens, found)
    by_span: dict[tuple[int, int], SkillMention] = {}
    for mention in found:
        span = (mention.start, mention.end)
        current = by_span.get(span)
        if current is None or (current.skill.is_broad and not mention.skill.is_broad):
            by_span[span] = mention
    return sorted(by_span.values(), key=lambda m: (m.start, m.end))


_AROUND = 5  # tokens either side of a broad phrase that its inner skills' guards may read


def _unswallowed(text: str, tokens: list[Token], found: list[SkillMention]) -> list[SkillMention]:
    """A broad ESCO phrase that holds a curated or O*NET skill ("build predictive models",
    "artificial neural networks"), or whose last words open one ("building machine" in
    "building machine learning models"), gives way to that skill: the longest match must
    not swallow a screened skill into an other keyword. Only the broad phrases' own tokens
    (and a few around them, for guards) are read again, so a scan pays little for it."""
    starts = [t.start for t in tokens]
    narrow = get_matcher(False)
    out: list[SkillMention] = []
    for mention in found:
        if not mention.skill.is_broad:
            out.append(mention)
            continue
        first = bisect_left(starts, mention.start)
        last = bisect_left(starts, mention.end)
        nearby = narrow.find(text, tokens[max(0, first - _AROUND) : last + _AROUND])
        inner = [m for m in nearby if m.start >= mention.start and m.end <= mention.end]
        # "building machine learning models": the broad "build machines" took the first
        # word of "machine learning"; the screened skill that starts inside it wins.
        inner = inner or [
            m for m in nearby if mention.start < m.start < mention.end < m.end and m.skill.is_hard
        ]
        out.extend(inner or [mention])
    return out
