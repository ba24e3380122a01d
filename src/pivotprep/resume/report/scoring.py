"""The ATS match rate, broken into its parts, with the evidence for every keyword. Pure.

Inputs are plain structures (`ResumeText`, `JobText`, scan_inputs.py), so the scan can be
tested on strings; `service.py` builds them from the documents `reading.py` extracts.

The match rate is on Jobscan's scale: the share of the job's keywords the resume has, so
that its 80% rule of thumb means what it says there. Each keyword weighs its kind times
the job part it appears in (required or responsibilities 3, preferred or elsewhere 1: a
duty names what the job is done with, as a requirement does):
- **hard skills** (kind 1, the highest): taxonomy skills of category language, framework,
  tool, cloud or concept found in the job. Skills one requirement offers as alternatives
  ("AWS or GCP") are one keyword, matched by any of them (alternatives.py);
- **soft skills** (kind 0.1): communication, stakeholder management ...;
- **other keywords** (kind 0.05): broad skill terms (ESCO vocabulary), generic concepts and
  domains ("documentation", "monitoring", "finance": taxonomy.GENERIC) named in a
  requirement, preference or duty sentence, written as the term itself (not "monitors" for
  monitoring) and outside a proper name ("Office of Personnel Management"); single words
  the job repeats are not keywords, and chat apps (Slack, Zoom) are no keyword at all.
`rate` counts a keyword the resume writes as a variant ("Postgres" for PostgreSQL, a skill
the taxonomy says implies it) as found; `exact_rate` counts only the job's exact form, as a
literal keyword filter would. Both are shown side by side.
The **job title** (the job's title or its core words in the resume, best in the headline)
and **education** (the degree level asked vs the highest the resume shows) are checks shown
beside the rate, not part of it (`PartScore.in_rate` is False).
Every keyword comes from a job sentence, which is its evidence: words in the title line,
in headings, in the hiring company's name or in a team's name ("the Growth Analytics
team") ask for nothing, so they make no keyword (the title has its own part).
Matching is per resume line, so
adding a line can only add matches (a property the tests check).

The 80% figure is Jobscan's rule of thumb for getting past the keyword filter, not a law:
ATS products rank differently, and a person reads the resume after the filter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pivotprep.resume.jobs.asking import (
    blocked_spans,
    introduces_application,
    introduces_people,
    introduces_products,
    sentence_reason,
)
from pivotprep.resume.jobs.company import company_spans, defined_acronyms, team_spans
from pivotprep.resume.matching.alternatives import one_of_groups
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import surface, tokenize
from pivotprep.resume.matching.taxonomy import SkillMention
from pivotprep.resume.matching.vocabulary import ASKED_DISCIPLINES, CATEGORY_KEPT, NOT_KEYWORDS
from pivotprep.resume.report.denials import Spans
from pivotprep.resume.report.evidence import (
    kind_of,
    prepare,
    sentence_at,
    skill_keywords,
)
from pivotprep.resume.report.inputs import JobSentenceText, JobText, ResumeLine, ResumeText
from pivotprep.resume.report.result import (
    CORE_PARTS,
    JOB_PARTS,
    KIND_WEIGHTS,
    PART_LABELS,
    PART_WEIGHTS,
    RULE_OF_THUMB,
    SECTION_WEIGHTS,
    Evidence,
    Keyword,
    MatchReport,
    PartScore,
)
from pivotprep.resume.report.title_education import (
    degree_field_spans,
    degree_level,
    education_part,
    title_part,
)

__all__ = [
    "JOB_PARTS",
    "PART_LABELS",
    "KIND_WEIGHTS",
    "PART_WEIGHTS",
    "RULE_OF_THUMB",
    "SECTION_WEIGHTS",
    "Evidence",
    "JobSentenceText",
    "JobText",
    "Keyword",
    "MatchReport",
    "PartScore",
    "ResumeLine",
    "ResumeText",
    "degree_level",
    "keyword_rate",
    "scan",
]


def _keyword_parts(keywords: list[Keyword]) -> list[PartScore]:
    parts: list[PartScore] = []
    for kind in ("hard_skills", "soft_skills", "other_keywords"):
        items = [k for k in keywords if k.kind == kind]
        if not items:
            continue
        total = sum(k.weight for k in items)
        got = sum(k.weight for k in items if k.matched)
        n_match = sum(k.matched for k in items)
        noun = "keyword" if len(items) == 1 else "keywords"
        detail = f"{n_match} of {len(items)} {noun} (weighted {got:g} of {total:g})"
        if kind == "hard_skills":
            req = [k for k in items if k.part in CORE_PARTS]
            if req:
                detail += (
                    f"; required or in the duties: {sum(k.matched for k in req)} of {len(req)}"
                )
        groups = sum(1 for k in items if k.alternatives)
        if groups:
            detail += (
                f"; {groups} one-of group{'s' if groups != 1 else ''} "
                "(alternatives count once, matched by any)"
            )
        parts.append(
            PartScore(
                kind,
                PART_LABELS[kind],
                round(100 * KIND_WEIGHTS[kind]),
                got / total,
                got,
                total,
                detail,
            )
        )
    return parts


def _title_score(title: dict[str, Any], line_refs: str) -> PartScore:
    if title["found"]:
        of = " of the extracted text" if line_refs == "extracted" else ""
        where = (
            "in your headline"
            if title["in_headline"]
            else f"on line {title['resume_line']['number']}{of}, not in the headline"
        )
        detail = f"'{title['title']}' found ({title['how']}) {where}"
    else:
        detail = f"'{title['title']}' does not appear in your resume"
    return PartScore(
        "job_title",
        PART_LABELS["job_title"],
        PART_WEIGHTS["job_title"],
        title["score"],
        title["score"],
        1.0,
        detail,
        in_rate=False,
    )


def _education_score(education: dict[str, Any]) -> PartScore:
    """A required degree weighs the full part; one only preferred weighs a third of it."""
    ok = education["meets"]
    has = education["has"] or "no degree"
    if education.get("preferred"):
        detail = f"prefers (does not require) a {education['asked']}; your resume shows {has}"
    else:
        detail = f"asks for a {education['asked']}; your resume shows {has}"
    if not ok and education["equivalent_experience_accepted"]:
        detail += " (the job accepts equivalent experience)"
    if education.get("also_preferred"):
        detail += f"; a {education['also_preferred']} is preferred, not required"
    score = 1.0 if ok else (0.5 if education["equivalent_experience_accepted"] else 0.0)
    weight = PART_WEIGHTS["education"]
    if education.get("preferred"):
        weight = max(1, weight // 3)
    return PartScore(
        "education",
        PART_LABELS["education"],
        weight,
        score,
        score,
        1.0,
        detail,
        in_rate=False,
    )


def _one_skill(name: str) -> bool:
    found = extract_mentions(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def _without_defined_names(text: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """Drop an acronym the posting defines as a name that is no skill ("the Voter
    Participation Center (VPC)"), there and wherever it is used again ("VPC's data
    warehouse"): it names the organisation, not Amazon VPC. An acronym whose defining
    words name the same skill ("Amazon Virtual Private Cloud (VPC)") stays."""
    names: set[str] = set()
    for acronym, start, end in defined_acronyms(text):
        inside = {m.skill.name for m in mentions if start <= m.start and m.end <= end}
        defined = [m for m in mentions if m.start > end and _bare(m.text) == acronym]
        if defined and defined[0].skill.name not in inside:
            names.add(acronym)
    if not names:
        return mentions
    return [m for m in mentions if _bare(m.text) not in names]


def _bare(written: str) -> str:
    """An acronym as written without its plural or possessive ("VPCs", "VPC's" -> "VPC")."""
    return _PLURAL_OR_POSSESSIVE.sub("", written)


_PLURAL_OR_POSSESSIVE = re.compile(r"(?:['\u2019]s|s)$")


def _without_company(text: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """Drop skill mentions inside the hiring company's name (company.py)."""
    spans = company_spans(text, _one_skill)
    if not spans:
        return mentions
    return [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]


# A role named by its discipline: "a full stack engineer", "Back-end Developer (BEWD)".
_ROLE_AFTER = re.compile(
    r"[\s-]*(?:developers?|engineers?|analysts?|scientists?|architects?|specialists?)\b",
    re.IGNORECASE,
)


# A role whose discipline follows it: "two vacancies for IT Specialists -- DevOps",
# "Engineer (DevOps)", "Specialist: DevOps".
_ROLE_BEFORE = re.compile(
    r"\b(?:developers?|engineers?|analysts?|scientists?|architects?|specialists?)"
    r"\s*(?:--|[-\u2013\u2014(])\s*$",  # not a colon: "from engineers: DevOps practices"
    re.IGNORECASE,
)
_ROLE_NOUNS = frozenset({"engineer", "engineers", "developer", "developers"})


def _as_role(text: str, mention: SkillMention) -> bool:
    """Whether a discipline is written as a role's name: a role noun after it ("a full
    stack engineer"), before it ("IT Specialists -- DevOps"), or as its own last word where
    the role folds into the discipline ("As a Site Reliability Engineer")."""
    if _ROLE_AFTER.match(text, mention.end, mention.end + 40) is not None:
        return True
    if mention.text.split()[-1].lower() in _ROLE_NOUNS and mention.text[:1].isupper():
        return True
    return _ROLE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


def _without_role_names(text: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """Drop a discipline the posting names only as a role ("We are seeking a full stack
    engineer"): the role is the job or a colleague, not a skill asked for. A tool in a role
    ("Django developer") stays, as does a discipline also asked for in its own words."""
    as_role: dict[str, bool] = {}
    for m in mentions:
        if m.skill.category == "concept":
            role = _as_role(text, m)
            as_role[m.skill.name] = as_role.get(m.skill.name, True) and role
    return [m for m in mentions if not as_role.get(m.skill.name, False)]


def _title_skills_required(title: str, keywords: list[Keyword]) -> None:
    """The title's own skill (Django for a "Django Developer") is required wherever else
    the posting names it."""
    named = {m.skill.name for m in extract_mentions(title)} if title else set()
    for k in keywords:
        if k.kind == "hard_skills" and k.name in named:
            k.part, k.weight = "required", SECTION_WEIGHTS["required"]


def _in_ask(job: JobText, mention: SkillMention, sentence_starts: list[int]) -> bool:
    """'Other keywords' come only from requirement, preference and duty sentences."""
    sentence = sentence_at(job, mention.start, sentence_starts)
    return sentence is not None and sentence.part in ("required", "preferred", "responsibilities")


_CAPITALISED = re.compile(r"[A-Z][a-z]")
# Bodies named "the X of ...": the words after "of" are part of the name.
_BODIES = frozenset(
    [
        "Office",
        "Department",
        "Bureau",
        "Ministry",
        "Division",
        "Institute",
        "Center",
        "Centre",
        "School",
        "University",
        "College",
        "Board",
        "Council",
        "Agency",
        "Administration",
        "Service",
    ]
)


def _as_written(mention: SkillMention) -> bool:
    """An other keyword must be written as the term itself (or its plural): "monitors",
    "economic", "Software Engineer" fold to the keys of monitoring, economics and software
    engineering, but they are a verb, an adjective and a job title."""
    written, alias = mention.surface, surface(mention.alias)
    return written in (alias, alias + "s", alias + "es")


# A title goes on after the concept in capitals, through a preposition, with words that
# name no skill ("Machine Learning on Source Code", "Data Science for Social Good").
_TITLE_TAIL = re.compile(r" (?:on|of|for|in) ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)\b(?![-.][A-Za-z])")


def _in_a_name(text: str, mention: SkillMention) -> bool:
    """Written in capitals right after a capitalised word, mid-sentence: part of a
    proper name ("the Office of Personnel Management Direct Hire Guidelines", "the Salary
    Forecasting Tool", "the FedRAMP Program Management Office"), not the general term. A
    concept only: a tool's name is a proper name anyway. After a comma or at the start of
    a sentence or list item, capitals are a writing style ("Statistics, Predictive Modeling").
    Followed by a preposition and more capitalised words that name no skill, it is a title
    ("provide Machine Learning on Source Code"), wherever it stands."""
    if not all(_CAPITALISED.match(w) for w in mention.text.split()):
        return False
    tail = _TITLE_TAIL.match(text, mention.end)
    if tail and not extract_mentions(tail.group(1), broad=False):
        return True  # "Machine Learning on Source Code": a title, not the field
    words = re.findall(r"\S+", text[max(0, mention.start - 60) : mention.start])
    if len(words) > 1 and words[-1] in ("of", "for") and words[-2] in _BODIES:
        return True  # "the Office of Personnel Management"
    if not words or not words[-1][-1:].isalnum():
        return False  # starts a sentence, a list item or a clause: not inside a name
    if not _CAPITALISED.match(words[-1]):
        return False
    # The capitalised word before it opens a line, a list item or a sentence: its capital is
    # the sentence's ("Substantial Linux System Administration experience").
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = re.findall(r"\S+", text[line_start : mention.start])
    return not (
        len(opening) == 1
        or (len(opening) == 2 and not opening[0][-1:].isalnum())
        or (len(words) > 1 and words[-2][-1:] in (".", "!", "?", ":", ";"))
    )


# What makes a discipline a category word: the tools it is done with follow ("data analysis
# tools", "tools optimized for statistical and data analysis (such as R)"); the screen
# searches for the tools (the labelling guide's category-word rule).
_CATEGORY_AFTER = re.compile(
    r"\s*(?:tools?\b|software\b|packages?\b|platforms?\b|\((?:such as|e\.g|eg|including|like)\b)",
    re.IGNORECASE,
)


# Between a category word and the first tool of its list: an optional kind noun, then the
# words that open examples ("data visualization tools such as", "ML frameworks (e.g.",
# "BI platforms like", "the data science stack (").
_KIND_NOUN = (
    r"(?:tool(?:s|ing)?|software|packages?|platforms?|frameworks?|librar(?:y|ies)|"
    r"technolog(?:y|ies)|solutions?|systems?|products?|languages?|applications?|suites?|"
    r"stacks?|services?|engines?|environments?|clients?|utilities|programs?|offerings?)"
)
_EXAMPLES_OPEN = re.compile(
    # one optional part after another, each taking its own spaces: a run of spaces is
    # read once, not split between two \s*
    rf"\s*(?:{_KIND_NOUN}\b\s*)?(?:,\s*)?(?:\(\s*)?"
    r"(?:such\s+as|e\.\s?g\.?|eg\b|for\s+(?:example|instance)|like|including|incl\.?|"
    # the team's own pick in brackets: "project management tools (we use Jira)"
    r"(?<=\()\s*we(?:\s+currently)?\s+use)"
    r"[\s:,(]*",
    re.IGNORECASE,
)
_BRACKET_OPEN = re.compile(rf"\s*{_KIND_NOUN}\s*\(\s*", re.IGNORECASE)
_PRODUCTS = frozenset({"language", "framework", "tool", "cloud"})


def _is_product(mention: SkillMention) -> bool:
    """A named product (a language, a library, a tool, a platform), not a practice."""
    return mention.skill.category in _PRODUCTS


def _category_words(text: str, mentions: list[SkillMention]) -> list[SkillMention]:
    """Drop a discipline written as the category of the tools listed after it ("data
    visualization tools such as Tableau", "a web programming framework such as Django",
    "ML frameworks (e.g. PyTorch)", "spreadsheet software such as Excel"): the screen
    searches for the tools (the labelling guide's category-word rule). The named practices
    and kinds of database the guide keeps there stay (CATEGORY_KEPT), and so does a
    discipline whose examples are techniques ("statistical methods, including ...")."""
    out = []
    for number, m in enumerate(mentions):
        kind = m.skill.category == "concept" or (m.skill.category == "tool" and m.text.islower())
        if kind and m.skill.name not in CATEGORY_KEPT:
            opened = _EXAMPLES_OPEN.match(text, m.end) or _BRACKET_OPEN.match(text, m.end)
            after = _next_after(mentions, number) if opened else None
            if opened and after is not None and after.start == opened.end() and _is_product(after):
                continue
        out.append(m)
    return out


def _next_after(mentions: list[SkillMention], number: int) -> SkillMention | None:
    """The first mention after mentions[number] that starts where it ends or later: an
    elided one may lie inside it ("statistical and data analysis (such as R)" holds data
    analysis). Looked up only after a category word that opens examples, and without
    copying the rest of the list for each of them."""
    end = mentions[number].end
    for later in range(number + 1, len(mentions)):
        if mentions[later].start >= end:
            return mentions[later]
    return None


_FOLDED_VERBS = frozenset({"cleaned", "cleansed"})


def _asked_disciplines(
    job: JobText, mentions: list[SkillMention], sentence_starts: list[int]
) -> list[SkillMention]:
    """A generic discipline named as such in a requirement or a preference ("Solid
    background in data analysis") is asked for: a hard skill there (ASKED_DISCIPLINES),
    unless it only says what the tools after it are for."""
    out = []
    for m in mentions:
        spellings = ASKED_DISCIPLINES.get(m.skill.name, frozenset())
        # the spelling as written too: "LLMs" matches the taxonomy's "LLM" after plurals
        spelling = m.alias.lower() in spellings or m.text.lower() in spellings
        # not a verb folded to the name ("data cleaned in Python")
        if m.text.lower().split()[-1] in _FOLDED_VERBS:
            spelling = False
        if spelling and not _CATEGORY_AFTER.match(job.text, m.end):
            sentence = sentence_at(job, m.start, sentence_starts)
            if sentence is not None and sentence.part in ("required", "preferred"):
                m = replace(m, asked=True)
        out.append(m)
    return out


# A deliverable's bare name: a dashboard or an API is what the work makes ("Build the monthly
# dashboards in Tableau", "the API that serves our apps", "Developers consume our APIs"); the
# labelling guide keeps it as a skill only where a qualification asks for the work itself
# ("Familiarity implementing dashboards", "data visualization tools, such as dashboards",
# "Experience developing and using web-based APIs", "designing and implementing APIs").
_DELIVERABLES = {
    "dashboards": frozenset({"dashboard", "dashboards"}),
    "API design": frozenset({"api", "apis"}),
}
# "web services" alone is generic, like "web applications" (the guide's RSE decision);
# "RESTful web services" is REST APIs, another skill.
_GENERIC_DELIVERABLES = {"API design": frozenset({"web service", "web services"})}
_ASKS_FOR_WORK = re.compile(
    r"\b(?:experience\w*|familiar\w*|knowledge|skills?|proficien\w*|expertise|understanding|"
    r"abilit(?:y|ies)|such as|e\.g|including|like|standards?|design(?!ers?\b)\w*)\b[^.;:!?]*$",
    re.IGNORECASE,
)

# An approach named by the deliverable ("the data- and API-driven FedRAMP", "API-first
# design"): the way of building, not a thing built.
_AN_APPROACH = re.compile(r"-(?:driven|first|centric|led)\b", re.IGNORECASE)


def _without_deliverables(
    job: JobText, mentions: list[SkillMention], sentence_starts: list[int]
) -> list[SkillMention]:
    """Drop a deliverable's bare name ("dashboards", "APIs") outside a qualification's ask:
    kept in a requirement, after a word that asks for the work in its clause ("experience",
    "familiarity", "such as", "designing") or as an approach ("API-driven"); "web services"
    never counts."""
    out = []
    for m in mentions:
        written = m.text.lower()
        if written in _GENERIC_DELIVERABLES.get(m.skill.name, frozenset()):
            continue
        if written in _DELIVERABLES.get(m.skill.name, frozenset()):
            sentence = sentence_at(job, m.start, sentence_starts)
            if sentence is None:
                continue
            before = job.text[max(sentence.start, m.start - 80) : m.start]
            if not (
                sentence.part == "required"
                or _ASKS_FOR_WORK.search(before)
                or _AN_APPROACH.match(job.text, m.end)
            ):
                continue
        out.append(m)
    return out


def _other_keyword_ok(job: JobText, mention: SkillMention, sentence_starts: list[int]) -> bool:
    """An 'other keyword' is a meaningful phrase from an ask: the term as written, outside
    a proper name."""
    return (
        _in_ask(job, mention, sentence_starts)
        and _as_written(mention)
        and not _in_a_name(job.text, mention)
    )


def _product_lists(job: JobText) -> list[tuple[int, int]]:
    """Spans of the bullets under a lead-in to the employer's projects or products ("The
    team projects are:", jobs/asking.py): they describe what the company builds ("gitbase:
    a SQL interface to Git repositories"), not what the candidate needs; under a lead-in to
    who the team or the customers are ("current team members are/have been:") outside the
    asks' parts; and under one to what an application should hold ("send the following in
    email to ...:"), which are the hiring step's ("a link to your LinkedIn"). The list ends
    at the first sentence that is not a bullet or changes part."""
    spans: list[tuple[int, int]] = []
    sentences = job.sentences
    for number, lead in enumerate(sentences):
        if not lead.text.endswith(":"):
            continue
        products = introduces_products(lead.text)
        if not (
            products
            or introduces_application(lead.text)
            or (lead.part in ("other", "about") and introduces_people(lead.text))
        ):
            continue
        for sentence in sentences[number + 1 :]:
            line_start = job.text.rfind("\n", 0, sentence.start) + 1
            bullet = _BULLET.match(job.text, line_start) is not None
            # the team telling of each project between the bullets ("We are engaged in
            # the development of workflow systems ...") is part of the list
            told = products and _WE_TELL.match(sentence.text) is not None
            if sentence.part != lead.part or not (bullet or told):
                break
            spans.append((sentence.start, sentence.end))
    return spans


_WE_TELL = re.compile(r"(?:we|our)\b(?![^.]*\byou)", re.IGNORECASE)


_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013+]|\d{1,2}[.)])\s")


def _asking(job: JobText, sentence_starts: list[int]) -> Callable[[int, int], bool]:
    """Whether a job span can make a keyword: inside a sentence that asks for something
    (not the company blurb, benefits, EEO or how to apply: jobs/asking.py), outside a
    team's name, a link and a negated phrase.

    A sentence is read (its reason, its links and negations) only when a span falls in
    it: most sentences of a posting name no skill, and these patterns are most of what
    a scan spends on a real posting."""
    teams = Spans(team_spans(job.text))
    asking: dict[int, bool] = {}
    blocked: dict[int, Spans] = {}
    overlapping = _overlapping(job, sentence_starts)

    def sentence_asks(sentence: JobSentenceText) -> bool:
        said = asking.get(sentence.index)
        if said is None:
            bullet = _BULLET.match(job.text, job.text.rfind("\n", 0, sentence.start) + 1)
            reason = sentence_reason(sentence.text, sentence.part, bullet=bullet is not None)
            said = asking[sentence.index] = reason is None
        return said

    def blocked_in(sentence: JobSentenceText) -> Spans:
        spans = blocked.get(sentence.index)
        if spans is None:
            within = blocked_spans(sentence.text) + degree_field_spans(sentence.text)
            spans = blocked[sentence.index] = Spans(
                [(sentence.start + s, sentence.start + e) for s, e in within]
            )
        return spans

    def asks(start: int, end: int) -> bool:
        if teams.overlap(start, end):
            return False
        for near in overlapping(start, end):
            if blocked_in(near).overlap(start, end):
                return False
        sentence = sentence_at(job, start, sentence_starts)
        return sentence is not None and sentence_asks(sentence)

    return asks


def _overlapping(
    job: JobText, sentence_starts: list[int]
) -> Callable[[int, int], list[JobSentenceText]]:
    """The sentences whose text overlaps a span (a sentence's links and negations lie
    within its text): found by bisection when the sentences are in order and apart, as
    the readers make them, else by looking at each."""
    sentences = job.sentences
    ends = [s.start + len(s.text) for s in sentences]
    ordered = all(ends[i] <= sentence_starts[i + 1] for i in range(len(sentences) - 1)) and all(
        s.start <= e for s, e in zip(sentences, ends, strict=True)
    )

    def overlapping(start: int, end: int) -> list[JobSentenceText]:
        if not ordered:
            return [s for s, e in zip(sentences, ends, strict=True) if s.start < end and start < e]
        first = max(bisect_right(sentence_starts, start) - 1, 0)
        last = bisect_left(sentence_starts, end)
        return [sentences[i] for i in range(first, last) if start < ends[i]]

    return overlapping


def scan(resume: ResumeText, job: JobText, *, broad: bool = True) -> MatchReport:
    """Match `resume` against `job`. Pure and deterministic."""
    job_mentions = extract_mentions(job.text, broad=broad, tokens=tokenize(job.text))
    job_mentions = _without_role_names(job.text, _without_company(job.text, job_mentions))
    job_mentions = _without_defined_names(job.text, job_mentions)
    sentence_starts = [s.start for s in job.sentences]
    asks = _asking(job, sentence_starts)
    listed = _product_lists(job)
    job_mentions = _category_words(job.text, job_mentions)
    job_mentions = _asked_disciplines(job, job_mentions, sentence_starts)
    job_mentions = _without_deliverables(job, job_mentions, sentence_starts)
    job_mentions = [
        m
        for m in job_mentions
        if asks(m.start, m.end)
        and not any(s <= m.start < e for s, e in listed)
        and m.skill.name not in NOT_KEYWORDS
        and not (m.skill.category == "concept" and _in_a_name(job.text, m))
        and (kind_of(m) != "other_keywords" or _other_keyword_ok(job, m, sentence_starts))
    ]
    prepared = prepare(resume, broad)

    groups = one_of_groups(job.text, job.sentences, job_mentions)
    keywords = skill_keywords(job, job_mentions, groups, prepared, sentence_starts)
    _title_skills_required(job.title, keywords)
    keywords.sort(
        key=lambda k: (list(PART_WEIGHTS).index(k.kind), -k.weight, -k.job_count, k.name.lower())
    )
    title = title_part(job, resume, prepared)
    education = education_part(job, resume)

    parts = _keyword_parts(keywords)
    if title.get("title"):
        parts.append(_title_score(title, resume.line_refs))
    if education.get("asked"):
        parts.append(_education_score(education))
    return MatchReport(
        keyword_rate(keywords),
        parts,
        keywords,
        title,
        education,
        exact_rate=keyword_rate(keywords, exact=True),
    )


def keyword_rate(keywords: list[Keyword], *, exact: bool = False) -> float:
    """The share of the job's keywords found (0..100), each weighing its kind times its job
    part; with `exact`, only the job's own form counts as found."""
    total = found = 0.0
    for k in keywords:
        weight = KIND_WEIGHTS[k.kind] * k.weight
        total += weight
        if k.matched and (k.exact or not exact):
            found += weight
    return round(100.0 * found / total, 1) if total else 0.0
