"""Reviewing a story or a typed answer: the analyzer run with the candidate's past domain
and the resume feature's jargon map, or the reason there is no analysis (empty, not
English). Analysis runs on read: it is fast and the analyzer improves.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from pivotprep.profile.service import get_profile
from pivotprep.stories.analyzer.analysis import Analysis, EmptyStoryError, NotEnglishError, analyze
from pivotprep.stories.analyzer.checks import JargonFinder
from pivotprep.stories.bank import story_text
from pivotprep.stories.models import Story


def jargon_finder() -> JargonFinder | None:
    """The ATS translation map's `find_jargon` (the same map the resume scan uses)."""
    try:
        from pivotprep.resume.service import find_jargon
    except ImportError:  # the resume feature is not installed in this build
        return None
    return find_jargon


def candidate_domain(session: Session, story: Story | None = None) -> str | None:
    if story is not None and story.domain:
        return story.domain
    profile = get_profile(session)
    return profile.domain if profile is not None and profile.domain != "other" else None


@dataclass(frozen=True)
class StoryAnalysis:
    """An analysis, or the reason there is none (empty, not English)."""

    analysis: Analysis | None
    notice: str = ""


def analyze_text(text: str, domain: str | None) -> StoryAnalysis:
    try:
        return StoryAnalysis(analyze(text, domain=domain, jargon_finder=jargon_finder()))
    except (EmptyStoryError, NotEnglishError) as error:
        return StoryAnalysis(None, error.message)


def analyze_story(session: Session, story: Story) -> StoryAnalysis:
    return analyze_text(story_text(story), candidate_domain(session, story))
