"""Label each sentence S, T, A, R or none from its features, and say which features decided.

Each component gets a score from weighted evidence (never from one keyword): who the
subject is and what they did, task phrasing, context cues, outcome language, measured
changes and the sentence's place in the story. The highest score wins if it clears a
floor; a sentence that also scores high for a second component (a context sentence
that states the goal) counts as evidence for both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from pivotprep.stories.analyzer.features import Features, extract
from pivotprep.stories.analyzer.sentences import Sentence

COMPONENTS = ("S", "T", "A", "R")
NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result", "none": "none"}
FLOOR = 1.0
SECONDARY = 2.4
# A sentence under the writer's own heading: strong evidence, which the content can still
# outweigh (a measured outcome told under "Action:" is a result).
DECLARED_WEIGHT = 4.0
# "Since then," is not a time clause that sets a scene: it opens the state a story left.
_LEAD_CLAUSE = re.compile(
    # "After that, the shelves were fuller": what follows is the actions' outcome; "After
    # that, I moved ..." is the next step, read past its time clause
    r"^[\"'*\u201c\u2018_( ]*(?:when|while|"
    r"after(?! (?:that|this|these|those),? (?!i\b|we\b|i'|we'))|before|"
    r"since(?! then\b)|as soon as|once|"
    r"two years ago,? when)"
    # "After a month the average wait was down to 20 minutes, and ...": a time phrase, then
    # the sentence's own subject and verb, is no leading clause
    r"\b(?!\s+(?:a|an|one|two|three|four|five|six|eight|ten|\d+|a few|several|the first|the "
    r"next)\s+(?:days?|weeks?|months?|years?|quarters?|hours?|sprints?|terms?|shifts?)\s+"
    r"(?:the|our|my|we|i|it|they|everyone|each|every|all)\b)"
    r"[^,]*,",
    re.I,
)


# "When learning React, ...": a habit, not an occasion.
_GERUND_CLAUSE = re.compile(r"^\W*(?:when|while|after|before|since|once) [a-z]+ing\b", re.I)


@dataclass(frozen=True)
class LabelledSentence:
    sentence: Sentence
    label: str  # S, T, A, R or "none"
    also: tuple[str, ...]  # other components this sentence gives evidence of
    scores: dict[str, float]
    reasons: list[str]  # the features that decided the label, in plain words
    features: Features = field(repr=False)

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass(frozen=True)
class _Seen:
    """A sentence as the evidence rules see it: its features and where it stands."""

    f: Features
    first: bool
    last: bool
    lesson: bool = False  # under a "Learning:" / "Takeaway:" heading

    @property
    def acting(self) -> bool:
        return bool(self.f.i_actions or self.f.we_actions)


@dataclass(frozen=True)
class Evidence:
    """What one rule found: points for its component, and the reason in plain words
    ("" for a nudge that counts without being named)."""

    points: float
    reason: str = ""


def _quoted(words: list[str], most: int) -> str:
    return ", ".join(f"'{w}'" for w in words[:most])


# Situation: context openers and cues, early position, description rather than action.


# "As the literacy lead I was asked to ...": a role phrase that frames a request or an
# obligation names who was asked, not the scene. ("As the lead I was responsible for 12
# agents" describes the job, and stays context.)
_ASKED = re.compile(r"\b(?:asked|told|tasked|expected|supposed|had to|needed to|needs? to)\b")


def _context_opener(s: _Seen) -> Evidence | None:
    if s.f.result_lead:
        return None  # "One of my proudest achievements is ...": the opener heads an outcome
    if s.f.opener.startswith("as ") and any(_ASKED.search(c) for c in s.f.task_cues):
        return None
    if s.f.opener and s.f.position < 0.4:
        return Evidence(1.5, f"opens with context '{s.f.opener}'")
    return None


def _context_cues(s: _Seen) -> Evidence | None:
    cues = s.f.situation_cues
    return Evidence(min(1.8, 0.6 * len(cues)), "context cues " + _quoted(cues, 3)) if cues else None


def _first_sentence(s: _Seen) -> Evidence | None:
    return Evidence(1.0, "first sentence") if s.first else None


def _early(s: _Seen) -> Evidence | None:
    return Evidence(0.5) if s.f.position < 0.3 else None


def _describes(s: _Seen) -> Evidence | None:
    if s.acting or s.f.insight or s.f.others_act:
        return None
    return Evidence(0.8, "describes rather than acts")


def _others_acted(s: _Seen) -> Evidence | None:
    """ "When he saw the numbers, he changed his mind": a turn in the story, told of someone
    else (a story told in the third person, or the other side giving way)."""
    if s.f.others_act and not s.acting and not s.f.background:
        return Evidence(1.6, "someone acts ('he'/'she'/'they' + past verb)")
    return None


def _own_role(s: _Seen) -> Evidence | None:
    """ "I led a team of nine", "At the shop where I worked"."""
    if s.f.role and (s.first or s.f.opener):
        return Evidence(1.6, f"describes your role '{s.f.i_actions[0]}'")
    return None


def _background_tense(s: _Seen) -> Evidence | None:
    if s.f.background and not s.f.measures:
        return Evidence(0.8, f"background tense '{s.f.background[0]}'")
    return None


def _problem_in_opening(s: _Seen) -> Evidence | None:
    """ "I noticed our onboarding docs were out of date, so I rewrote them": the opening
    sentence states the problem the story starts from, even when it goes on to act."""
    if s.first and s.acting and s.f.problem:
        return Evidence(1.0, f"states the problem it starts from '{s.f.problem}'")
    return None


def _role_opener(s: _Seen) -> Evidence | None:
    return Evidence(1.6, f"opens with your role '{s.f.role_opener}'") if s.f.role_opener else None


def _measured_outcome_is_no_context(s: _Seen) -> Evidence | None:
    if _problem_before_acting(s):
        return None  # how things stood, or the goal set, before anyone acted
    if s.f.measures and (s.f.outcome_verbs or s.f.outcome_phrases):
        return Evidence(-1.5)
    return None


# Task: a responsibility or goal.


# "We decided to change the plan, we reorganised the work and brought in two people":
# a goal cue followed by this many acts of its own is mostly the acts.
ACTS_AFTER_CUE = 2


def _task_cue(s: _Seen) -> Evidence | None:
    if not s.f.task_cues:
        return None
    reason = f"names a goal or responsibility '{s.f.task_cues[0]}'"
    cue_verbs = {w for cue in s.f.task_cues for w in cue.split()}
    acts = [w for w in s.f.i_actions + s.f.we_actions if w not in cue_verbs]
    return Evidence(1.4 if len(acts) >= ACTS_AFTER_CUE else 2.5, reason)


def _task_cue_early(s: _Seen) -> Evidence | None:
    return Evidence(0.3) if s.f.task_cues and s.f.position < 0.6 else None


def _late_is_no_task(s: _Seen) -> Evidence | None:
    """A goal comes before the actions: late in the story, "my director asked me to train
    the other regions" is what came of it. The last sentence is almost never the task."""
    if s.last and s.f.position > 0.7:
        return Evidence(-2.0)
    return Evidence(-1.0) if s.f.position > 0.7 else None


# Action: the teller as the subject of past action verbs.


def _i_acted(s: _Seen) -> Evidence | None:
    verbs = s.f.i_actions
    if not verbs:
        return None
    points = 2.2 + min(0.9, 0.3 * (len(verbs) - 1))
    return Evidence(points, "subject 'I' + action verbs " + _quoted(verbs, 4))


def _we_acted(s: _Seen) -> Evidence | None:
    verbs = s.f.we_actions
    return Evidence(1.8, "subject 'we' + action verbs " + _quoted(verbs, 4)) if verbs else None


def _chain_of_steps(s: _Seen) -> Evidence | None:
    """ "dashboard said adoption was flat → customer calls → found the blocker → adoption
    up 30%": the steps the teller took, told as a chain."""
    return Evidence(2.5, f"tells the steps as a chain of {s.f.chain + 1}") if s.f.chain else None


def _method_told(s: _Seen) -> Evidence | None:
    """ "My approach was: document the concerns, propose an alternative, ...": the method
    the teller used, told as a statement rather than with "I" and a past verb."""
    return Evidence(2.4, f"tells the method '{s.f.method}'") if s.f.method else None


def _insight(s: _Seen) -> Evidence | None:
    return Evidence(1.2, f"analysis '{s.f.insight}'") if s.f.insight else None


def _vague_action(s: _Seen) -> Evidence | None:
    if s.f.vague and not s.acting:
        return Evidence(1.4, f"vague action '{s.f.vague[0]}'")
    return None


def _middle(s: _Seen) -> Evidence | None:
    if s.acting and 0.15 < s.f.position < 0.95:
        return Evidence(0.4, "middle of the story")
    return None


# Result: measured changes, outcome verbs and phrases, late position.


def _measured_change(s: _Seen) -> Evidence | None:
    """A change with a size, unless told in the background tense ("accuracy had dropped to
    65%") or as a measure getting worse before anyone acts ("conversion fell from 3.1% to
    2.4%"): both are the situation before anything was done."""
    if not s.f.measures:
        return None
    if s.f.background or _problem_before_acting(s) or _level_before_acting(s):
        return Evidence(0.5)
    return Evidence(2.0, f"a measured change '{s.f.measures[0]}'")


# A bare level ("22%", "$9,000 a month"), not a change ("from 22% to 11%", "by 30%").
_LEVEL = re.compile(
    r"^(?:[$\u20ac\u00a3]\s?)?\d[\d,.]*\s?(?:%|k|m|bn|million|thousand|billion|"
    r"dollars|euros|pounds)?(?:\s?(?:k|m|bn|million|thousand|billion))?$"
)


def _level_before_acting(s: _Seen) -> bool:
    """ "In early 2022 about 22% of bookings were no-shows, which cost $9,000 a month": how
    things stood, told in the first half with no outcome word and nobody acting."""
    f = s.f
    if s.acting or f.position >= 0.5 or f.outcome_phrases or f.measured_outcome:
        return False
    return all(_LEVEL.match(m.strip()) for m in f.measures)


def _problem_before_acting(s: _Seen) -> bool:
    """A measure getting worse, or a goal or limit with its number ("a sales target 40%
    above my best", "our budget was cut by 50%"), told before anyone acts."""
    if s.acting:
        return False
    return (bool(s.f.worsening) and s.f.position < 0.5) or (bool(s.f.aim) and s.f.position < 0.5)


def _worse_before_acting(s: _Seen) -> Evidence | None:
    if not _problem_before_acting(s):
        return None
    if s.f.worsening:
        return Evidence(1.0, f"a measure getting worse '{s.f.worsening}'")
    return Evidence(1.0, f"a goal or limit before anyone acts '{s.f.aim}'")


def _result_statement(s: _Seen) -> Evidence | None:
    """ "The result was that ...", "As a result, ...", "In the end ...": the teller says
    this is the outcome, whatever verb follows."""
    if s.f.result_lead:
        return Evidence(3.0, f"states the outcome '{s.f.result_lead}'")
    return None


def _others_outcome(s: _Seen) -> list[str]:
    return [v for v in s.f.outcome_verbs if v not in s.f.i_actions]


def _outcome_verb(s: _Seen) -> Evidence | None:
    if s.f.background or _problem_before_acting(s):
        return None  # "accuracy had dropped", "conversion fell": how things stood before
    others = _others_outcome(s)
    if others:
        return Evidence(1.2, f"outcome verb '{others[0]}'")
    return Evidence(0.4) if s.f.outcome_verbs else None


def _lasting_state(s: _Seen) -> Evidence | None:
    """ "Now using Rust concepts in my Python services", "I still mentor two of them": the
    state the story left behind, told in the present, is an outcome."""
    if s.f.lasting and not s.f.task_cues:
        return Evidence(1.6, f"the state it left '{s.f.lasting}'")
    return None


def _verdict(s: _Seen) -> Evidence | None:
    """ "The documentation was a good guide for new developers": after the actions, a
    verdict on how something turned out is the outcome, if a judged one."""
    if s.f.verdict and s.f.position > 0.5 and not s.acting:
        return Evidence(1.5, f"judges how it turned out '{s.f.verdict}'")
    return None


def _lesson(s: _Seen) -> Evidence | None:
    """ "I learned that most conflicts are miscommunication": the lesson closes the result."""
    if s.f.lesson and s.f.position > 0.5:
        return Evidence(1.6, f"the lesson drawn '{s.f.lesson}'")
    return None


def _outcome_words(s: _Seen) -> Evidence | None:
    phrases = s.f.outcome_phrases
    if not phrases:
        return None
    return Evidence(min(1.5, 0.5 * len(phrases)), "outcome words " + _quoted(phrases, 3))


def _outcome_quantity(s: _Seen) -> Evidence | None:
    found = [] if s.f.background or _problem_before_acting(s) else s.f.measured_outcome
    return Evidence(1.5, f"an outcome with a quantity '{found[0]}'") if found else None


def _numbers(s: _Seen) -> Evidence | None:
    """A number alone is weak evidence ("forty spreadsheets" is a count, not an outcome):
    it counts only beside an outcome word or in the second half of the story."""
    if not s.f.numbers or s.f.background or _problem_before_acting(s):
        return None
    if s.f.outcome_verbs or s.f.outcome_phrases or s.f.position > 0.5:
        return Evidence(0.6, "numbers " + _quoted(s.f.numbers, 3))
    return None


def _response_at_the_end(s: _Seen) -> Evidence | None:
    """ "They stayed with us and signed a renewal": someone else's act closing the story,
    after the teller's, is how it came out (in the middle it is a turn in the story). In
    the last fifth, a response counts even when a sentence follows it."""
    closing = s.last and s.f.position > 0.5 or s.f.position >= 0.8
    if closing and s.f.others_act and not s.acting:
        return Evidence(1.2, "someone's response closes the story")
    return None


def _near_the_end(s: _Seen) -> Evidence | None:
    return Evidence(0.8, "near the end") if s.f.position > 0.7 else None


def _last_sentence(s: _Seen) -> Evidence | None:
    return Evidence(0.5) if s.last else None


def _list_of_actions(s: _Seen) -> Evidence | None:
    """A list of things I did with a number in it is still the actions."""
    f = s.f
    if len(f.i_actions) >= 2 and not (f.outcome_verbs or f.measured_outcome or f.outcome_phrases):
        return Evidence(-1.0)
    return None


def _acts_without_outcome(s: _Seen) -> Evidence | None:
    """ "With this guide I defined each process and drew the diagrams": the teller acting,
    with nothing said of what came of it, is an action even under a "Result:" heading."""
    f = s.f
    said = f.outcome_verbs or f.outcome_phrases or f.measures or f.measured_outcome
    drawn = f.lesson or s.lesson  # a lesson closes the result, whatever its verbs
    if f.i_actions and not f.role and not (said or f.result_lead or f.lasting or drawn):
        return Evidence(-2.0)
    return None


def _insight_is_no_result(s: _Seen) -> Evidence | None:
    return Evidence(-1.0) if s.f.insight else None


def _task_is_no_result(s: _Seen) -> Evidence | None:
    return Evidence(-0.8) if s.f.task_cues else None


Rule = Callable[[_Seen], Evidence | None]
# Every rule, with the component it scores, in the order its reasons are listed.
RULES: tuple[tuple[str, Rule], ...] = (
    ("S", _context_opener),
    ("S", _context_cues),
    ("S", _first_sentence),
    ("S", _early),
    ("S", _describes),
    ("S", _own_role),
    ("S", _background_tense),
    ("S", _role_opener),
    ("S", _problem_in_opening),
    ("S", _measured_outcome_is_no_context),
    ("S", _worse_before_acting),
    ("T", _task_cue),
    ("T", _task_cue_early),
    ("T", _late_is_no_task),
    ("A", _i_acted),
    ("A", _we_acted),
    ("A", _insight),
    ("A", _method_told),
    ("A", _chain_of_steps),
    ("A", _vague_action),
    ("A", _others_acted),
    ("A", _middle),
    ("R", _measured_change),
    ("R", _result_statement),
    ("R", _outcome_verb),
    ("R", _outcome_words),
    ("R", _lasting_state),
    ("R", _verdict),
    ("R", _lesson),
    ("R", _outcome_quantity),
    ("R", _numbers),
    ("R", _response_at_the_end),
    ("R", _near_the_end),
    ("R", _last_sentence),
    ("R", _list_of_actions),
    ("R", _acts_without_outcome),
    ("R", _insight_is_no_result),
    ("R", _task_is_no_result),
)


def _score(
    f: Features, first: bool, last: bool, lesson: bool = False
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Each component's score from the evidence rules, and the reasons that named it."""
    seen = _Seen(f, first, last, lesson)
    scores = dict.fromkeys(COMPONENTS, 0.0)
    why: dict[str, list[str]] = {c: [] for c in COMPONENTS}
    for component, rule in RULES:
        found = rule(seen)
        if found is not None:
            scores[component] += found.points
            if found.reason:
                why[component].append(found.reason)
    return scores, why


def _strip_lead_clause(text: str) -> tuple[str, str]:
    """Split "When I moved to X, I had three weeks..." into the clause and the rest."""
    match = _LEAD_CLAUSE.match(text)
    if not match:
        return "", text
    return match.group(0), text[match.end() :]


def label_sentences(sentences: list[Sentence]) -> list[LabelledSentence]:
    out: list[LabelledSentence] = []
    count = len(sentences)
    begun = False  # a pleasantry before the story ("I'm glad you asked.") does not open it
    for sentence in sentences:
        position = sentence.index / (count - 1) if count > 1 else 0.0
        clause, rest = _strip_lead_clause(sentence.text)
        features = extract(rest if clause else sentence.text, position)
        pleasantry = bool(features.pleasantry) and not sentence.declared
        first, last = not begun and not pleasantry, sentence.index == count - 1
        begun = begun or not pleasantry
        scores, why = _score(features, first, last, sentence.lesson)
        if sentence.declared:
            scores[sentence.declared] += DECLARED_WEIGHT
            why[sentence.declared].insert(
                0, f"written under the {NAMES[sentence.declared]} heading"
            )
        if clause and not (features.i_actions or features.we_actions or features.others_act):
            scores["S"] += 1.2
            why["S"].insert(0, f"a leading time clause '{clause.rstrip(',')}'")
        elif clause:
            scores["A"] += 0.8
            why["A"].insert(0, f"acts after a time clause '{clause.rstrip(',')}'")
            if first and not _GERUND_CLAUSE.match(clause):
                # "When our rota burned people out, I proposed ...": the clause is the scene
                scores["S"] += 1.0
                why["S"].insert(0, f"the opening clause sets the scene '{clause.rstrip(',')}'")
        ranked = sorted(COMPONENTS, key=lambda c: scores[c], reverse=True)
        best = ranked[0]
        if pleasantry:
            label, reasons = "none", [f"a pleasantry, no part of the story '{features.pleasantry}'"]
        elif scores[best] < FLOOR:
            label, reasons = "none", ["no component scored high enough"]
        else:
            label, reasons = best, why[best] or [f"highest {NAMES[best]} score"]
        also = tuple(
            c for c in ranked[1:] if label != "none" and scores[c] >= SECONDARY and c in "ST"
        )
        rounded = {c: round(v, 2) for c, v in scores.items()}
        out.append(LabelledSentence(sentence, label, also, rounded, reasons, features))
    return _phase_headings_take_their_steps(out)


# "**Hour 2 - Deep Investigation (7:30-8:30 PM):**", "Week 1-2: Research", "Phase 3:": a
# heading of a stretch of time in a long answer is part of what that stretch tells. The
# stretch is numbered: "Part of my task was to ...:" states the task, it heads nothing.
_PHASE_HEADING = re.compile(
    r"^\W*(?:(?:hours?|days?|weeks?|months?|phase|step|stage|sprint|part|quarter)\s*"
    r"(?:\d+(?:\s*[-\u2013&]\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"first|second|third|fourth|final|last)|q[1-4])\b[^.!?]{0,60}:\W*$",
    re.IGNORECASE,
)


def _phase_headings_take_their_steps(out: list[LabelledSentence]) -> list[LabelledSentence]:
    """A phase heading is labelled as the first sentence after it that is not a heading:
    one pass from the end, carrying that sentence back over the headings before it."""
    after: LabelledSentence | None = None
    for i in range(len(out) - 1, -1, -1):
        s = out[i]
        if not _PHASE_HEADING.match(s.sentence.text.strip()):
            after = s
            continue
        if s.sentence.declared or after is None or after.label == "none":
            continue
        why = [f"a heading of a stretch of time, labelled as what it opens ({after.label})"]
        out[i] = replace(s, label=after.label, also=(), reasons=why)
    return out
