"""The triage of one missing skill, as an ordered table of rules. Pure.

Each rule looks at one kind of evidence and returns a `TriageItem`, or None when it has
nothing to say; the first rule that answers wins, and a skill no rule answers for is a
real gap. The order is the honesty order: evidence of the skill itself (worded
differently) before adjacent evidence (transferable), and semantic closeness, the least
exact, last in each group. Named tools and languages never get credit through another
skill or through closeness in meaning: using Power BI is not using Tableau.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pivotprep.resume.matching.normalize import Token, phrase_key
from pivotprep.resume.matching.semantic import ADJACENT, CLOSE
from pivotprep.resume.matching.taxonomy import Skill, Taxonomy
from pivotprep.resume.report.inputs import ResumeLine
from pivotprep.resume.report.result import Keyword
from pivotprep.resume.report.translation import JargonHit
from pivotprep.resume.report.verdicts import (
    GAP,
    NAMED,
    SHOW,
    TRANSFERABLE,
    WORDED,
    EvidenceLine,
    TriageItem,
    plan_for,
)

_FILLER = frozenset({"to", "and", "of", "the", "a", "in", "for", "with"})
# A resume line a skill was found on: (line number, line text, the skill as written there).
Found = tuple[int, str, str]


@dataclass
class Evidence:
    """What the resume offers as evidence, computed once per triage."""

    found: dict[str, list[Found]]  # skill name -> the lines naming it
    lines: list[ResumeLine]
    line_tokens: dict[int, list[Token]]
    jargon: list[tuple[ResumeLine, JargonHit]]  # past-domain phrases, by line
    taxonomy: Taxonomy
    line_refs: str = "file"  # ResumeText.line_refs: "file" or "extracted"
    # skill name -> the lines that show only acquaintance with it ("Familiar with X")
    acquainted: dict[str, list[Found]] = field(default_factory=dict)

    def at(self, number: int) -> str:
        """How a reason names a resume line: as the user's file numbers it (TXT/MD), or
        honestly as a line of the text read from a PDF/DOCX, which has no line numbers."""
        if self.line_refs == "extracted":
            return f"line {number} of the extracted text"
        return f"line {number}"

    def At(self, number: int) -> str:  # the sentence-initial form of `at`
        return self.at(number)[0].upper() + self.at(number)[1:]


@dataclass(frozen=True)
class Case:
    """One missing skill as the rules see it."""

    kw: Keyword
    skill: Skill | None  # None: the taxonomy does not know it (a word the job repeats)
    best: tuple[float, ResumeLine | None]  # the line closest in meaning (semantic mode)
    evidence: Evidence

    @property
    def term(self) -> str:
        """The skill as the job wrote it: what a suggestion tells the user to write."""
        return self.kw.job_forms[0] if self.kw.job_forms else self.kw.name

    @property
    def named(self) -> bool:
        return self.skill is not None and self.skill.category in NAMED

    def item(
        self, verdict: str, reason: str, suggestion: str, line: EvidenceLine, source: str
    ) -> TriageItem:
        kw = self.kw
        return TriageItem(
            kw.name, kw.kind, kw.category, kw.part, verdict, reason, suggestion, [line], source
        )


Rule = Callable[[Case], TriageItem | None]


def _related(case: Case) -> TriageItem | None:
    """1. Evidence listed in the taxonomy (scikit-learn for machine learning); not for
    named tools, since Power BI is no evidence of Tableau."""
    if case.skill is None or case.named:
        return None
    found = case.evidence.found
    rel = next((r for r in case.skill.related if r in found), None)
    if rel is None:
        return None
    number, text, written = found[rel][0]
    at, At, name, term = case.evidence.at, case.evidence.At, case.kw.name, case.term
    return case.item(
        WORDED,
        f"{At(number)} names {rel} ('{written}'), which is evidence of {name}.",
        f"If that work was {name}, say so in the job's words on {at(number)}, "
        f"e.g. '... {written} ({term})'. An ATS matching '{term}' may not know "
        f"that {rel} implies it.",
        {"number": number, "text": text, "via": rel},
        "related",
    )


def _inside_jargon(case: Case, line: ResumeLine, words: set[str]) -> bool:
    """Whether the skill's words on `line` belong to a past-domain phrase (which the
    translation rule words honestly instead)."""
    tokens = case.evidence.line_tokens[line.number]
    return any(
        hit.start <= tok.start < hit.end
        for ln, hit in case.evidence.jargon
        if ln.number == line.number
        for tok in tokens
        if tok.key in words
    )


def _near(words: set[str], tokens: list[Token], window: int) -> bool:
    """All `words` occur within `window` consecutive tokens (in any order)."""
    for start, token in enumerate(tokens):
        if token.key in words and words <= {t.key for t in tokens[start : start + window]}:
            return True
    return False


def _own_words(case: Case) -> TriageItem | None:
    """2. The skill's own words spread over one line ("management of a project budget")."""
    if case.skill is None:
        return None
    words = set(phrase_key(case.kw.name)) - _FILLER
    if len(words) < 2:
        return None
    tokens = case.evidence.line_tokens
    line = next(
        (
            ln
            for ln in case.evidence.lines
            if _near(words, tokens[ln.number], len(words) + 3)
            and not _inside_jargon(case, ln, words)
        ),
        None,
    )
    if line is None:
        return None
    at, At, term = case.evidence.at, case.evidence.At, case.term
    return case.item(
        WORDED,
        f"{At(line.number)} has the words of '{term}', not as one phrase.",
        f"Write the phrase '{term}' as the job does, on {at(line.number)}, "
        "if it describes that work.",
        {"number": line.number, "text": line.text, "via": "words"},
        "words",
    )


def _semantic_close(case: Case) -> TriageItem | None:
    """3. A line close in meaning (semantic mode; concepts and soft skills only)."""
    score, line = case.best
    if case.skill is None or case.named or line is None or score < CLOSE:
        return None
    at, At, term = case.evidence.at, case.evidence.At, case.term
    return case.item(
        WORDED,
        f"{At(line.number)} is close in meaning to '{term}' (similarity {score:.2f}).",
        f"If {at(line.number)} is {case.kw.name} work, use the job's term '{term}' in it.",
        {"number": line.number, "text": line.text, "via": f"semantic {score:.2f}"},
        "semantic",
    )


def _translation(case: Case) -> TriageItem | None:
    """4. A past-career phrase from the translation map ("built Excel models forecasting
    revenue" for time-series forecasting)."""
    skill = case.skill
    if skill is None:
        return None
    wanted = {skill.name, *skill.related, *skill.adjacent}
    match = next(
        (
            (line, hit)
            for line, hit in case.evidence.jargon
            if wanted & set(hit.skills) and (skill.name in hit.skills or not case.named)
        ),
        None,
    )
    if match is None:
        return None
    line, hit = match
    At, name, term = case.evidence.At, case.kw.name, case.term
    return case.item(
        TRANSFERABLE,
        f"{At(line.number)} ('{hit.term}', {hit.domain}) is adjacent evidence: {hit.target}.",
        f"Translate it honestly: {hit.suggestion.removeprefix('In tech terms: ')} "
        f"Use '{term}' only for the part of that work that really was {name}.",
        {"number": line.number, "text": line.text, "via": hit.term},
        "translation",
    )


def _adjacent(case: Case) -> TriageItem | None:
    """5. An adjacent skill from the taxonomy (forecasting for time-series forecasting)."""
    if case.skill is None:
        return None
    found = case.evidence.found
    adj = next((a for a in case.skill.adjacent if a in found), None)
    if adj is None:
        return None
    number, text, written = found[adj][0]
    At, name, term = case.evidence.At, case.kw.name, case.term
    return case.item(
        TRANSFERABLE,
        f"{At(number)} shows {adj} ('{written}'), adjacent to {name}.",
        f"Describe that work concretely (data, method, result) so a reader sees "
        f"how close it is to {name}; do not write '{term}' unless the work "
        "really was that.",
        {"number": number, "text": text, "via": adj},
        "adjacent",
    )


def _siblings(case: Case, skill: Skill) -> tuple[Skill, str] | None:
    """The first family (a skill listing this one as related) in which the resume names
    another named tool: (the family, that tool). A language is no family: the libraries
    written in it (pandas, Flask, pytest for Python) show the language, not one another."""
    taxonomy, found = case.evidence.taxonomy, case.evidence.found
    for parent in taxonomy.parents_of(skill.name):
        if parent.category == "language":
            continue
        for r in parent.related:
            if r in found and r != skill.name and taxonomy.skills[r].category in NAMED:
                return parent, r
    return None


def _sibling(case: Case) -> TriageItem | None:
    """6. A sibling tool (Power BI for Tableau): transferable, never a claim."""
    if case.skill is None or not case.named:
        return None
    family = _siblings(case, case.skill)
    if family is None:
        return None
    parent, sibling = family
    number, text, written = case.evidence.found[sibling][0]
    At, name = case.evidence.At, case.kw.name
    return case.item(
        TRANSFERABLE,
        f"{At(number)} shows {sibling}, in the same family ({parent.name}).",
        f"Do not list {name} unless you have used it. Say '{written}' "
        f"plainly and mention that you work with {parent.name} tools; "
        f"learning {name} basics is a short plan task.",
        {"number": number, "text": text, "via": sibling},
        "sibling",
    )


def _semantic_adjacent(case: Case) -> TriageItem | None:
    """7. A line somewhat close in meaning: adjacent evidence at most."""
    score, line = case.best
    if case.named or line is None or score < ADJACENT:
        return None
    at, At, term = case.evidence.at, case.evidence.At, case.term
    return case.item(
        TRANSFERABLE,
        f"{At(line.number)} is related in meaning to '{term}' (similarity {score:.2f}).",
        f"Describe what {at(line.number)} involved in concrete terms; use '{term}' "
        "only if the work really was that.",
        {"number": line.number, "text": line.text, "via": f"semantic {score:.2f}"},
        "semantic",
    )


# The rules in order: the first that returns an item decides the verdict.
RULES: tuple[Rule, ...] = (
    _related,
    _own_words,
    _semantic_close,
    _translation,
    _adjacent,
    _sibling,
    _semantic_adjacent,
)


def _show_it(case: Case) -> TriageItem:
    """A soft skill no line shows: the candidate may well have it, so the advice is to show
    it (a bullet with what you did and the result, or a STAR story), never to hold back."""
    kw = case.kw
    # "Show stakeholder management (the job writes 'stakeholders')", not "Show stakeholders".
    wrote = f" (the job writes '{case.term}')" if case.term.lower() != kw.name.lower() else ""
    reason = f"No line shows {kw.name} yet; a list of adjectives would not either."
    suggestion = (
        f"Show {kw.name}{wrote}: add a bullet where you did it (the situation, what you did, "
        "the result), or prepare a STAR story about it for the interview."
    )
    if kw.name.lower() in _LANGUAGES:  # a bullet or a STAR story is no way to show English
        reason = f"No line states your level of {kw.name}."
        suggestion = (
            f"State {kw.name}{wrote} with your level in a Languages line (for example "
            f"'Languages: {kw.name} (fluent)'), where a recruiter looks for it."
        )
    return TriageItem(kw.name, kw.kind, kw.category, kw.part, SHOW, reason, suggestion, [], "none")


# Languages a job may ask for among its soft skills ("Fluent English").
_LANGUAGES = frozenset(
    [
        "english",
        "french",
        "german",
        "spanish",
        "dutch",
        "italian",
        "portuguese",
        "welsh",
        "irish",
        "mandarin",
        "chinese",
        "cantonese",
        "japanese",
        "korean",
        "arabic",
        "hindi",
        "polish",
        "russian",
        "ukrainian",
        "swedish",
        "danish",
        "norwegian",
        "finnish",
    ]
)


def _gap(case: Case) -> TriageItem:
    """No rule found evidence: a real gap, with the plan task that closes it. A soft
    skill is never one (`_show_it`)."""
    if case.kw.kind == "soft_skills":
        return _show_it(case)
    step, hours = plan_for(case.skill, case.kw.kind)
    kw = case.kw
    reason = "Nothing in your resume is evidence of it."
    suggestion = (
        f"Do not add '{case.term}' to your resume until you have done it. "
        f"Add it to your plan ({step}, about {hours:g} h) and build the evidence."
    )
    evidence: list[EvidenceLine] = []
    known = case.evidence.acquainted.get(kw.name)
    if known:  # "Familiar with Kubernetes from a weekend course", for a required skill
        number, text, _written = known[0]
        reason = (
            f"{case.evidence.At(number)} shows only acquaintance with it, and the job requires it."
        )
        suggestion = (
            f"Keep that line as honest as it is. To meet the requirement, use {case.term} in "
            f"a project: add it to your plan ({step}, about {hours:g} h)."
        )
        evidence = [{"number": number, "text": text, "via": "acquaintance only"}]
    return TriageItem(
        kw.name,
        kw.kind,
        kw.category,
        kw.part,
        GAP,
        reason,
        suggestion,
        evidence,
        "none",
        step,
        hours,
    )


def triage_one(case: Case) -> TriageItem:
    """One missing skill: the first rule's verdict, else a real gap. A transferable skill
    also gets the plan task that would make it a real one."""
    if case.kw.kind == "hard_skills" and case.evidence.acquainted.get(case.kw.name):
        return _gap(case)  # the resume's own line says why it is missing: say that first
    item = next((found for rule in RULES if (found := rule(case)) is not None), None)
    if item is None:
        return _gap(case)
    if item.verdict == TRANSFERABLE:
        item.plan_step, item.plan_hours = plan_for(case.skill, case.kw.kind)
    return item
