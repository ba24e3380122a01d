"""Label each sentence S, T, A, R or none from its features, and say which features decided.

Each component gets a score from weighted evidence (never from one keyword): who the
subject is and what they did, task phrasing, context cues, outcome language, measured
changes and the sentence's place in the story. The highest score wins if it clears a
floor; a sentence that also scores high for a second component (a context sentence
that states the goal) counts as evidence for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pivotprep.stories.analyzer.features import Features, extract
from pivotprep.stories.analyzer.sentences import Sentence

COMPONENTS = ("S", "T", "A", "R")
NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result", "none": "none"}
FLOOR = 1.0
SECONDARY = 2.4
_LEAD_CLAUSE = re.compile(
    r"^(?:when|while|after|before|since|as soon as|once|two years ago,? when)\b[^,]*,", re.I
)


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


def _score(f: Features, first: bool, last: bool) -> tuple[dict[str, float], dict[str, list[str]]]:
    s = t = a = r = 0.0
    why: dict[str, list[str]] = {c: [] for c in COMPONENTS}
    acting = bool(f.i_actions or f.we_actions)

    # Situation: context openers and cues, early position, description rather than action.
    if f.opener and f.position < 0.4:
        s += 1.5
        why["S"].append(f"opens with context '{f.opener}'")
    if f.situation_cues:
        s += min(1.8, 0.6 * len(f.situation_cues))
        why["S"].append("context cues " + ", ".join(f"'{c}'" for c in f.situation_cues[:3]))
    if first:
        s += 1.0
        why["S"].append("first sentence")
    if f.position < 0.3:
        s += 0.5
    if not acting and not f.insight:
        s += 0.8
        why["S"].append("describes rather than acts")
    if f.role and (first or f.opener):  # "I led a team of nine", "At the shop where I worked"
        s += 1.6
        why["S"].append("describes your role " + f"'{f.i_actions[0]}'")
    if f.background and not f.measures:
        s += 0.8
        why["S"].append(f"background tense '{f.background[0]}'")
    if f.role_opener:
        s += 1.6
        why["S"].append(f"opens with your role '{f.role_opener}'")
    if f.measures and (f.outcome_verbs or f.outcome_phrases):
        s -= 1.5

    # Task: a responsibility or goal.
    if f.task_cues:
        t += 2.5
        why["T"].append("names a goal or responsibility " + f"'{f.task_cues[0]}'")
        if f.position < 0.6:
            t += 0.3
    if f.position > 0.7:
        t -= 1.0

    # Action: the teller as the subject of past action verbs.
    if f.i_actions:
        a += 2.2 + min(0.9, 0.3 * (len(f.i_actions) - 1))
        why["A"].append(
            "subject 'I' + action verbs " + ", ".join(f"'{v}'" for v in f.i_actions[:4])
        )
    if f.we_actions:
        a += 1.8
        why["A"].append(
            "subject 'we' + action verbs " + ", ".join(f"'{v}'" for v in f.we_actions[:4])
        )
    if f.insight:
        a += 1.2
        why["A"].append(f"analysis '{f.insight}'")
    if f.vague and not acting:
        a += 1.4
        why["A"].append("vague action " + f"'{f.vague[0]}'")
    if acting and 0.15 < f.position < 0.95:
        a += 0.4
        why["A"].append("middle of the story")

    # Result: measured changes, outcome verbs and phrases, late position.
    if f.measures:
        r += 2.0
        why["R"].append("a measured change " + f"'{f.measures[0]}'")
    outcome_by_others = [v for v in f.outcome_verbs if v not in f.i_actions]
    if outcome_by_others:
        r += 1.2
        why["R"].append("outcome verb " + f"'{outcome_by_others[0]}'")
    elif f.outcome_verbs:
        r += 0.4
    if f.outcome_phrases:
        r += min(1.5, 0.5 * len(f.outcome_phrases))
        why["R"].append("outcome words " + ", ".join(f"'{p}'" for p in f.outcome_phrases[:3]))
    if f.measured_outcome:
        r += 1.5
        why["R"].append(f"an outcome with a quantity '{f.measured_outcome[0]}'")
    if f.numbers:
        r += 0.6
        why["R"].append("numbers " + ", ".join(f"'{n}'" for n in f.numbers[:3]))
    if f.position > 0.7:
        r += 0.8
        why["R"].append("near the end")
    if last:
        r += 0.5
    if len(f.i_actions) >= 2 and not f.outcome_verbs and not f.measured_outcome:
        r -= 1.0  # a list of things I did with a number in it is still the actions
    if f.insight:
        r -= 1.0
    if f.task_cues:
        r -= 0.8
    return {"S": s, "T": t, "A": a, "R": r}, why


def _strip_lead_clause(text: str) -> tuple[str, str]:
    """Split "When I moved to X, I had three weeks..." into the clause and the rest."""
    match = _LEAD_CLAUSE.match(text)
    if not match:
        return "", text
    return match.group(0), text[match.end() :]


def label_sentences(sentences: list[Sentence]) -> list[LabelledSentence]:
    out: list[LabelledSentence] = []
    count = len(sentences)
    for sentence in sentences:
        position = sentence.index / (count - 1) if count > 1 else 0.0
        clause, rest = _strip_lead_clause(sentence.text)
        features = extract(rest if clause else sentence.text, position)
        scores, why = _score(features, sentence.index == 0, sentence.index == count - 1)
        if sentence.declared:
            scores[sentence.declared] += 3.0
            why[sentence.declared].insert(
                0, f"written under the {NAMES[sentence.declared]} heading"
            )
        if clause:
            scores["S"] += 1.2
            why["S"].insert(0, f"a leading time clause '{clause.rstrip(',')}'")
        ranked = sorted(COMPONENTS, key=lambda c: scores[c], reverse=True)
        best = ranked[0]
        if scores[best] < FLOOR:
            label, reasons = "none", ["no component scored high enough"]
        else:
            label, reasons = best, why[best] or [f"highest {NAMES[best]} score"]
        also = tuple(
            c for c in ranked[1:] if label != "none" and scores[c] >= SECONDARY and c in "ST"
        )
        rounded = {c: round(v, 2) for c, v in scores.items()}
        out.append(LabelledSentence(sentence, label, also, rounded, reasons, features))
    return out
