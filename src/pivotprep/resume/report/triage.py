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
- **real gap**: no evidence. Never suggest claiming it; offer a plan task instead.

A named tool or language is never "worded differently" through a related skill: using
Power BI is not using Tableau. That is the honesty rule this module exists for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import Token, phrase_key, tokenize
from pivotprep.resume.matching.taxonomy import Skill, Taxonomy, load_taxonomy
from pivotprep.resume.report.scoring import Keyword, MatchReport, ResumeLine, ResumeText
from pivotprep.resume.report.translation import find_jargon

WORDED = "worded_differently"
TRANSFERABLE = "transferable"
GAP = "gap"
VERDICT_LABELS = {WORDED: "Worded differently", TRANSFERABLE: "Transferable", GAP: "Real gap"}
NAMED = frozenset({"language", "framework", "tool", "cloud"})
# Similarity function: (queries, lines) -> rows of cosine similarities.
Similarity = Callable[[list[str], list[str]], list[list[float]]]


@dataclass
class TriageItem:
    keyword: str
    kind: str
    category: str
    part: str
    verdict: str
    reason: str
    suggestion: str
    evidence: list[dict] = field(default_factory=list)  # {number, text, via}
    source: str = ""  # related | words | translation | sibling | semantic | none
    plan_step: str | None = None
    plan_hours: float = 0.0
    alternatives: list[str] = field(default_factory=list)  # a one-of group's skills

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Triage:
    mode: str  # "taxonomy + translation map" or "... + semantic (all-MiniLM-L6-v2)"
    items: list[TriageItem]

    def to_dict(self) -> dict:
        return {"mode": self.mode, "items": [i.to_dict() for i in self.items]}


_FILLER = frozenset({"to", "and", "of", "the", "a", "in", "for", "with"})


def _near(words: set[str], tokens: list[Token], window: int) -> bool:
    """All `words` occur within `window` consecutive tokens (in any order)."""
    for start, token in enumerate(tokens):
        if token.key in words and words <= {t.key for t in tokens[start : start + window]}:
            return True
    return False


def plan_for(skill: Skill | None, kind: str) -> tuple[str, float]:
    """The plan step and hours for closing a gap in `skill` (soft skills: a story)."""
    if kind == "soft_skills":
        return "stories", 2.0
    if skill is not None and skill.category in NAMED:
        return "foundations", 6.0
    return "projects", 10.0


def _job_term(kw: Keyword) -> str:
    return kw.job_forms[0] if kw.job_forms else kw.name


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
    found: dict[str, list[tuple[int, str, str]]] = {}  # skill -> [(line, line text, as written)]
    line_tokens: dict[int, list[Token]] = {}
    for line in lines:
        tokens = tokenize(line.text)
        line_tokens[line.number] = tokens
        for m in extract_mentions(line.text, tokens=tokens):
            found.setdefault(m.skill.name, []).append((line.number, line.text, m.text))
    jargon = []
    for line in lines:
        for hit in find_jargon(line.text, domain):
            jargon.append((line, hit))
        if domain is not None:
            jargon.extend((line, hit) for hit in find_jargon(line.text) if hit.domain != domain)

    missing = [k for k in report.missing if k.kind in ("hard_skills", "soft_skills")]
    semantic_rows: list[list[float]] = []
    if similarity is not None and missing and lines:
        # Each skill is compared by its name and by the job sentence it came from; the
        # mean of the two is steadier than either (a bare name is short, a sentence mixed).
        names = [k.name for k in missing]
        contexts = [
            k.evidence.job_sentences[0]["text"] if k.evidence.job_sentences else k.name
            for k in missing
        ]
        rows = similarity(names + contexts, [ln.text for ln in lines])
        semantic_rows = [
            [(a + b) / 2 for a, b in zip(rows[i], rows[i + len(missing)], strict=True)]
            for i in range(len(missing))
        ]

    items = []
    evidence = _Evidence(found, lines, line_tokens, jargon, taxonomy, resume.line_refs)
    for position, kw in enumerate(missing):
        best: tuple[float, ResumeLine | None] = (-1.0, None)
        if semantic_rows:
            row = semantic_rows[position]
            index = max(range(len(row)), key=row.__getitem__)
            best = (row[index], lines[index])
        if kw.only_in_text_box:
            items.append(_text_box_item(kw))
        elif kw.alternatives:
            items.append(_triage_group(kw, best, evidence))
        else:
            items.append(_triage_one(kw, taxonomy.get(kw.name), best, evidence))
    mode = "taxonomy + translation map"
    if similarity is not None:
        mode += " + semantic evidence (all-MiniLM-L6-v2, offline)"
    return Triage(mode, items)


TEXT_BOX_NOTE = "only in a text box, which many ATS skip"


def _text_box_item(kw: Keyword) -> TriageItem:
    """The resume names it, but only inside a DOCX text box: move it, do not reword it."""
    boxes = [
        {"number": line["number"], "text": line["text"], "via": "text box"}
        for line in kw.evidence.resume_lines
    ]
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
        evidence=boxes,
        source="text_box",
        alternatives=list(kw.alternatives),
    )


@dataclass
class _Evidence:
    """What the resume offers as evidence, computed once per triage."""

    found: dict[str, list[tuple[int, str, str]]]
    lines: list[ResumeLine]
    line_tokens: dict[int, list[Token]]
    jargon: list
    taxonomy: Taxonomy
    line_refs: str = "file"  # ResumeText.line_refs: "file" or "extracted"

    def at(self, number: int) -> str:
        """How a reason names a resume line: as the user's file numbers it (TXT/MD), or
        honestly as a line of the text read from a PDF/DOCX, which has no line numbers."""
        if self.line_refs == "extracted":
            return f"line {number} of the extracted text"
        return f"line {number}"

    def At(self, number: int) -> str:  # the sentence-initial form of `at`
        return self.at(number)[0].upper() + self.at(number)[1:]


_RANK = {WORDED: 0, TRANSFERABLE: 1, GAP: 2}


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
    kw: Keyword, best: tuple[float, ResumeLine | None], evidence: _Evidence
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
        tried.append(_triage_one(member, skill, best, evidence))
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


def _triage_one(
    kw: Keyword, skill: Skill | None, best: tuple[float, ResumeLine | None], evidence: _Evidence
) -> TriageItem:
    """One missing skill: worded differently, transferable, or a real gap."""
    found, lines, line_tokens = evidence.found, evidence.lines, evidence.line_tokens
    jargon, taxonomy = evidence.jargon, evidence.taxonomy
    at, At = evidence.at, evidence.At  # "line 3", "Line 3" (or "... of the extracted text")
    term = _job_term(kw)
    named = skill is not None and skill.category in NAMED
    item = None
    # 1. Evidence listed in the taxonomy (not for named tools: Power BI is not Tableau).
    if skill is not None and not named:
        for rel in skill.related:
            if rel in found:
                number, text, written = found[rel][0]
                item = TriageItem(
                    kw.name,
                    kw.kind,
                    kw.category,
                    kw.part,
                    WORDED,
                    f"{At(number)} names {rel} ('{written}'), which is evidence of {kw.name}.",
                    f"If that work was {kw.name}, say so in the job's words on {at(number)}, "
                    f"e.g. '... {written} ({term})'. An ATS matching '{term}' may not know "
                    f"that {rel} implies it.",
                    [{"number": number, "text": text, "via": rel}],
                    "related",
                )
                break
    # 2. The skill's own words spread over one line ("pipelines ... for data").
    if item is None and skill is not None:
        words = set(phrase_key(kw.name)) - _FILLER
        if len(words) >= 2:
            for line in lines:
                if _near(words, line_tokens[line.number], len(words) + 3) and not any(
                    hit.start <= tok.start < hit.end
                    for ln, hit in jargon
                    if ln.number == line.number
                    for tok in line_tokens[line.number]
                    if tok.key in words
                ):
                    item = TriageItem(
                        kw.name,
                        kw.kind,
                        kw.category,
                        kw.part,
                        WORDED,
                        f"{At(line.number)} has the words of '{term}', not as one phrase.",
                        f"Write the phrase '{term}' as the job does, on {at(line.number)}, "
                        "if it describes that work.",
                        [{"number": line.number, "text": line.text, "via": "words"}],
                        "words",
                    )
                    break
        # 3. Semantic closeness (concepts and soft skills only).
        from pivotprep.resume.matching.semantic import CLOSE

        if best[0] >= CLOSE:
            line = best[1]
            item = TriageItem(
                kw.name,
                kw.kind,
                kw.category,
                kw.part,
                WORDED,
                f"{At(line.number)} is close in meaning to '{term}' (similarity {best[0]:.2f}).",
                f"If {at(line.number)} is {kw.name} work, use the job's term '{term}' in it.",
                [{"number": line.number, "text": line.text, "via": f"semantic {best[0]:.2f}"}],
                "semantic",
            )
    # 4. Past-career phrases from the translation map.
    if item is None and skill is not None:
        wanted = {skill.name, *skill.related, *skill.adjacent}
        for line, hit in jargon:
            overlap = wanted & set(hit.skills)
            if overlap and (skill.name in hit.skills or not named):
                item = TriageItem(
                    kw.name,
                    kw.kind,
                    kw.category,
                    kw.part,
                    TRANSFERABLE,
                    f"{At(line.number)} ('{hit.term}', {hit.domain}) is adjacent evidence: "
                    f"{hit.target}.",
                    f"Translate it honestly: {hit.suggestion.removeprefix('In tech terms: ')} "
                    f"Use '{term}' only for the part of that work that really was {kw.name}.",
                    [{"number": line.number, "text": line.text, "via": hit.term}],
                    "translation",
                )
                break
    # 5. An adjacent skill from the taxonomy (forecasting for time-series forecasting).
    if item is None and skill is not None:
        for adj in skill.adjacent:
            if adj in found:
                number, text, written = found[adj][0]
                item = TriageItem(
                    kw.name,
                    kw.kind,
                    kw.category,
                    kw.part,
                    TRANSFERABLE,
                    f"{At(number)} shows {adj} ('{written}'), adjacent to {kw.name}.",
                    f"Describe that work concretely (data, method, result) so a reader sees "
                    f"how close it is to {kw.name}; do not write '{term}' unless the work "
                    "really was that.",
                    [{"number": number, "text": text, "via": adj}],
                    "adjacent",
                )
                break
    # 6. A sibling tool (Power BI for Tableau): transferable, never a claim.
    if item is None and named and skill is not None:
        for parent in taxonomy.skills.values():
            if skill.name in parent.related:
                siblings = [
                    r
                    for r in parent.related
                    if r in found and r != skill.name and taxonomy.skills[r].category in NAMED
                ]
                if siblings:
                    number, text, written = found[siblings[0]][0]
                    item = TriageItem(
                        kw.name,
                        kw.kind,
                        kw.category,
                        kw.part,
                        TRANSFERABLE,
                        f"{At(number)} shows {siblings[0]}, in the same family ({parent.name}).",
                        f"Do not list {kw.name} unless you have used it. Say '{written}' "
                        f"plainly and mention that you work with {parent.name} tools; "
                        f"learning {kw.name} basics is a short plan task.",
                        [{"number": number, "text": text, "via": siblings[0]}],
                        "sibling",
                    )
                    break
    # 7. Semantic: somewhat close is adjacent evidence at most.
    if item is None and not named and best[1] is not None:
        from pivotprep.resume.matching.semantic import ADJACENT

        if best[0] >= ADJACENT:
            line = best[1]
            item = TriageItem(
                kw.name,
                kw.kind,
                kw.category,
                kw.part,
                TRANSFERABLE,
                f"{At(line.number)} is related in meaning to '{term}' (similarity {best[0]:.2f}).",
                f"Describe what {at(line.number)} involved in concrete terms; use '{term}' "
                "only if the work really was that.",
                [{"number": line.number, "text": line.text, "via": f"semantic {best[0]:.2f}"}],
                "semantic",
            )
    if item is None:
        step, hours = plan_for(skill, kw.kind)
        item = TriageItem(
            kw.name,
            kw.kind,
            kw.category,
            kw.part,
            GAP,
            "Nothing in your resume is evidence of it.",
            f"Do not add '{term}' to your resume until you have done it. "
            f"Add it to your plan ({step}, about {hours:g} h) and build the evidence.",
            [],
            "none",
            step,
            hours,
        )
    elif item.verdict == TRANSFERABLE:
        item.plan_step, item.plan_hours = plan_for(skill, kw.kind)
    return item
