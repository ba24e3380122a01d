"""The delivery checks run on a labelled story: length in spoken minutes, a long setup,
fillers, hedges and past-domain jargon. Pure: every finding quotes its sentences and says
how to fix them. The structure checks (missing and weak parts) are in `checks.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pivotprep.stories.analyzer import lexicon
from pivotprep.stories.analyzer.checks import Check, ToldStory, make_finding
from pivotprep.stories.analyzer.findings import Finding
from pivotprep.stories.analyzer.labels import LabelledSentence
from pivotprep.stories.analyzer.phrases import fillers_in, hedges_in, undercuts_in

WORDS_PER_MINUTE = 150
MIN_MINUTES, MAX_MINUTES = 1.5, 3.0  # a spoken answer: about 225-450 words
# Written answers of 150-200 words that are complete read well, so "too short" allows a
# wide tolerance below the spoken minimum: under 0.8 minutes (120 words) there is rarely
# room for a situation, the actions and a result.
SHORT_MINUTES = 0.8
FILLER_LIMIT = 3  # this many fillers in one story is noticeable when spoken
HEDGE_LIMIT = 3
HEDGES_IN_ONE_SENTENCE = 2  # "I think I'm kind of good at it" undercuts itself
JARGON_LIMIT = 2  # distinct past-domain terms
SETUP_SHARE, SETUP_WORDS = 0.40, 60  # situation + task over 40% of the words, and 60+


def _too_long(story: ToldStory) -> Finding | None:
    minutes = story.words / WORDS_PER_MINUTE
    if minutes <= MAX_MINUTES:
        return None
    return make_finding(
        "too_long",
        f"{story.words} words take about {minutes:.1f} minutes to say; interviewers expect "
        f"{MIN_MINUTES:g}-{MAX_MINUTES:g}.",
        "Cut the context to two sentences and keep the three actions that mattered most.",
    )


def _too_short(story: ToldStory) -> Finding | None:
    minutes = story.words / WORDS_PER_MINUTE
    if minutes >= SHORT_MINUTES:
        return None
    return make_finding(
        "too_short",
        f"{story.words} words take about {minutes * 60:.0f} seconds to say; a spoken answer "
        f"runs {MIN_MINUTES:g}-{MAX_MINUTES:g} minutes (about "
        f"{MIN_MINUTES * WORDS_PER_MINUTE:.0f}-{MAX_MINUTES * WORDS_PER_MINUTE:.0f} words), and "
        f"even a written one needs {SHORT_MINUTES * WORDS_PER_MINUTE:.0f} or more.",
        "Add the detail an interviewer would ask for next: why it was hard, what you "
        "tried first, how you measured the result.",
    )


def _long_setup(story: ToldStory) -> Finding | None:
    words = story.words
    setup = [s for s in story.labelled if s.label in ("S", "T")]
    setup_words = sum(s.features.words for s in setup)
    if not words or setup_words < SETUP_WORDS or setup_words / words < SETUP_SHARE:
        return None
    return make_finding(
        "long_setup",
        f"The context takes {setup_words} of {words} words ({setup_words / words:.0%}); "
        "the interviewer waits a long time to hear what you did.",
        "Keep the situation and task to about a fifth of the story: two or three "
        "sentences, then move to your actions.",
        setup,
    )


# A note to the reader left in the answer, "(Ownership shown)", "(shows: bias for action)":
# read aloud it is a tag, not a story, and one is enough to notice.
_TAG = re.compile(
    r"[(\[](?:[a-z][\w -]{0,30} (?:shown|demonstrated)|(?:shows?|demonstrates?)\b:?"
    r"[\w ,&-]{1,40}|" + lexicon.VALUE_TAG + r")[)\]]",
    re.I,
)


def _filler(story: ToldStory) -> Finding | None:
    tagged = [(s, _tags_in(s)) for s in story.labelled]
    found = [(s, fillers_in(s.text) + tags) for s, tags in tagged]
    fillers = [w for _, words in found for w in words]
    if len(fillers) < FILLER_LIMIT and not any(tags for _, tags in tagged):
        return None
    return make_finding(
        "filler",
        f"{len(fillers)} filler word{'' if len(fillers) == 1 else 's'} or "
        f"tag{'' if len(fillers) == 1 else 's'} ("
        + ", ".join(f"“{w}”" for w in dict.fromkeys(fillers))
        + (") weakens" if len(fillers) == 1 else ") weaken")
        + " the telling.",
        "Delete them in the written version and pause instead of filling when you speak; "
        "let the story show the quality instead of naming it.",
        [s for s, words in found if words],
        fillers,
    )


def _tags_in(s: LabelledSentence) -> tuple[str, ...]:
    """Notes to the reader, and whole sentences of pleasantry, maxim ("Leadership is a
    journey of continuous learning.") or the question read out: one is enough to notice."""
    tags = tuple(m.group(0) for m in _TAG.finditer(s.text))
    return tags + ((s.text.strip(),) if s.features.pleasantry else ())


def _hedges_and_undercuts(text: str) -> tuple[str, ...]:
    """The undercutting phrases of a sentence, then its hedges not inside one of them ("I'm
    not sure if it helped" is one phrase, not also the hedge "not sure")."""
    undercuts = undercuts_in(text)
    return undercuts + tuple(h for h in hedges_in(text) if not any(h in u for u in undercuts))


def _hedging(story: ToldStory) -> Finding | None:
    """Three hedges in a story, two in one sentence ("I think I'm kind of good at staying
    calm"), or one phrase that undercuts the account outright ("I don't think it was
    anything special")."""
    found = [(s, _hedges_and_undercuts(s.text)) for s in story.labelled]
    hedges = [w for _, words in found for w in words]
    doubled = any(len(words) >= HEDGES_IN_ONE_SENTENCE for _, words in found)
    undercut = any(undercuts_in(s.text) for s in story.labelled)
    if len(hedges) < HEDGE_LIMIT and not doubled and not undercut:
        return None
    return make_finding(
        "hedging",
        f"{len(hedges)} hedge{'' if len(hedges) == 1 else 's'} ("
        + ", ".join(f"“{w}”" for w in dict.fromkeys(hedges))
        + (") makes" if len(hedges) == 1 else ") make")
        + " you sound unsure of your own work.",
        "State what you did and what happened plainly. If a number is an estimate, "
        "say “about” once instead of hedging every sentence.",
        [s for s, words in found if words],
        hedges,
    )


def _jargon(story: ToldStory) -> Finding | None:
    hits = story.jargon_hits
    terms = list(dict.fromkeys(term for _, term, _ in hits))
    if len(terms) < JARGON_LIMIT:
        return None
    picked = sorted({i for i, _, _ in hits})
    hints = [f"{term} → {hint}" if hint else term for _, term, hint in hits]
    return make_finding(
        "jargon",
        "Terms from your past field that a tech interviewer may not know: "
        + ", ".join(f"“{t}”" for t in terms)
        + ".",
        "Say what each one means in plain words, or use the target role's term: "
        + "; ".join(dict.fromkeys(hints))
        + ".",
        [story.labelled[i] for i in picked],
        terms,
    )


# Length, setup, fillers, hedges and jargon: in the order they are listed.
DELIVERY_CHECKS: tuple[Check, ...] = (
    _too_long,
    _too_short,
    _long_setup,
    _filler,
    _hedging,
    _jargon,
)


def delivery_findings(
    labelled: Sequence[LabelledSentence],
    words: int,
    jargon_hits: Sequence[tuple[int, str, str]] = (),
) -> list[Finding]:
    """Length, fillers, hedges, jargon and a long setup. `jargon_hits`: (sentence, term, hint)."""
    story = ToldStory(labelled, words, jargon_hits)
    return [found for check in DELIVERY_CHECKS if (found := check(story)) is not None]
