"""The checks run on a labelled story. Pure: every finding quotes its sentences and says
how to fix them.

The finding codes, their names and severities are in `findings.py`. Each check is a
small function in one of two ordered tables (`STRUCTURE_CHECKS`, `DELIVERY_CHECKS`).

One complaint per cause: a story with no situation is not also told it has no task (the
fix is the same opening), one with no actions is not told they are vague or "we", one
with no result is not told the result lacks a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pivotprep.stories.analyzer import lexicon
from pivotprep.stories.analyzer.features import fillers_in, hedges_in, rewrite_hint, vague_in
from pivotprep.stories.analyzer.findings import SEVERITY, Finding
from pivotprep.stories.analyzer.labels import LabelledSentence

_CONCRETE = re.compile(lexicon.CONCRETE_OUTCOMES)
_EVALUATIVE = re.compile(lexicon.EVALUATIVE_OUTCOME)
_PROBLEM = re.compile(lexicon.PROBLEM_STATED)
_GENERIC_SITUATION = re.compile(lexicon.GENERIC_SITUATION)
WORDS_PER_MINUTE = 150
MIN_MINUTES, MAX_MINUTES = 1.5, 3.0  # a spoken answer: about 225-450 words
# Written answers of 150-200 words that are complete read well, so "too short" allows a
# wide tolerance below the spoken minimum: under 0.8 minutes (120 words) there is rarely
# room for a situation, the actions and a result.
SHORT_MINUTES = 0.8
FILLER_LIMIT = 3  # this many fillers in one story is noticeable when spoken
HEDGE_LIMIT = 3
JARGON_LIMIT = 2  # distinct past-domain terms
SETUP_SHARE, SETUP_WORDS = 0.40, 60  # situation + task over 40% of the words, and 60+
# An action sentence that goes on to tell what came of it ("I talked to them and things got
# better") tells an outcome when its result evidence reaches this (labels.SECONDARY's scale).
OUTCOME_TOLD = 1.5


def _finding(
    code: str,
    message: str,
    fix: str,
    picked: Sequence[LabelledSentence] = (),
    details: Sequence[str] = (),
) -> Finding:
    return Finding(
        code=code,
        message=message,
        fix=fix,
        sentences=tuple(s.sentence.index for s in picked),
        quotes=tuple(s.text for s in picked),
        details=tuple(details),
        severity=SEVERITY[code],
    )


def _with(labelled: Sequence[LabelledSentence], component: str) -> list[LabelledSentence]:
    return [s for s in labelled if s.label == component or component in s.also]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Story:
    """A labelled story as the checks read it: its sentences by component, the word
    count and the past-domain jargon found in it ((sentence, term, hint))."""

    labelled: Sequence[LabelledSentence]
    words: int = 0
    jargon_hits: Sequence[tuple[int, str, str]] = ()

    @property
    def situation(self) -> list[LabelledSentence]:
        return _with(self.labelled, "S")

    @property
    def task(self) -> list[LabelledSentence]:
        return _with(self.labelled, "T")

    @property
    def actions(self) -> list[LabelledSentence]:
        return [s for s in self.labelled if s.label == "A"]

    @property
    def results(self) -> list[LabelledSentence]:
        return [s for s in self.labelled if s.label == "R"]

    @property
    def outcomes(self) -> list[LabelledSentence]:
        """The results, and sentences labelled otherwise that also tell an outcome in a
        clause of their own ("I talked to them and things got better")."""
        return [s for s in self.labelled if s.label == "R" or _tells_outcome(s)]


def _tells_outcome(s: LabelledSentence) -> bool:
    """Result evidence of its own (not only a late place in the story) in a sentence of
    the second half labelled otherwise."""
    f = s.features
    said = f.outcome_phrases or f.measured_outcome or f.result_lead or f.lasting or f.lesson
    late = f.position > 0.5 and s.label in ("A", "none")
    return late and s.scores.get("R", 0.0) >= OUTCOME_TOLD and bool(said)


Check = Callable[[_Story], Finding | None]


def _missing_situation(story: _Story) -> Finding | None:
    generic = _generic_situation(story)
    if generic is not None:
        return generic
    if story.situation:
        return None
    first = story.labelled[0]
    return _finding(
        "missing_situation",
        f"No sentence sets the scene: the story starts with “{_short(first.text)}”.",
        "Open with one or two sentences of context: where you were, what was going "
        "wrong and why it mattered, then what you were asked or aiming to do.",
        [first],
    )


def _generic_situation(story: _Story) -> Finding | None:
    """Every context sentence describes a whole job, a habit or an anonymous occasion."""
    setup = story.situation
    if not setup or not all(_GENERIC_SITUATION.search(s.text.lower()) for s in setup[:1]):
        return None
    if any(ch.isdigit() for s in setup for ch in s.text) or any(
        s.features.numbers or s.features.timeframes for s in setup
    ):
        return None  # a date, a count or a size ("five working days") pins the occasion down
    return _finding(
        "missing_situation",
        f"The context sets up no one occasion: “{_short(setup[0].text)}”.",
        "Pick the one time it happened and say when and where: “Last March, two days "
        "before the audit, ...”, then what was at stake.",
        setup[:1],
    )


def _missing_task(story: _Story) -> Finding | None:
    """No goal or responsibility is said, and none can be read off the situation.

    A situation that states a problem or an obligation ("a memory leak was crashing the
    servers", "the report had to be out by Friday") makes the task plain (deal with it),
    so only a situation without one is flagged. A story with no situation sentence at
    all is told only that (the same opening fixes both)."""
    if story.task:
        return None
    setup = story.situation
    if any(_PROBLEM.search(s.text.lower()) for s in setup):
        return None
    if not setup:
        return None  # no situation either: one finding, the same opening fixes both
    return _finding(
        "missing_task",
        "The story never says what you were responsible for or aiming at.",
        "After the context, add one sentence with your goal: “I was asked to…”, "
        "“My goal was…”, “I owned…”.",
        setup[-1:],
    )


def _missing_action(story: _Story) -> Finding | None:
    if story.actions:
        return None
    return _finding(
        "missing_action",
        "No sentence says what you did: the story goes from the context to the outcome.",
        "Add three or four sentences in the first person with concrete past-tense "
        "verbs: what you analysed, built, proposed, asked, decided.",
        [s for s in story.labelled if s.label in ("S", "none")][:2],
    )


def _we_ownership(story: _Story) -> Finding | None:
    actions = story.actions
    we_only = [s for s in actions if s.features.we_actions and not s.features.i_actions]
    mine = [s for s in actions if s.features.i_actions or s.features.insight]
    we_verbs = sum(len(s.features.we_actions) for s in we_only)
    my_verbs = sum(len(s.features.i_actions) for s in mine)
    mostly_we = len(we_only) >= 2 and len(we_only) > len(mine)
    all_we = bool(actions) and len(we_only) == len(actions)  # a short answer told only as "we"
    if not actions or not (mostly_we or all_we or (we_verbs >= 3 and we_verbs > 2 * my_verbs)):
        return None
    return _finding(
        "we_ownership",
        f"{len(we_only)} of {len(actions)} action sentences say “we”, so the "
        "interviewer cannot tell what you did.",
        "Say “I” for what you did yourself and name your part when the work "
        "was shared (“I wrote the mapping; two colleagues tested it”).",
        we_only,
        [v for s in we_only for v in s.features.we_actions][:6],
    )


def _vague_actions(story: _Story) -> Finding | None:
    """Effort words and generic verbs in the actions: flagged when a third or more of the
    action sentences rest on one. The means clause of a result ("By focusing on common
    ground, we were able to ...") tells actions too, so its generic phrases count."""
    actions = story.actions
    vague = [s for s in story.labelled if _vague_acts(s)]
    words = list(dict.fromkeys(w.strip() for s in vague for w in _vague_acts(s)))
    if not actions or not words or len(vague) * 3 < len(actions):
        return None
    return _finding(
        "vague_actions",
        "Some actions are generic and could describe anyone: "
        + "; ".join(f"“{w}” → {rewrite_hint(w)}" for w in words[:5])
        + ".",
        "Rewrite each as what you did, to whom, with what, and what it produced: "
        "“communicated with stakeholders” becomes “I walked the three team leads through "
        "the new rota on Monday and they agreed to the swap rule”.",
        vague,
        words,
    )


def _missing_result(story: _Story) -> Finding | None:
    if story.outcomes:
        return None
    last = story.labelled[-1]
    return _finding(
        "missing_result",
        f"The story ends without an outcome: the last sentence is “{_short(last.text)}”.",
        "End with what changed because of you, in numbers if you can (time saved, "
        "%, money, people), and what you learned.",
        [last],
    )


def _unquantified_result(story: _Story) -> Finding | None:
    """The outcome is only a judgement ("improved reliability", "things got better"): no
    size, no time, no observable event, and at least one evaluative word. An outcome told
    as a plain event ("I now use React at work") is concrete enough and not flagged."""
    results = story.outcomes
    measured = [
        s
        for s in results
        if s.features.measures
        or s.features.timeframes
        or [n for n in s.features.numbers if n.lower() != "one"]
    ]
    measured += [s for s in story.actions if s.features.measured_outcome]
    if not results or measured or any(_CONCRETE.search(s.text.lower()) for s in results):
        return None
    if not any(_EVALUATIVE.search(s.text.lower()) for s in results):
        return None
    return _finding(
        "unquantified_result",
        "The result has no number: " + " ".join(f"“{_short(s.text)}”" for s in results[:2]),
        "Put a size on it: by how much, how many people, how much time or money, "
        "compared with before. An honest estimate (“about 30%”) beats none.",
        results,
    )


def _result_first(story: _Story) -> Finding | None:
    actions, results = story.actions, story.results
    if not actions or not results or results[0].sentence.index >= actions[0].sentence.index:
        return None
    return _finding(
        "result_first",
        f"The result comes before the actions: “{_short(results[0].text)}”.",
        "Tell it in order: context, your goal, what you did, then the result, so the "
        "result lands as the payoff of your actions.",
        [results[0]],
    )


_MEANS = re.compile(r"^\W*by ([a-z]+ing\b[^,]*),", re.I)


def _vague_acts(s: LabelledSentence) -> tuple[str, ...]:
    """The generic phrases a sentence tells as actions: in an action (or unlabelled)
    sentence, or in the "By ...ing," means clause that opens a result."""
    if s.label in ("A", "none"):
        return vague_in(s.text)
    means = _MEANS.match(s.text) if s.label == "R" else None
    return vague_in(means.group(1)) if means else ()


# Missing and weak components, ownership, vagueness, order: in the order they are listed.
STRUCTURE_CHECKS: tuple[Check, ...] = (
    _missing_situation,
    _missing_task,
    _missing_action,
    _we_ownership,
    _vague_actions,
    _missing_result,
    _unquantified_result,
    _result_first,
)


def structure_findings(labelled: Sequence[LabelledSentence]) -> list[Finding]:
    """Missing and weak components, ownership, vagueness, order."""
    story = _Story(labelled)
    return [found for check in STRUCTURE_CHECKS if (found := check(story)) is not None]


def _too_long(story: _Story) -> Finding | None:
    minutes = story.words / WORDS_PER_MINUTE
    if minutes <= MAX_MINUTES:
        return None
    return _finding(
        "too_long",
        f"{story.words} words take about {minutes:.1f} minutes to say; interviewers expect "
        f"{MIN_MINUTES:g}-{MAX_MINUTES:g}.",
        "Cut the context to two sentences and keep the three actions that mattered most.",
    )


def _too_short(story: _Story) -> Finding | None:
    minutes = story.words / WORDS_PER_MINUTE
    if minutes >= SHORT_MINUTES:
        return None
    return _finding(
        "too_short",
        f"{story.words} words take about {minutes * 60:.0f} seconds to say; a spoken answer "
        f"runs {MIN_MINUTES:g}-{MAX_MINUTES:g} minutes (about "
        f"{MIN_MINUTES * WORDS_PER_MINUTE:.0f}-{MAX_MINUTES * WORDS_PER_MINUTE:.0f} words), and "
        f"even a written one needs {SHORT_MINUTES * WORDS_PER_MINUTE:.0f} or more.",
        "Add the detail an interviewer would ask for next: why it was hard, what you "
        "tried first, how you measured the result.",
    )


def _long_setup(story: _Story) -> Finding | None:
    words = story.words
    setup = [s for s in story.labelled if s.label in ("S", "T")]
    setup_words = sum(s.features.words for s in setup)
    if not words or setup_words < SETUP_WORDS or setup_words / words < SETUP_SHARE:
        return None
    return _finding(
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
    r"[\w ,&-]{1,40})[)\]]",
    re.I,
)


def _filler(story: _Story) -> Finding | None:
    found = [(s, fillers_in(s.text) + _tags_in(s.text)) for s in story.labelled]
    fillers = [w for _, words in found for w in words]
    tags = [w for s, _ in found for w in _tags_in(s.text)]
    if len(fillers) < FILLER_LIMIT and not tags:
        return None
    return _finding(
        "filler",
        f"{len(fillers)} filler words or tags ("
        + ", ".join(f"“{w}”" for w in dict.fromkeys(fillers))
        + ") weaken the telling.",
        "Delete them in the written version and pause instead of filling when you speak; "
        "let the story show the quality instead of naming it.",
        [s for s, words in found if words],
        fillers,
    )


def _tags_in(text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _TAG.finditer(text))


def _hedging(story: _Story) -> Finding | None:
    found = [(s, hedges_in(s.text)) for s in story.labelled]
    hedges = [w for _, words in found for w in words]
    if len(hedges) < HEDGE_LIMIT:
        return None
    return _finding(
        "hedging",
        f"{len(hedges)} hedges ("
        + ", ".join(f"“{w}”" for w in dict.fromkeys(hedges))
        + ") make you sound unsure of your own work.",
        "State what you did and what happened plainly. If a number is an estimate, "
        "say “about” once instead of hedging every sentence.",
        [s for s, words in found if words],
        hedges,
    )


def _jargon(story: _Story) -> Finding | None:
    hits = story.jargon_hits
    terms = list(dict.fromkeys(term for _, term, _ in hits))
    if len(terms) < JARGON_LIMIT:
        return None
    picked = sorted({i for i, _, _ in hits})
    hints = [f"{term} → {hint}" if hint else term for _, term, hint in hits]
    return _finding(
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
    story = _Story(labelled, words, jargon_hits)
    return [found for check in DELIVERY_CHECKS if (found := check(story)) is not None]
