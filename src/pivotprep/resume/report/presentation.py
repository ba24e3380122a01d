"""How a scan report is shown, decided once for every interface. Pure.

The CLI and the web show the same report. Everything that is a decision rather than a
way of drawing lives here and comes back as typed values: the rate's band against the
80% line, each verdict's label and tone, how each keyword matched (in words), the
keywords matched only as variants, the job text cut into highlighted segments, the real
gaps. An interface maps a `Tone` to its own colours or classes and lays the rest out.

`present()` reads a report's JSON form (`ScanResult.to_dict()`, or a stored scan's
report, older ones included: the keys added later are optional). It is the one place
that reads that form by its keys.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from pivotprep.resume.report.result import CORE_PARTS
from pivotprep.resume.report.verdicts import GAP, SHOW, TEXT_BOX_NOTE, TRANSFERABLE, WORDED

Data = Mapping[str, Any]  # a report's JSON form


class Tone(StrEnum):
    """How a value reads at a glance; each interface picks its own colour for each."""

    GOOD = "good"  # at or over the line, matched, nothing to fix
    CAUTION = "caution"  # close to the line, worded differently, worth a look
    INFO = "info"  # transferable: adjacent evidence, neither good nor bad
    BAD = "bad"  # well under the line, missing, a real gap, a problem


VERDICT_LABELS: Final = {
    WORDED: "Worded differently",
    TRANSFERABLE: "Transferable",
    SHOW: "Show it",
    GAP: "Real gap",
}
VERDICT_TONES: Final = {
    WORDED: Tone.CAUTION,
    TRANSFERABLE: Tone.INFO,
    SHOW: Tone.CAUTION,
    GAP: Tone.BAD,
}
SEVERITY_TONES: Final = {"ok": Tone.GOOD, "warn": Tone.CAUTION, "problem": Tone.BAD}
NEAR_LINE = 20  # points under the rule-of-thumb line that still read as close
UNTITLED_JOB: Final = "(untitled job)"
EXTRACTED: Final = " of the extracted text"  # after a line number of a PDF/DOCX's text


def rate_band(rate: float, line: float) -> Tone:
    """The match rate against the rule-of-thumb line: over it, within 20 points, or under."""
    if rate >= line:
        return Tone.GOOD
    if rate >= line - NEAR_LINE:
        return Tone.CAUTION
    return Tone.BAD


def job_label(title: str | None) -> str:
    return title or UNTITLED_JOB


@dataclass(frozen=True)
class LineRef:
    """A resume line cited as evidence; `matched` is the text on it that matched."""

    number: int
    text: str
    matched: str = ""


@dataclass(frozen=True)
class PartView:
    name: str
    label: str
    weight: int
    score: float  # 0..1
    detail: str
    in_rate: bool = True  # False: a check beside the rate (job title, education)


@dataclass(frozen=True)
class KeywordView:
    name: str
    kind: str  # hard_skills | soft_skills | other_keywords
    part: str  # the job part it is strongest in: required, responsibilities ...
    job_count: int
    resume_count: int
    matched: bool
    match: str  # how it matched, in words: "exact", "variant: reporting", "missing" ...
    tone: Tone  # GOOD when matched, BAD when missing
    job_wrote: str  # the job's own words when it wrote the skill otherwise, else ""
    one_of: int  # members of a one-of group ("AWS or GCP"); 0 for a single skill
    hot: bool  # an O*NET Hot Technology
    job_sentences: tuple[str, ...]
    resume_lines: tuple[LineRef, ...]
    job_spans: tuple[tuple[int, int], ...]  # where the job names it, in the job text


@dataclass(frozen=True)
class VariantView:
    """A keyword matched only as a variant: some ATS count only the job's exact words."""

    keyword: str
    job_wrote: str
    line: int
    resume_wrote: str


@dataclass(frozen=True)
class TriageView:
    keyword: str
    verdict: str
    label: str  # "Worded differently", "Transferable", "Real gap"
    tone: Tone
    reason: str
    suggestion: str
    evidence: tuple[LineRef, ...]
    plan_step: str  # the plan step a gap goes to ("" when not a gap)
    plan_hours: float

    @property
    def is_gap(self) -> bool:
        return self.verdict == GAP


@dataclass(frozen=True)
class FindingView:
    check: str  # the check's name in words ("contact in body")
    severity: str  # ok | warn | problem
    tone: Tone | None
    message: str
    evidence: str


@dataclass(frozen=True)
class ChangesView:
    summary: str
    required_gained: tuple[str, ...]
    required_lost: tuple[str, ...]


@dataclass(frozen=True)
class Segment:
    """A piece of the job text: plain, or a keyword highlighted as matched or missing."""

    text: str
    keyword: str = ""
    matched: bool = False


@dataclass(frozen=True)
class ScanView:
    scan_id: int | None
    resume_name: str
    resume_version: int
    job_title: str
    rate: float  # share of the job's keywords found, variants included
    exact_rate: float  # the same, counting only the job's exact forms
    band: Tone  # the rate against the rule-of-thumb line
    line: int  # the rule-of-thumb rate (80)
    line_note: str  # what that line is, one sentence
    mode: str
    changes: ChangesView | None
    parts: tuple[PartView, ...]
    keywords: tuple[KeywordView, ...]
    variants: tuple[VariantView, ...]
    lines_of: str  # EXTRACTED when line numbers count a PDF/DOCX's extracted text, else ""
    triage: tuple[TriageView, ...]
    formatting: tuple[FindingView, ...]
    notes: tuple[str, ...]
    fixes: tuple[str, ...] = ()  # what to do first, most worth it first (at most five)

    @property
    def job_label(self) -> str:
        return job_label(self.job_title)

    @property
    def gaps(self) -> tuple[TriageView, ...]:
        return tuple(t for t in self.triage if t.is_gap)

    def missing_hard_skills(self, *, core: bool) -> tuple[str, ...]:
        """The hard skills the resume lacks: `core`, those the job asks for or its duties
        name (weighted alike in the rate); otherwise the preferred ones."""
        wanted = CORE_PARTS if core else ("preferred",)
        return self._missing(lambda part: part in wanted)

    def _missing(self, where: Callable[[str], bool]) -> tuple[str, ...]:
        """The missing hard skills whose job part `where` accepts."""
        return tuple(
            k.name
            for k in self.keywords
            if not k.matched and k.kind == "hard_skills" and where(k.part)
        )

    def missing_groups(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The missing hard skills by where the job names them, each group with its label,
        empty groups left out. A skill the job names outside its requirements and duties
        ("We build on Django and ClickHouse") counts in the rate too, so it is listed."""
        groups = (
            ("required or in the duties", self.missing_hard_skills(core=True)),
            ("preferred", self.missing_hard_skills(core=False)),
            ("named elsewhere in the job", self._missing(lambda p: p not in _NAMED_PARTS)),
        )
        return tuple((label, names) for label, names in groups if names)


def _match(k: Data) -> str:
    """How a keyword matched, in words (the same in every interface)."""
    alternatives = k.get("alternatives") or []
    if k["matched"]:
        found = "exact" if k["exact"] else f"variant: {', '.join(k['resume_forms'])}"
        if alternatives:
            found += f" (via {', '.join(k.get('matched_by') or [])})"
        return found
    if k.get("only_in_text_box"):
        return f"missing: {TEXT_BOX_NOTE}"
    return "missing: none of them" if alternatives else "missing"


def _job_wrote(k: Data) -> str:
    """The job's words for a skill it never spelled as named ("analytics" for data
    analysis), so the keyword is shown with the words the job did use."""
    forms = k.get("job_forms") or []
    if k.get("alternatives") or not forms:
        return ""
    if str(k["name"]).lower() in {str(f).lower() for f in forms}:
        return ""
    return str(forms[0])


def _lines(rows: Iterable[Data], matched: bool = False) -> tuple[LineRef, ...]:
    return tuple(
        LineRef(int(r["number"]), str(r["text"]), str(r.get("matched", "")) if matched else "")
        for r in rows
    )


def _keyword(k: Data) -> KeywordView:
    evidence = k["evidence"]
    return KeywordView(
        name=k["name"],
        kind=k["kind"],
        part=k["part"],
        job_count=k["job_count"],
        resume_count=k["resume_count"],
        matched=bool(k["matched"]),
        match=_match(k),
        tone=Tone.GOOD if k["matched"] else Tone.BAD,
        job_wrote=_job_wrote(k),
        one_of=len(k.get("alternatives") or []),
        hot=bool(k.get("hot")),
        job_sentences=tuple(s["text"] for s in evidence["job_sentences"]),
        resume_lines=_lines(evidence["resume_lines"], matched=True),
        job_spans=tuple((int(a), int(b)) for a, b in k.get("job_spans") or []),
    )


def _variants(keywords: Sequence[Data]) -> tuple[VariantView, ...]:
    """Matched, but not as the job writes it (skills only: a repeated word is no skill)."""
    return tuple(
        VariantView(k["name"], k["job_forms"][0], line["number"], line["matched"])
        for k in keywords
        if k["matched"] and not k["exact"] and k["category"] != "word"
        for line in k["evidence"]["resume_lines"][:1]
    )


def _triage(item: Data) -> TriageView:
    verdict = item["verdict"]
    return TriageView(
        keyword=item["keyword"],
        verdict=verdict,
        label=VERDICT_LABELS[verdict],
        tone=VERDICT_TONES[verdict],
        reason=item["reason"],
        suggestion=item["suggestion"],
        evidence=_lines(item.get("evidence") or []),
        plan_step=item.get("plan_step") or "",
        plan_hours=float(item.get("plan_hours") or 0.0),
    )


def _finding(f: Data) -> FindingView:
    return FindingView(
        check=str(f["id"]).replace("_", " "),
        severity=f["severity"],
        tone=SEVERITY_TONES.get(f["severity"]),
        message=f["message"],
        evidence=f.get("evidence") or "",
    )


def _changes(changes: Data | None) -> ChangesView | None:
    if not changes:
        return None
    return ChangesView(
        changes["summary"],
        tuple(changes.get("required_gained") or ()),
        tuple(changes.get("required_lost") or ()),
    )


def present(data: Data) -> ScanView:
    """The report's JSON form as the typed values every interface renders."""
    rate, line = float(data["rate"]), int(data["rule_of_thumb"]["rate"])
    resume = data["resume"]
    return ScanView(
        scan_id=data.get("scan_id"),
        resume_name=resume["name"],
        resume_version=resume["version"],
        job_title=data["job"]["title"] or "",
        rate=rate,
        exact_rate=float(data.get("exact_rate", rate)),  # scans stored before it: the rate
        band=rate_band(rate, line),
        line=line,
        line_note=data["rule_of_thumb"]["note"],
        mode=data["mode"],
        changes=_changes(data.get("changes")),
        parts=tuple(
            PartView(
                p["name"], p["label"], p["weight"], p["score"], p["detail"], p.get("in_rate", True)
            )
            for p in data["parts"]
        ),
        keywords=tuple(_keyword(k) for k in data["keywords"]),
        variants=_variants(data["keywords"]),
        lines_of=EXTRACTED if resume.get("line_refs") == "extracted" else "",
        triage=tuple(_triage(t) for t in data["triage"]),
        formatting=tuple(_finding(f) for f in data["formatting"]),
        notes=tuple(data.get("notes") or ()),
        fixes=top_fixes(data),
    )


def _exact_fixes(data: Data) -> list[tuple[int, str]]:
    """Required keywords the resume has under other words: write the job's exact term."""
    out = []
    for k in data["keywords"]:
        if k["kind"] != "hard_skills" or not k["matched"] or k["exact"] or k["category"] == "word":
            continue
        lines = k["evidence"]["resume_lines"]
        if not lines or not k["job_forms"]:
            continue
        rank = 2 if k["part"] in CORE_PARTS else 3
        out.append(
            (
                rank,
                f"Where it is true, write '{k['job_forms'][0]}' as the job does: line "
                f"{lines[0]['number']} says '{lines[0]['matched']}', and literal filters "
                "miss variants.",
            )
        )
    return out[:2]  # two examples are enough: the full report lists every variant


def _triage_fixes(data: Data) -> list[tuple[int, str]]:
    """Missing keywords with evidence (reword) first; real required gaps last. A skill the
    duties name counts as required here, as it does in the rate. A suggestion met twice (a
    skill asked alone and again in a one-of group gets the same one) is given once, at the
    better rank."""
    best: dict[str, tuple[int, str]] = {}
    for t in data.get("triage") or ():
        fix = _triage_fix(t)
        key = t["suggestion"] if t["verdict"] != GAP else t["keyword"]
        if fix is not None and (key not in best or fix[0] < best[key][0]):
            best[key] = fix
    return list(best.values())


def _triage_fix(t: Data) -> tuple[int, str] | None:
    """(rank, text) of one triaged keyword's fix; None when it needs no fix first."""
    required = t["part"] in CORE_PARTS
    if t["verdict"] == WORDED:
        return (0 if required else 2, f"{t['keyword']}: {t['suggestion']}")
    if t["verdict"] == TRANSFERABLE and required:
        return (2, f"{t['keyword']}: {t['suggestion']}")
    if t["verdict"] == SHOW and required:
        return (4, f"{t['keyword']}: {t['suggestion']}")
    if t["verdict"] == GAP and required and t["kind"] == "hard_skills":
        return (5, f"Real gap, {t['keyword']}: learn it before you claim it (plan).")
    return None


_NAMED_PARTS = (*CORE_PARTS, "preferred")  # the parts the missing lists name by heading
_LANGUAGE = ("resume_language", "job_language")  # report/language.py's findings


def top_fixes(data: Data, limit: int = 5) -> tuple[str, ...]:
    """What to do first, in words: rewordings the resume's own lines support, the job's
    exact terms for variants, the title in the headline, formatting problems, then what
    only work can close. The most worth it (and cheapest) first; at most `limit`."""
    ranked = _triage_fixes(data) + _exact_fixes(data)
    title = data.get("title") or {}
    problems = [f for f in data.get("formatting") or () if f["severity"] == "problem"]
    said = any(f.get("id") == "headline_title" for f in problems)  # "no headline" says it
    if title.get("title") and not title.get("in_headline") and not said:
        ranked.append((1, f"Put the job title '{title['title']}' in the headline under your name."))
    # a text not in English makes every other fix moot: it comes first
    ranked += [(-1 if f.get("id") in _LANGUAGE else 1, str(f["message"])) for f in problems]
    ranked.sort(key=lambda pair: pair[0])
    return tuple(text for _rank, text in ranked[:limit])


def change_summary(data: Data) -> str:
    """What changed since the scan compared with, in one sentence ("" for a first scan)."""
    return str((data.get("changes") or {}).get("summary", ""))


def gap_keywords(data: Data) -> tuple[str, ...]:
    """The real gaps of a report, by keyword."""
    return tuple(t["keyword"] for t in data.get("triage") or () if t["verdict"] == GAP)


def highlight(text: str, keywords: Sequence[KeywordView]) -> tuple[Segment, ...]:
    """The job text cut into plain and highlighted segments, left to right; a span that
    overlaps one already highlighted, or runs past the text, is left plain."""
    marks = sorted((start, end, k.matched, k.name) for k in keywords for start, end in k.job_spans)
    segments: list[Segment] = []
    at = 0
    for start, end, matched, name in marks:
        if start < at or end > len(text):
            continue
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], name, matched))
        at = end
    segments.append(Segment(text[at:]))
    return tuple(segments)
