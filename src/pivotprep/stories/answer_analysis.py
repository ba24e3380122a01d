"""Reviewing a story or a typed answer: the analyzer run with the candidate's past domain
and the resume feature's jargon map, or the reason there is no analysis (empty, not
English). Analysis runs on read: it is fast and the analyzer improves.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.profile.service import NO_DOMAIN, get_profile
from pivotprep.stories.analyzer.analysis import Analysis, EmptyStoryError, NotEnglishError, analyze
from pivotprep.stories.analyzer.findings import JargonFinder
from pivotprep.stories.bank import clean_domain, story_text
from pivotprep.stories.models import Story

KEPT = "; the story is kept as written."  # a stored story or answer is never refused


def jargon_finder() -> JargonFinder | None:
    """The ATS translation map's `find_jargon` (the same map the resume scan uses)."""
    try:
        from pivotprep.resume.service import find_jargon
    except ImportError:  # the resume feature is not installed in this build
        return None
    return find_jargon


def candidate_domain(session: Session, story: Story | None = None) -> str | None:
    """The past domain to read jargon for: the story's own, else the profile's (None
    when neither names one: every domain is then checked)."""
    if story is not None and story.domain:
        return story.domain
    profile = get_profile(session)
    return profile.domain if profile is not None and profile.domain != NO_DOMAIN else None


@dataclass(frozen=True)
class StoryAnalysis:
    """An analysis, or the reason there is none (empty, not English)."""

    analysis: Analysis | None
    notice: str = ""


def analyze_text(text: str, domain: str | None, question: str = "") -> StoryAnalysis:
    """The analysis of a text that is kept whatever it holds (a story, an answer), read
    against the `question` it answers when there is one."""
    try:
        return StoryAnalysis(
            analyze(text, domain=domain, jargon_finder=jargon_finder(), question=question)
        )
    except NotEnglishError as error:
        return StoryAnalysis(None, error.message.removesuffix(".") + KEPT)
    except EmptyStoryError as error:
        return StoryAnalysis(None, error.message)


def _chosen(domain: object) -> str:
    """A past domain asked for explicitly ("" for none given), checked."""
    return clean_domain(domain) if domain is not None else ""


def analyze_story(
    session: Session, story: Story, domain: object = None, question: str = ""
) -> StoryAnalysis:
    """A stored story's analysis, reading jargon for `domain` when one is given (else the
    story's or the profile's domain; "other": every domain), and against `question`."""
    chosen = _chosen(domain)
    if chosen:
        return analyze_text(story_text(story), None if chosen == NO_DOMAIN else chosen, question)
    return analyze_text(story_text(story), candidate_domain(session, story), question)


def analyze_draft(
    session: Session, text: str, domain: object = None, question: str = ""
) -> StoryAnalysis:
    """The analysis of a text that is not stored (read against `question` when given).
    Nothing is kept, so a text that cannot be analysed (too large, empty, not English) is
    refused with a `ValidationError`."""
    mine = _chosen(domain) or candidate_domain(session)
    found = analyze(
        text,
        domain=None if mine == NO_DOMAIN else mine,
        jargon_finder=jargon_finder(),
        question=question,
    )
    return StoryAnalysis(found)
