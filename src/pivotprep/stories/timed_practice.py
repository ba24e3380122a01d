"""Timed practice and explain drills: picking a question (the weakest signal first when
asked), keeping each typed answer with the analysis it got, and the history that shows
how the scores moved.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pivotprep.core.errors import NotFoundError, ValidationError
from pivotprep.profile.service import get_profile
from pivotprep.stories import coverage as cov
from pivotprep.stories.analyzer.analysis import EmptyStoryError, check_size
from pivotprep.stories.analyzer.findings import finding_name
from pivotprep.stories.answer_analysis import StoryAnalysis, analyze_text, candidate_domain
from pivotprep.stories.bank import LARGEST_ID, get_story, list_stories
from pivotprep.stories.explain import ExplainResult, get_concept, score_explanation
from pivotprep.stories.models import ExplainAttempt, PracticeAttempt, Story
from pivotprep.stories.overview import coverage
from pivotprep.stories.questions import (
    CANDIDATE_LEVEL,
    Question,
    Signal,
    check_signals,
    get_question,
    load_signals,
    pick_question,
)

DEFAULT_SECONDS = 180
MIN_SECONDS, MAX_SECONDS = 30, 900
LONGEST_TAKEN = 24 * 3600  # a reported time above a day is not a timing: kept as a day


def _practice_scores(session: Session) -> dict[str, list[int]]:
    scores: dict[str, list[int]] = defaultdict(list)
    for signal, score in session.execute(
        select(PracticeAttempt.signal, PracticeAttempt.score).order_by(PracticeAttempt.id)
    ):
        if signal:
            scores[signal].append(score)
    return scores


def weakest_signal(session: Session) -> str:
    return cov.weakest_signal(coverage(session), _practice_scores(session))


def _target_sizes(session: Session) -> tuple[str, ...]:
    """The company sizes the profile targets (none without a profile)."""
    profile = get_profile(session)
    return tuple(profile.company_sizes) if profile is not None else ()


@dataclass(frozen=True)
class PracticePrompt:
    question: Question
    signal: str
    seconds: int
    stories: list[Story] = field(default_factory=list)  # stories tagged with the signal first

    @property
    def signal_info(self) -> Signal:
        """The signal the question probes: its name and what interviewers listen for."""
        return load_signals()[self.signal]

    @property
    def look_for(self) -> str:
        """What interviewers look for in that signal at the candidate's level."""
        return self.signal_info.look_for[CANDIDATE_LEVEL]

    def matches(self, story: Story) -> bool:
        """Whether `story` shows a signal the question probes."""
        return bool(set(self.question.signals) & set(story.signals))


def start_practice(
    session: Session,
    *,
    signal: str | None = None,
    weakest: bool = False,
    question_id: str | None = None,
    seconds: object = DEFAULT_SECONDS,
    rng: random.Random | None = None,
) -> PracticePrompt:
    """Pick a question: a given one, one probing `signal`, one probing the weakest signal,
    or any. Returns it with the stories that could answer it (best match first).
    `seconds` may be given as typed ("180"): it is checked by `check_seconds`."""
    seconds = check_seconds(seconds)
    if signal:  # unknown signals are refused even when a question is given
        signal = next(iter(check_signals([signal])), None)
    if question_id:
        question = get_question(question_id)
        chosen = signal if signal in question.signals else question.signals[0]
    else:
        if weakest:
            signal = weakest_signal(session)
        question = pick_question(signal, rng, sizes=_target_sizes(session))
        chosen = signal or question.signals[0]
    prompt = PracticePrompt(question, chosen, seconds)
    stories = sorted(list_stories(session), key=lambda s: (not prompt.matches(s), s.id))
    return PracticePrompt(question, chosen, seconds, stories)


def check_seconds(seconds: object) -> int:
    try:
        value = int(str(seconds))
    except ValueError:
        raise ValidationError(
            f"The timer must be a whole number of seconds, got {seconds!r}.", field="seconds"
        ) from None
    if not MIN_SECONDS <= value <= MAX_SECONDS:
        raise ValidationError(
            f"The timer must be {MIN_SECONDS}-{MAX_SECONDS} seconds (3 minutes is typical).",
            field="seconds",
        )
    return value


def submit_practice(
    session: Session,
    *,
    question_id: str,
    answer: str,
    signal: str = "",
    story_id: int | None = None,
    seconds_allowed: int = DEFAULT_SECONDS,
    seconds_taken: int | None = None,
) -> tuple[PracticeAttempt, StoryAnalysis]:
    """Analyse a typed answer and keep it. An empty answer is refused; a non-English one is
    kept with a notice instead of a score."""
    question = get_question(question_id)
    check_size(answer, field_name="answer", what="answer")
    if not answer.strip():
        raise EmptyStoryError(
            "The answer is empty: type your story (or pick one of your stories to start from).",
            field="answer",
        )
    story = get_story(session, story_id) if story_id else None
    if signal:
        check_signals([signal])
    result = analyze_text(answer, candidate_domain(session, story), question.text)
    analysis: dict[str, Any] = (
        result.analysis.to_dict() if result.analysis else {"notice": result.notice}
    )
    attempt = PracticeAttempt(
        question_id=question.id,
        question_text=question.text,
        signal=signal or question.signals[0],
        story_id=story.id if story else None,
        answer=answer,
        seconds_allowed=check_seconds(seconds_allowed),
        seconds_taken=None
        if seconds_taken is None
        else min(max(0, int(seconds_taken)), LONGEST_TAKEN),
        score=result.analysis.score if result.analysis else 0,
        analysis=analysis,
    )
    session.add(attempt)
    session.flush()
    return attempt, result


@dataclass(frozen=True)
class FindingTrend:
    """How often a finding came up in the earlier and the later half of the attempts."""

    code: str
    early: int
    late: int

    @property
    def name(self) -> str:
        return finding_name(self.code)

    @property
    def fixed(self) -> bool:
        return bool(self.early) and not self.late

    @property
    def fewer(self) -> bool:
        return not self.fixed and self.late < self.early


@dataclass(frozen=True)
class History:
    attempts: list[PracticeAttempt]
    first_score: int | None
    best_score: int | None
    last_score: int | None
    by_signal: dict[str, list[int]]  # signal -> scores in order

    @property
    def change(self) -> int | None:
        if self.first_score is None or self.last_score is None:
            return None
        return self.last_score - self.first_score

    def finding_counts(self) -> list[tuple[str, int, int]]:
        """(finding, in the first half of attempts, in the second half): what got fixed."""
        half = len(self.attempts) // 2
        early: dict[str, int] = defaultdict(int)
        late: dict[str, int] = defaultdict(int)
        for index, attempt in enumerate(self.attempts):
            bucket = early if index < half else late
            for finding in attempt.analysis.get("findings", []):
                bucket[finding["code"]] += 1
        codes = sorted(set(early) | set(late))
        return [(c, early[c], late[c]) for c in codes]

    def trends(self) -> list[FindingTrend]:
        """`finding_counts` as typed values that say which findings were fixed."""
        return [FindingTrend(code, early, late) for code, early, late in self.finding_counts()]

    @property
    def scored_attempts(self) -> list[PracticeAttempt]:
        """The attempts that got a score (not those kept with a notice instead)."""
        return [a for a in self.attempts if a.scored]


def history(session: Session, *, signal: str | None = None) -> History:
    query = select(PracticeAttempt).order_by(PracticeAttempt.id)
    if signal:
        check_signals([signal])
        query = query.where(PracticeAttempt.signal == signal)
    attempts = list(session.scalars(query))
    scored = [a.score for a in attempts if a.scored]
    by_signal: dict[str, list[int]] = defaultdict(list)
    for attempt in attempts:
        if attempt.scored:
            by_signal[attempt.signal].append(attempt.score)
    return History(
        attempts,
        scored[0] if scored else None,
        max(scored) if scored else None,
        scored[-1] if scored else None,
        dict(by_signal),
    )


def get_attempt(session: Session, attempt_id: int) -> PracticeAttempt:
    attempt = session.get(PracticeAttempt, attempt_id) if 0 < attempt_id <= LARGEST_ID else None
    if attempt is None:
        raise NotFoundError(f"No practice attempt #{attempt_id}.")
    return attempt


def submit_explain(
    session: Session, concept_id: str, answer: str
) -> tuple[ExplainAttempt, ExplainResult]:
    concept = get_concept(concept_id)
    result = score_explanation(concept, answer)
    attempt = ExplainAttempt(
        concept_id=concept.id, answer=answer, score=result.score, result=result.to_dict()
    )
    session.add(attempt)
    session.flush()
    return attempt, result


def best_explain_scores(session: Session) -> dict[str, int]:
    """The best score reached on each concept practised (concept id -> score)."""
    best: dict[str, int] = {}
    for attempt in explain_history(session):
        best[attempt.concept_id] = max(best.get(attempt.concept_id, 0), attempt.score)
    return best


def explain_history(session: Session, concept_id: str | None = None) -> list[ExplainAttempt]:
    query = select(ExplainAttempt).order_by(ExplainAttempt.id)
    if concept_id:
        query = query.where(ExplainAttempt.concept_id == concept_id)
    return list(session.scalars(query))
