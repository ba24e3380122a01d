"""Missing keywords, triaged: worded differently, transferable, or a real gap. Pure.

For each skill the job asks for and the resume does not name:
- **worded differently**: the resume has evidence for it under other words: a skill the
  taxonomy lists as evidence for it (scikit-learn for machine learning), the skill's words
  spread over one line, or (semantic mode) a line close in meaning. Suggest writing the
  job's exact term on that line, if the work really was that.
- **transferable**: adjacent evidence from the past career: a phrase from the translation
  map ("built Excel models forecasting revenue" for time-series forecasting), a sibling
  tool (Power BI for Tableau), or (semantic mode) a line somewhat close. Suggest an honest
  translation, never the claim itself.
- **show it** (soft skills only): no line shows it. The candidate may well have it, so
  the advice is to show it in a bullet or a STAR story, never to hold it back.
- **real gap** (hard skills only): no evidence. Never suggest claiming it; offer a plan
  task instead.

A named tool or language is never "worded differently" through a related skill: using
Power BI is not using Tableau. That is the honesty rule this module exists for.

This module gathers the evidence once and hands each skill to the ordered rules of
`triage_rules.py`; one-of groups ("Looker or Power BI") take their best member's verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import Token
from pivotprep.resume.matching.taxonomy import Taxonomy, load_taxonomy
from pivotprep.resume.report.inputs import ResumeLine, ResumeText
from pivotprep.resume.report.line_reading import LineReading, line_readings
from pivotprep.resume.report.result import Keyword, MatchReport
from pivotprep.resume.report.translation import JargonHit, find_jargon
from pivotprep.resume.report.triage_rules import Case, Evidence, Found, triage_one
from pivotprep.resume.report.verdicts import (
    GAP,
    SHOW,
    TEXT_BOX_NOTE,
    TRANSFERABLE,
    WORDED,
    Triage,
    TriageItem,
    plan_for,
)

__all__ = [
    "GAP",
    "SHOW",
    "TEXT_BOX_NOTE",
    "TRANSFERABLE",
    "WORDED",
    "Similarity",
    "Triage",
    "TriageItem",
    "plan_for",
    "triage",
]

# What triage reads of one resume: skills by line, tokens by line, past-domain phrases, and
# the skills lines show only acquaintance with.
ResumeSide = tuple[
    dict[str, list[Found]],
    dict[int, list[Token]],
    list[tuple[ResumeLine, JargonHit]],
    dict[str, list[Found]],
]
# Similarity function: (queries, lines) -> rows of cosine similarities.
Similarity = Callable[[list[str], list[str]], list[list[float]]]
_RANK = {WORDED: 0, TRANSFERABLE: 1, SHOW: 2, GAP: 3}


def _mentions(
    lines: list[ResumeLine], readings: dict[str, LineReading] | None = None
) -> tuple[dict[str, list[Found]], dict[int, list[Token]], dict[str, list[Found]]]:
    """Every skill the resume names, with the lines naming it; each line's tokens; and the
    skills lines show only acquaintance with. Words a line denies or limits ("Limited
    experience with ETL": denials.py) are left out, so they are never evidence. Triage reads
    only missing skills, and one a line is only acquainted with ("Familiar with Kubernetes")
    is missing only when the job requires it: that line is no evidence of it either
    (evidence.skill_keyword), only the reason it is a gap. `readings`: each line text read
    once (line_reading.py; read here when not given); lines of one text share their kept
    tokens."""
    if readings is None:
        readings = line_readings(tuple(line.text for line in lines))
    found: dict[str, list[Found]] = {}
    acquainted: dict[str, list[Found]] = {}
    line_tokens: dict[int, list[Token]] = {}
    kept: dict[str, list[Token]] = {}
    for line in lines:
        reading = readings[line.text]
        denied, limited = reading.denied, reading.limited
        for m in reading.mentions:
            if denied.overlap(m.start, m.end):
                continue
            into = acquainted if limited.overlap(m.start, m.end) else found
            into.setdefault(m.skill.name, []).append((line.number, line.text, m.text))
        tokens = kept.get(line.text)
        if tokens is None:
            tokens = kept[line.text] = [
                t
                for t in reading.tokens
                if not denied.overlap(t.start, t.end) and not limited.overlap(t.start, t.end)
            ]
        line_tokens[line.number] = tokens
    return found, line_tokens, acquainted


def _jargon(
    lines: list[ResumeLine], domain: str | None, readings: dict[str, LineReading]
) -> list[tuple[ResumeLine, JargonHit]]:
    """Past-domain phrases by line: the candidate's own domain first, then the others
    (never a phrase the line denies). Each line text is read once."""
    jargon: list[tuple[ResumeLine, JargonHit]] = []
    by_text: dict[str, list[JargonHit]] = {}
    for line in lines:
        hits = by_text.get(line.text)
        if hits is None:
            reading = readings[line.text]
            hits = find_jargon(line.text, domain, tokens=reading.tokens)
            if domain is not None:
                others = find_jargon(line.text, tokens=reading.tokens)
                hits += [hit for hit in others if hit.domain != domain]
            denied = reading.denied
            hits = by_text[line.text] = [h for h in hits if not denied.overlap(h.start, h.end)]
        jargon.extend((line, hit) for hit in hits)
    return jargon


def _closest(
    similarity: Similarity | None, missing: list[Keyword], lines: list[ResumeLine]
) -> list[tuple[float, ResumeLine | None]]:
    """Per missing skill, the resume line closest in meaning and its similarity
    ((-1, None) for every skill without semantic mode)."""
    lines = [ln for ln in lines if _describable(ln.text)]
    if similarity is None or not missing or not lines:
        return [(-1.0, None)] * len(missing)
    # Each skill is compared by its name and by the job sentence it came from; the
    # mean of the two is steadier than either (a bare name is short, a sentence mixed).
    names = [k.name for k in missing]
    contexts = [
        k.evidence.job_sentences[0]["text"] if k.evidence.job_sentences else k.name for k in missing
    ]
    rows = similarity(names + contexts, [ln.text for ln in lines])
    best: list[tuple[float, ResumeLine | None]] = []
    for i in range(len(missing)):
        row = [(a + b) / 2 for a, b in zip(rows[i], rows[i + len(missing)], strict=True)]
        index = max(range(len(row)), key=row.__getitem__)
        best.append((row[index], lines[index]))
    return best


def _describable(text: str) -> bool:
    """Whether a line says enough to be described "in concrete terms": a heading ("Skills")
    or a lone name is close in meaning to many skills and shows none of them."""
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 3


@lru_cache(maxsize=8)
def _resume_side(
    lines: tuple[ResumeLine, ...], domain: str | None, texts: tuple[str, ...]
) -> ResumeSide:
    """`_mentions` and `_jargon` of one resume, computed once per resume and domain (as
    evidence.prepare is for the scan): triaging one resume against many jobs reads its
    lines once. `texts`: the text of every resume line, the key under which the scan read
    them (line_reading.py), so the triage finds that reading. The rules only read what
    this returns."""
    readings = line_readings(texts)
    found, line_tokens, acquainted = _mentions(list(lines), readings)
    return found, line_tokens, _jargon(list(lines), domain, readings), acquainted


def triage(
    report: MatchReport,
    resume: ResumeText,
    *,
    domain: str | None = None,
    similarity: Similarity | None = None,
    taxonomy: Taxonomy | None = None,
) -> Triage:
    """Triage every missing hard or soft skill of `report`. `similarity` enables semantic mode."""
    taxonomy = taxonomy or load_taxonomy()
    lines = [ln for ln in resume.lines if ln.text.strip()]
    texts = tuple(ln.text for ln in resume.lines)
    found, line_tokens, jargon, acquainted = _resume_side(tuple(lines), domain, texts)
    evidence = Evidence(found, lines, line_tokens, jargon, taxonomy, resume.line_refs, acquainted)
    missing = [k for k in report.missing if k.kind in ("hard_skills", "soft_skills")]
    items = []
    for kw, best in zip(missing, _closest(similarity, missing, lines), strict=True):
        if kw.only_in_text_box:
            items.append(_text_box_item(kw))
        elif kw.alternatives:
            items.append(_triage_group(kw, best, evidence))
        else:
            items.append(triage_one(Case(kw, taxonomy.get(kw.name), best, evidence)))
    mode = "taxonomy + translation map"
    if similarity is not None:
        mode += " + semantic evidence (all-MiniLM-L6-v2, offline)"
    return Triage(mode, items)


def _text_box_item(kw: Keyword) -> TriageItem:
    """The resume names it, but only inside a DOCX text box: move it, do not reword it."""
    return TriageItem(
        keyword=kw.name,
        kind=kw.kind,
        category=kw.category,
        part=kw.part,
        verdict=WORDED,
        reason=f"Your resume names {kw.name} {TEXT_BOX_NOTE}.",
        suggestion=(
            f"Move the line naming {kw.name} out of the text box into the body (a plain "
            "paragraph or bullet), so an ATS that drops text boxes still reads it."
        ),
        evidence=[
            {"number": line["number"], "text": line["text"], "via": "text box"}
            for line in kw.evidence.resume_lines
        ],
        source="text_box",
        alternatives=list(kw.alternatives),
    )


def _written_as(kw: Keyword) -> dict[str, str]:
    """Each alternative as the job wrote it ("BigQuery", not the taxonomy's "Google
    BigQuery"): a suggestion uses the job's exact term."""
    written = {name: name for name in kw.alternatives}
    for form in reversed(kw.job_forms):
        for mention in extract_mentions(form):
            if mention.skill.name in written:
                written[mention.skill.name] = form
    return written


def _triage_group(
    kw: Keyword, best: tuple[float, ResumeLine | None], evidence: Evidence
) -> TriageItem:
    """A one-of group: the best verdict among its alternatives; a gap only when all are."""
    tried = []
    written = _written_as(kw)
    for name in kw.alternatives:
        skill = evidence.taxonomy.get(name)
        member = replace(
            kw,
            name=name,
            category=skill.category if skill is not None else kw.category,
            job_forms=[written[name]],
            alternatives=[],
        )
        tried.append(triage_one(Case(member, skill, best, evidence)))
    item = min(tried, key=lambda i: _RANK[i.verdict])
    item.keyword, item.category, item.alternatives = kw.name, kw.category, list(kw.alternatives)
    if item.verdict == GAP:
        either = " or ".join(f"'{written[n]}'" for n in kw.alternatives)
        item.reason = (
            f"The job accepts any one of {len(kw.alternatives)}; nothing in your resume is "
            "evidence of any of them."
        )
        item.suggestion = (
            f"Do not add {either} to your resume until you have used one. Pick one (the first, "
            f"{written[kw.alternatives[0]]}, unless another suits you better), add it to your plan "
            f"({item.plan_step}, about {item.plan_hours:g} h) and build the evidence."
        )
    return item
