"""Keywords with their evidence: which job sentences ask for each, which resume lines answer.

A resume line inside a DOCX text box is not a match (many ATS skip text boxes): a
keyword named only there is flagged `only_in_text_box`, with the box line as evidence.

A skill keyword gathers every mention of one skill in the job; a one-of group keyword
(alternatives.py) gathers its members and is matched when any member is. The resume side
(`prepare`) is computed once per resume, so scanning many jobs reuses it. Pure.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pivotprep.resume.matching.acts import act_mentions, not_done
from pivotprep.resume.matching.alternatives import OneOf, group_name
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import surface, tokenize
from pivotprep.resume.matching.taxonomy import Skill, SkillMention, load_taxonomy
from pivotprep.resume.matching.vocabulary import DATA_STORES
from pivotprep.resume.report.inputs import JobSentenceText, JobText, ResumeLine, ResumeText
from pivotprep.resume.report.line_reading import LineReading, line_readings
from pivotprep.resume.report.result import CORE_PARTS, SECTION_WEIGHTS, Evidence, Keyword

TEXT_BOX = "text_box"


@dataclass(frozen=True)
class Prepared:
    """The resume side of a scan, computed once per resume (scanning many jobs reuses it)."""

    hits: list[tuple[ResumeLine, SkillMention]]
    keys: frozenset[str]
    line_keys: dict[int, list[str]]
    line_key_sets: dict[int, frozenset[str]]
    headline_keys: list[str]
    # (line number, start) of the hits that show only acquaintance ("Familiar with X"):
    # evidence of a preferred skill, not of a required one (denials.limited_spans)
    limited: frozenset[tuple[int, int]] = frozenset()

    def hits_by_skill(self) -> dict[str, list[tuple[ResumeLine, SkillMention]]]:
        found: dict[str, list[tuple[ResumeLine, SkillMention]]] = {}
        for line, mention in self.hits:
            found.setdefault(mention.skill.name, []).append((line, mention))
        return found


# What one line text gives as evidence: its word keys, and the mentions kept (denied ones
# and acts not done left out), each with whether the line only shows acquaintance with it.
_LineEvidence = tuple[list[str], frozenset[str], list[tuple[SkillMention, bool]]]


def _line_evidence(text: str, reading: LineReading, broad: bool) -> _LineEvidence:
    """The evidence of one line text (the same for every line of that text)."""
    tokens = reading.tokens
    named = list(reading.mentions) if broad else extract_mentions(text, broad=False, tokens=tokens)
    # "Deduplicated 40,000 donor records": a concept shown as an act on its object
    named += act_mentions(text, tokens, {m.skill.name for m in named})
    kept = [
        (m, reading.limited.overlap(m.start, m.end))  # "Familiar with Kubernetes": only some
        for m in named
        # "No exposure to Kubernetes" is no evidence
        if not reading.denied.overlap(m.start, m.end) and not not_done(text, tokens, m)
    ]
    words = [t.key for t in tokens]
    return words, frozenset(words), kept


@lru_cache(maxsize=8)
def prepare(resume: ResumeText, broad: bool) -> Prepared:
    """The resume side of a scan. Lines of one text share its evidence (line_reading.py),
    so a line repeated thousands of times is read once."""
    hits: list[tuple[ResumeLine, SkillMention]] = []
    keys: set[str] = set()
    line_keys: dict[int, list[str]] = {}
    sets: dict[int, frozenset[str]] = {}
    limited: set[tuple[int, int]] = set()
    readings = line_readings(tuple(line.text for line in resume.lines))
    by_text: dict[str, _LineEvidence] = {}
    for line in resume.lines:
        found = by_text.get(line.text)
        if found is None:
            found = by_text[line.text] = _line_evidence(line.text, readings[line.text], broad)
            keys.update(found[0])
        line_keys[line.number], sets[line.number], named = found
        for m, acquainted in named:
            hits.append((line, m))
            if acquainted:
                limited.add((line.number, m.start))
    headline_keys = [t.key for t in tokenize(resume.headline)] if resume.headline else []
    keys.update(headline_keys)
    return Prepared(hits, frozenset(keys), line_keys, sets, headline_keys, frozenset(limited))


def forms(mentions: list[SkillMention]) -> list[str]:
    """How a keyword is written, once per spelling (ignoring case), in order of appearance."""
    seen: dict[str, str] = {}
    for m in mentions:
        seen.setdefault(m.surface, " ".join(m.text.split()))
    return list(seen.values())


def sentence_at(
    job: JobText, offset: int, starts: list[int] | None = None
) -> JobSentenceText | None:
    sentences = job.sentences
    if starts is None:
        starts = [s.start for s in sentences]
    at = bisect_right(starts, offset) - 1 if sentences else -1
    if at >= 0 and sentences[at].start <= offset < sentences[at].end:
        return sentences[at]
    for sentence in sentences:  # sentences out of order: fall back to a scan
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def kind_of(mention: SkillMention) -> str:
    """hard_skills, soft_skills, or other_keywords (ESCO's broad terms and generic concepts
    such as "documentation" or "monitoring", which no recruiter screens for by name)."""
    if mention.skill.is_broad or mention.is_generic:
        return "other_keywords"
    return "hard_skills" if mention.skill.is_hard else "soft_skills"


def _strongest_kind(mentions: list[SkillMention]) -> str:
    """A skill the job writes once specifically ("web development") and once generically
    ("web applications") is the hard skill it names."""
    kinds = {kind_of(m) for m in mentions}
    return next(k for k in ("hard_skills", "soft_skills", "other_keywords") if k in kinds)


def strongest(parts: list[str]) -> str:
    for part in ("required", "responsibilities", "preferred", "other", "about"):
        if part in parts:
            return part
    return "other"


def stack_part(skill: Skill, sentences: list[JobSentenceText]) -> str:
    """The part of a skill named in `sentences` (those of its job mentions). In the stack
    the job works with, a language or a data store is asked and another tool wished for (the
    labelling guide's stack rule), unless the posting also lists it as a wish: a tool named
    again under "Nice to have" stays preferred."""
    parts = [s.part for s in sentences]
    if not (skill.category == "language" or skill.name in DATA_STORES):
        return strongest(parts)
    elsewhere = [s.part for s in sentences if not s.stack]
    if len(elsewhere) == len(parts):
        return strongest(parts)
    if "preferred" in elsewhere and not any(p in CORE_PARTS for p in elsewhere):
        return "preferred"
    return "required"


def weight_of(part: str) -> float:
    return SECTION_WEIGHTS.get(part, 1.0)


def _job_sentences(job: JobText, offsets: list[int], starts: list[int]) -> list[JobSentenceText]:
    sentences: list[JobSentenceText] = []
    seen: set[int] = set()
    for offset in offsets:
        s = sentence_at(job, offset, starts)
        if s is not None and s.index not in seen:
            seen.add(s.index)
            sentences.append(s)
    return sentences


def skill_keyword(
    job: JobText,
    mentions: list[SkillMention],
    hits: list[tuple[ResumeLine, SkillMention]],
    sentence_starts: list[int],
    limited: frozenset[tuple[int, int]] = frozenset(),
) -> Keyword:
    """One skill's keyword: its job mentions, and the resume lines that name it (lines in
    a text box only when nothing else does, and then flagged rather than matched). A line
    that shows only acquaintance ("Familiar with X") is no evidence of a required skill."""
    skill = mentions[0].skill
    found = _job_sentences(job, [m.start for m in mentions], sentence_starts)
    part = stack_part(skill, found)
    sentences = [{"index": s.index, "text": s.text, "part": s.part} for s in found]
    if part in CORE_PARTS:
        hits = [(line, m) for line, m in hits if (line.number, m.start) not in limited]
    job_forms = forms(mentions)
    plain = [(line, m) for line, m in hits if line.where != TEXT_BOX]
    boxed = not plain and bool(hits)
    shown = hits if boxed else plain
    hits = plain
    resume_forms = forms([m for _, m in hits])
    lines: list[dict[str, Any]] = []
    seen_lines: set[int] = set()
    for line, m in shown:
        if line.number not in seen_lines:
            seen_lines.add(line.number)
            lines.append(
                {"number": line.number, "text": line.text, "matched": m.text, "where": line.where}
            )
    return Keyword(
        name=skill.name,
        kind=_strongest_kind(mentions),
        category=skill.category,
        part=part,
        weight=weight_of(part),
        job_count=len(mentions),
        resume_count=len(hits),
        matched=bool(hits),
        exact=_exact(job_forms, resume_forms),
        job_forms=job_forms,
        resume_forms=resume_forms,
        evidence=Evidence(sentences, lines),
        hot=skill.hot,
        job_spans=[(m.start, m.end) for m in mentions],
        only_in_text_box=boxed,
    )


def _exact(job_forms: list[str], resume_forms: list[str]) -> bool:
    """The resume writes the job's own words: the same form, or one holding it whole
    ("Linux servers" for "Linux"), which a literal keyword filter finds too."""
    job = {_written(f) for f in job_forms}
    resume = {_written(f) for f in resume_forms}
    if job & resume:
        return True
    return any(f" {j} " in f" {r} " for r in resume for j in job if len(j) < len(r))


def _written(form: str) -> str:
    """How a form is written, for exact-vs-variant, a plural read as its singular: a
    keyword filter that finds "dashboard" finds "dashboards" ("dashboards" on the resume
    for "dashboard" in the job is the job's own word, not a variant to rewrite)."""
    return " ".join(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in surface(form).split()
    )


def group_keyword(members: list[Keyword], asked_as: str | None = None) -> Keyword:
    """A one-of group as one keyword: matched when the resume names any member. `asked_as`
    is the part of the sentence that asks for the group when that is not its own sentence
    ("Our languages are A, B and C. You must know one of them": required)."""
    names = [k.name for k in members]
    matched = [k for k in members if k.matched]
    sentences: dict[int, dict[str, Any]] = {}
    lines: dict[int, dict[str, Any]] = {}
    for k in members:
        for s in k.evidence.job_sentences:
            sentences.setdefault(s["index"], s)
        for line in k.evidence.resume_lines:
            lines.setdefault(line["number"], line)
    part = strongest([k.part for k in members] + ([asked_as] if asked_as else []))
    kinds = {k.kind for k in members}
    return Keyword(
        name=group_name(names),
        kind="hard_skills" if "hard_skills" in kinds else "soft_skills",
        category=" / ".join(dict.fromkeys(k.category for k in members)),
        part=part,
        weight=weight_of(part),
        job_count=sum(k.job_count for k in members),
        resume_count=sum(k.resume_count for k in members),
        matched=bool(matched),
        exact=any(k.exact for k in matched),
        job_forms=list(dict.fromkeys(f for k in members for f in k.job_forms)),
        resume_forms=list(dict.fromkeys(f for k in matched for f in k.resume_forms)),
        evidence=Evidence(
            [sentences[i] for i in sorted(sentences)], [lines[n] for n in sorted(lines)]
        ),
        hot=any(k.hot for k in members),
        job_spans=sorted(span for k in members for span in k.job_spans),
        alternatives=names,
        matched_by=[k.name for k in matched],
        only_in_text_box=not matched and any(k.only_in_text_box for k in members),
    )


def _resume_hits(
    name: str, by_skill: dict[str, list[tuple[ResumeLine, SkillMention]]]
) -> list[tuple[ResumeLine, SkillMention]]:
    """The resume lines naming a skill; else those naming a skill the taxonomy says implies
    it (PostgreSQL for relational databases): a variant, never an exact match."""
    direct = by_skill.get(name)
    if direct:
        return direct
    skill = load_taxonomy().get(name)
    if skill is None:
        return []
    return [hit for related in skill.related for hit in by_skill.get(related, [])]


def _key(mention: SkillMention) -> tuple[str, int, int]:
    return (mention.skill.name, mention.start, mention.end)


def skill_keywords(
    job: JobText,
    mentions: list[SkillMention],
    groups: list[OneOf],
    prepared: Prepared,
    sentence_starts: list[int],
) -> list[Keyword]:
    """Every skill keyword of a job, one-of groups counted once each.

    A group keeps every alternative even when the job also asks for one member on its own
    ("Kubernetes" required, and "Docker, Kubernetes, Google Cloud, etc." later): the member
    asked alone is its own keyword as well, and the group is met by any member, so the
    candidate's Docker is credited. The same group written twice is one keyword.
    """
    in_group = {_key(m) for g in groups for m in g.mentions}
    parts = {s.index: s.part for s in job.sentences}
    kept: dict[frozenset[str], list[OneOf]] = {}
    for group in groups:
        kept.setdefault(frozenset(group.members), []).append(group)
    by_skill: dict[str, list[SkillMention]] = {}
    for mention in mentions:
        if _key(mention) not in in_group:
            by_skill.setdefault(mention.skill.name, []).append(mention)
    resume_by_skill = prepared.hits_by_skill()
    limited = prepared.limited
    keywords = [
        skill_keyword(job, found, _resume_hits(name, resume_by_skill), sentence_starts, limited)
        for name, found in by_skill.items()
    ]
    for same in kept.values():
        per_member: dict[str, list[SkillMention]] = {}
        for group in same:
            for mention in sorted(group.mentions, key=lambda m: m.start):
                per_member.setdefault(mention.skill.name, []).append(mention)
        members = [
            skill_keyword(job, found, _resume_hits(name, resume_by_skill), sentence_starts, limited)
            for name, found in per_member.items()
        ]
        asked = [parts[g.asked_in] for g in same if g.asked_in is not None]
        keywords.append(group_keyword(members, strongest(asked) if asked else None))
    return keywords
