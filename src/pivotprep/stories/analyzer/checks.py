"""The checks run on a labelled story. Pure: every finding quotes its sentences and says
how to fix them.

Finding codes (also used by the labelled set in content/behavioral/labelled/):
missing_situation, missing_task, missing_action, missing_result, unquantified_result,
we_ownership, vague_actions, result_first, filler, hedging, jargon, long_setup,
too_long, too_short.

One complaint per cause: a story with no situation is not also told it has no task (the
fix is the same opening), one with no actions is not told they are vague or "we", one
with no result is not told the result lacks a number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pivotprep.stories.analyzer.features import fillers_in, hedges_in, vague_in
from pivotprep.stories.analyzer.labels import LabelledSentence

WORDS_PER_MINUTE = 150
MIN_MINUTES, MAX_MINUTES = 1.5, 3.0
FILLER_LIMIT = 3  # this many fillers in one story is noticeable when spoken
HEDGE_LIMIT = 3
JARGON_LIMIT = 2  # distinct past-domain terms
SETUP_SHARE, SETUP_WORDS = 0.55, 70

FINDING_CODES = (
    "missing_situation",
    "missing_task",
    "missing_action",
    "missing_result",
    "unquantified_result",
    "we_ownership",
    "vague_actions",
    "result_first",
    "filler",
    "hedging",
    "jargon",
    "long_setup",
    "too_long",
    "too_short",
)
# What each finding is called where people read it (a history, a summary); the code
# stays the key in stored analyses and the labelled set.
FINDING_NAMES = {
    "missing_situation": "No situation",
    "missing_task": "No task",
    "missing_action": "No actions",
    "missing_result": "No result",
    "unquantified_result": "Result without a number",
    "we_ownership": "“We” instead of “I”",
    "vague_actions": "Vague actions",
    "result_first": "Result told first",
    "filler": "Filler words",
    "hedging": "Hedging",
    "jargon": "Jargon from your old field",
    "long_setup": "Long setup",
    "too_long": "Too long",
    "too_short": "Too short",
}


def finding_name(code: str) -> str:
    """The human name of a finding code (a code this version no longer has: made readable)."""
    return FINDING_NAMES.get(code) or code.replace("_", " ").capitalize()


SEVERITY = {
    "missing_action": "high",
    "missing_result": "high",
    "missing_situation": "medium",
    "we_ownership": "high",
    "unquantified_result": "medium",
    "vague_actions": "medium",
    "missing_task": "low",
    "result_first": "low",
    "filler": "low",
    "hedging": "medium",
    "jargon": "medium",
    "long_setup": "medium",
    "too_long": "medium",
    "too_short": "low",
}


# `pivotprep.resume.report.translation.find_jargon`: (text, domain) -> hits with .term, .start,
# .end and .suggestion. Passed in, so the checks stay pure.
JargonFinder = Callable[[str, str | None], Sequence[Any]]


@dataclass(frozen=True)
class Finding:
    code: str
    message: str  # what is wrong, naming the sentences
    fix: str  # what to do about it
    sentences: tuple[int, ...] = ()  # indices of the sentences it is about
    quotes: tuple[str, ...] = ()
    details: tuple[str, ...] = ()  # the words that triggered it
    severity: str = field(default="medium")

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "fix": self.fix,
            "sentences": list(self.sentences),
            "quotes": list(self.quotes),
            "details": list(self.details),
            "severity": self.severity,
        }


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


def structure_findings(labelled: Sequence[LabelledSentence]) -> list[Finding]:
    """Missing and weak components, ownership, vagueness, order."""
    out: list[Finding] = []
    situation = _with(labelled, "S")
    task = _with(labelled, "T")
    actions = [s for s in labelled if s.label == "A"]
    results = [s for s in labelled if s.label == "R"]
    first = labelled[0]
    last = labelled[-1]

    if not situation:
        out.append(
            _finding(
                "missing_situation",
                f"No sentence sets the scene: the story starts with “{_short(first.text)}”.",
                "Open with one or two sentences of context: where you were, what was going "
                "wrong and why it mattered, then what you were asked or aiming to do.",
                [first],
            )
        )
    elif not task:
        out.append(
            _finding(
                "missing_task",
                "The story never says what you were responsible for or aiming at.",
                "After the context, add one sentence with your goal: “I was asked to…”, "
                "“My goal was…”, “I owned…”.",
                situation[-1:],
            )
        )
    if not actions:
        out.append(
            _finding(
                "missing_action",
                "No sentence says what you did: the story goes from the context to the outcome.",
                "Add three or four sentences in the first person with concrete past-tense "
                "verbs: what you analysed, built, proposed, asked, decided.",
                [s for s in labelled if s.label in ("S", "none")][:2],
            )
        )
    else:
        we_only = [s for s in actions if s.features.we_actions and not s.features.i_actions]
        mine = [s for s in actions if s.features.i_actions or s.features.insight]
        we_verbs = sum(len(s.features.we_actions) for s in we_only)
        my_verbs = sum(len(s.features.i_actions) for s in mine)
        if (len(we_only) >= 2 and len(we_only) > len(mine)) or (
            we_verbs >= 3 and we_verbs > 2 * my_verbs
        ):
            out.append(
                _finding(
                    "we_ownership",
                    f"{len(we_only)} of {len(actions)} action sentences say “we”, so the "
                    "interviewer cannot tell what you did.",
                    "Say “I” for what you did yourself and name your part when the work "
                    "was shared (“I wrote the mapping; two colleagues tested it”).",
                    we_only,
                    [v for s in we_only for v in s.features.we_actions][:6],
                )
            )
        vague = [s for s in labelled if vague_in(s.text) and s.label in ("A", "T", "none")]
        vague_words = [w for s in vague for w in vague_in(s.text)]
        if len(vague_words) >= 2 and len(vague) * 2 >= max(1, len(actions)):
            out.append(
                _finding(
                    "vague_actions",
                    "The actions are generic ("
                    + ", ".join(f"“{w}”" for w in dict.fromkeys(vague_words))
                    + "): they could describe anyone.",
                    "Replace each with the concrete steps: what you built, who you talked to, "
                    "what you decided and how.",
                    vague,
                    vague_words,
                )
            )
    if not results:
        out.append(
            _finding(
                "missing_result",
                f"The story ends without an outcome: the last sentence is “{_short(last.text)}”.",
                "End with what changed because of you, in numbers if you can (time saved, "
                "%, money, people), and what you learned.",
                [last],
            )
        )
    else:
        measured = [
            s
            for s in results
            if s.features.measures or [n for n in s.features.numbers if n.lower() != "one"]
        ]
        if not measured:
            out.append(
                _finding(
                    "unquantified_result",
                    "The result has no number: "
                    + " ".join(f"“{_short(s.text)}”" for s in results[:2]),
                    "Put a size on it: by how much, how many people, how much time or money, "
                    "compared with before. An honest estimate (“about 30%”) beats none.",
                    results,
                )
            )
        if actions and results[0].sentence.index < actions[0].sentence.index:
            out.append(
                _finding(
                    "result_first",
                    f"The result comes before the actions: “{_short(results[0].text)}”.",
                    "Tell it in order: context, your goal, what you did, then the result, so the "
                    "result lands as the payoff of your actions.",
                    [results[0]],
                )
            )
    return out


def delivery_findings(
    labelled: Sequence[LabelledSentence],
    words: int,
    jargon_hits: Sequence[tuple[int, str, str]] = (),
) -> list[Finding]:
    """Length, fillers, hedges, jargon and a long setup. `jargon_hits`: (sentence, term, hint)."""
    out: list[Finding] = []
    minutes = words / WORDS_PER_MINUTE
    if minutes > MAX_MINUTES:
        out.append(
            _finding(
                "too_long",
                f"{words} words take about {minutes:.1f} minutes to say; interviewers expect "
                f"{MIN_MINUTES:g}-{MAX_MINUTES:g}.",
                "Cut the context to two sentences and keep the three actions that mattered most.",
            )
        )
    elif minutes < MIN_MINUTES:
        out.append(
            _finding(
                "too_short",
                f"{words} words take about {minutes * 60:.0f} seconds to say; aim for "
                f"{MIN_MINUTES:g}-{MAX_MINUTES:g} minutes.",
                "Add the detail an interviewer would ask for next: why it was hard, what you "
                "tried first, how you measured the result.",
            )
        )
    setup = [s for s in labelled if s.label in ("S", "T")]
    setup_words = sum(s.features.words for s in setup)
    if words and setup_words >= SETUP_WORDS and setup_words / words >= SETUP_SHARE:
        out.append(
            _finding(
                "long_setup",
                f"The context takes {setup_words} of {words} words ({setup_words / words:.0%}); "
                "the interviewer waits a long time to hear what you did.",
                "Keep the situation and task to about a fifth of the story: two or three "
                "sentences, then move to your actions.",
                setup,
            )
        )
    with_fillers = [(s, fillers_in(s.text)) for s in labelled]
    fillers = [w for _, found in with_fillers for w in found]
    if len(fillers) >= FILLER_LIMIT:
        out.append(
            _finding(
                "filler",
                f"{len(fillers)} filler words ("
                + ", ".join(f"“{w}”" for w in dict.fromkeys(fillers))
                + ") weaken the telling.",
                "Delete them in the written version and pause instead of filling when you speak.",
                [s for s, found in with_fillers if found],
                fillers,
            )
        )
    with_hedges = [(s, hedges_in(s.text)) for s in labelled]
    hedges = [w for _, found in with_hedges for w in found]
    if len(hedges) >= HEDGE_LIMIT:
        out.append(
            _finding(
                "hedging",
                f"{len(hedges)} hedges ("
                + ", ".join(f"“{w}”" for w in dict.fromkeys(hedges))
                + ") make you sound unsure of your own work.",
                "State what you did and what happened plainly. If a number is an estimate, "
                "say “about” once instead of hedging every sentence.",
                [s for s, found in with_hedges if found],
                hedges,
            )
        )
    terms = list(dict.fromkeys(term for _, term, _ in jargon_hits))
    if len(terms) >= JARGON_LIMIT:
        picked = sorted({i for i, _, _ in jargon_hits})
        hints = [f"{term} → {hint}" if hint else term for _, term, hint in jargon_hits]
        out.append(
            _finding(
                "jargon",
                "Terms from your past field that a tech interviewer may not know: "
                + ", ".join(f"“{t}”" for t in terms)
                + ".",
                "Say what each one means in plain words, or use the target role's term: "
                + "; ".join(dict.fromkeys(hints))
                + ".",
                [labelled[i] for i in picked],
                terms,
            )
        )
    return out
