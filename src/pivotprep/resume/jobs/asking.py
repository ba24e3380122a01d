"""Which words of a posting ask the candidate for something. Pure.

A posting mixes the asks (qualifications, duties, the stack the job writes in) with text
that asks for nothing: the company blurb and its investors, benefits, equal-opportunity
and eligibility statements, how to apply, podcasts and blog links, legal citations. A
skill named there is no requirement ("backed by the founders of GitHub", "listen to our
Airflow podcast"), and neither is one named under a negation ("a SQL-first role, not an
Excel-first role", "prior knowledge of C++ is not required").

- `sentence_reason(text, part)`: why a whole sentence asks for nothing, or None when it
  may ask. Sentences without a heading that makes them an ask ("other", "about") must
  address the candidate or name the job's stack to count.
- `introduces_products(text)`: whether a sentence opens a list of the employer's projects
  or products ("The team projects are:"); the bullets under it describe what the company
  builds ("gitbase: a SQL interface to Git repositories"), not what the candidate needs.
- `blocked_spans(text)`: character spans of a sentence no keyword may come from: links and
  negated phrases (the words a negation scopes over, up to the end of its clause).
"""

from __future__ import annotations

import re

__all__ = ["blocked_spans", "introduces_products", "sentence_reason"]

_COMPANY = re.compile(
    r"\b(?:investors?|backed by|funded by|raised \$|series [a-d]\b|founded in|founders? of|"
    r"our (?:customers|clients|users) include|podcasts?|newsletter|roundup|blog post|"
    r"webinar|conference talk|listen to|subscribe)",
    re.IGNORECASE,
)
# Weaker signs of the company blurb: they count only in a sentence that neither speaks to
# the candidate nor asks for a skill ("tools used by analysts, such as Tableau" asks).
_COMPANY_BLURB = re.compile(
    r"\b(?:(?i:(?:used|trusted|relied on|loved) by|acquired by|headquartered|"
    r"(?:our|the) (?:engineering |tech )?blog|award-winning|recogni[sz]ed (?:as|by)|"
    r"named (?:one of|among)|top workplaces?|best places? to work|fortune 500|"
    r"(?:our|the company's|its) mission is|we are (?:an?|the) (?:leading|fast-growing))|"
    r"(?:is|are) an? (?:[A-Z][\w-]* ){1,3}(?i:partner))\b"
)
# Benefits: words that name one only in an offer ("unlimited PTO", "dental"), and words
# that may also be the data a job works with ("salary", "equity", "pension"): those count
# only outside the requirements. "vision" is a benefit as cover, not as computer vision.
_BENEFIT_OFFER = re.compile(
    r"\b(?:health (?:insurance|care)|dental|vision (?:insurance|coverage|care|plans?)|"
    r"401\s?\(?k\)?|paid (?:time off|leave|holidays)|parental leave|vacation|stipend|"
    r"relocation|gym|wellness|perks?|pto|unlimited time off|stock options|"
    r"(?:learning|education|training|conference|home office) (?:budget|allowance)|"
    r"flexible (?:working )?hours)\b",
    re.IGNORECASE,
)
# Words each of the two patterns above needs, checked first: most sentences hold none, and
# a substring test is far cheaper than the search.
_BLURB_CUES = (
    " by",
    "headquarter",
    "blog",
    "award",
    "recogni",
    "named",
    "workplace",
    "place",
    "fortune",
    "mission",
    "we are",
    "partner",
)
_OFFER_CUES = (
    "health",
    "dental",
    "vision",
    "401",
    "paid",
    "leave",
    "vacation",
    "stipend",
    "relocation",
    "gym",
    "wellness",
    "perk",
    "pto",
    "time off",
    "stock",
    "budget",
    "allowance",
    "flexible",
)
_BENEFIT = re.compile(
    r"\b(?:benefits?|pension|equity|salary|compensation|pay range)\b", re.IGNORECASE
)
_EEO = re.compile(
    r"\b(?:equal (?:employment )?opportunity|affirmative action|without regard to|"
    r"regardless of|race|religion|sexual orientation|gender identity|national origin|"
    r"disabilit(?:y|ies)|veterans?'? preference|veteran status|pregnancy|genetic information|"
    r"reasonable accommodations?|welcomes? (?:all )?applica(?:nts|tions)|"
    r"background (?:check|investigation)|security clearance|citizenship|u\.?s\.? citizens?|"
    r"e-verify|financial disclosure|selective service|direct deposit|probationary period|"
    r"trial period|CFR\b|U\.S\.C\.)",
    re.IGNORECASE,
)
# Eligibility to work, looked for only in a sentence holding one of its words.
_ELIGIBILITY = re.compile(
    r"\b(?:authori[sz]ed to work|work authori[sz]ation|sponsorship|sponsor (?:a )?visas?|"
    r"eligib(?:le|ility) to work|right to work)\b",
    re.IGNORECASE,
)
_ELIGIBILITY_CUES = ("authori", "sponsor", "to work")
_APPLY = re.compile(
    r"\b(?:to apply|how to apply|apply (?:now|here|online|through|via|at)|submit (?:your|a) "
    r"(?:resume|cv|application)|applications? will be (?:evaluated|reviewed|accepted)|"
    r"interview process|hiring process|closing date|cover letter)\b",
    re.IGNORECASE,
)
# A sentence without an asking heading counts only when it speaks to the candidate or
# names what the job is built with.
_ADDRESS = re.compile(
    r"\b(?:you|your|candidates?|applicants? (?:should|must|will)|the ideal|"
    r"experience (?:with|in|of|using)|knowledge of|familiar(?:ity)? with|proficien\w+|"
    r"background in|appreciated|we use|we're using|we are using|our (?:tech )?stack|"
    r"core languages|written (?:mostly )?in|built (?:with|on)|tech stack|tools we use|"
    r"required|preferred|a plus|must)\b",
    re.IGNORECASE,
)
# The stack the job writes in, named in the company text ("Our stack: Go, PostgreSQL,
# Redis"): what the candidate will work with, so an ask (the labelling guide's stack rule).
_STACK = re.compile(
    r"\b(?:(?:tech(?:nology)? |engineering |data )?stack(?:\s*:|\s+(?:is|includes|consists)\b)|"
    r"(?:we (?:use|are using|build (?:with|on))|we're using|(?:is|are) (?:built|written) "
    r"(?:with|on|in))\b)",
    re.IGNORECASE,
)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|gov|io|net|co)(?:/\S*)?\b")
_NEGATION = re.compile(
    r"\b(?:not|no need (?:for|to)|instead of|rather than|neither|"
    r"(?:aren|isn|won|don|doesn|can|couldn|shouldn)['\u2019]t|cannot|can not)\b"
    r"(?!\s+(?:only|just|limited|necessarily|afraid|hesitate|a must|mandatory))",
    re.IGNORECASE,
)
# What a negation scopes over: to the end of its clause.
_CLAUSE_END = re.compile(r"[.;:!?)\]]|,\s+(?:but|and|while|so)\b|\s+but\b")
# Before the cue: "X is not required", "X is not needed" negate what precedes them.
_NOT_NEEDED = re.compile(
    r"\b(?:is|are)(?:\s+not|n['\u2019]t)\s+(?:required|needed|necessary|expected|mandatory|"
    r"a (?:requirement|prerequisite))\b"
    r"|\bnot\s+(?:required|necessary|needed|mandatory|expected|a prerequisite)\b",
    re.IGNORECASE,
)
# "No prior Go experience required": the whole phrase asks for nothing. It stays within one
# clause: "no dress code and SQL experience is required" asks for SQL.
_IN_CLAUSE = r"(?:(?!\b(?:and|but|while|so)\b)[^.;:!?]){0,60}?"
_NO_ASK = re.compile(
    rf"\bno\s+(?:prior\s+|previous\s+)?{_IN_CLAUSE}\b(?:experience|knowledge|background)\b"
    rf"{_IN_CLAUSE}\b(?:is\s+|are\s+)?(?:required|needed|necessary|expected)\b",
    re.IGNORECASE,
)
# A clause that calls its skill welcome is no negation of it ("nice to have, not mandatory").
_WELCOME = re.compile(
    r"\b(?:nice[- ]to[- ]have|a plus|preferred|bonus|welcome|appreciated|helpful|desirable)\b",
    re.IGNORECASE,
)
_BUT_WELCOME = re.compile(
    r"\s*,?\s*but\b[^.;]*\b(?:appreciated|a plus|welcome|bonus|nice|helpful|valued)", re.I
)
_BACK_REFERENCE = re.compile(r"\b(?:these|those|them|any of)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?(]|\bbut\b", re.IGNORECASE)


def sentence_reason(text: str, part: str, *, bullet: bool = False) -> str | None:
    """Why a job sentence asks for nothing ("company", "benefits", "eeo", "apply",
    "not addressed"), or None when a skill named in it may be a keyword. A bullet under
    no asking heading is taken as a duty or an ask; prose there must address the reader."""
    lower = text.lower()
    if _EEO.search(text) or (
        any(cue in lower for cue in _ELIGIBILITY_CUES) and _ELIGIBILITY.search(text)
    ):
        return "eeo"
    if _APPLY.search(text):
        return "apply"
    if _COMPANY.search(text):
        return "company"
    if (
        any(cue in lower for cue in _BLURB_CUES)
        and _COMPANY_BLURB.search(text)
        and not _asks_skill(text)
        and not _ADDRESS.search(text)
    ):
        return "company"
    offer = any(cue in lower for cue in _OFFER_CUES) and _BENEFIT_OFFER.search(text)
    if (offer or (part not in ("required", "preferred") and _BENEFIT.search(text))) and (
        not _asks_skill(text)
    ):
        return "benefits"
    if part == "about" and not _STACK.search(text):
        return "company"
    if part == "other" and not bullet and not _ADDRESS.search(text):
        return "not addressed"
    return None


_PRODUCTS_LEAD = re.compile(
    r"\b(?:projects?|products?|repositories|open[- ]source tools)\b[^:]*:\s*$", re.IGNORECASE
)
_TO_READER = re.compile(r"\b(?:you|your|candidates?|applicants?)\b", re.IGNORECASE)


def introduces_products(text: str) -> bool:
    """A lead-in to a list of the employer's projects or products ("Some examples of our
    projects are:"), which does not speak to the reader ("projects you will own:" does)."""
    return bool(_PRODUCTS_LEAD.search(text)) and not _TO_READER.search(text)


def _asks_skill(text: str) -> bool:
    """A benefit word inside an ask ("experience with compensation data") keeps it."""
    return bool(_SKILL_ASK.search(text))


_SKILL_ASK = re.compile(
    r"\b(?:experience|knowledge|proficien\w+|familiar\w*|understanding|expertise|skills?|"
    r"abilit(?:y|ies)|background|years)\b",
    re.IGNORECASE,
)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that make no keyword: links, and what a negation scopes over."""
    spans = [(m.start(), m.end()) for m in _LINK.finditer(text)]
    for cue in _NEGATION.finditer(text):
        if _NOT_NEEDED.match(text, cue.start()):
            continue
        end_match = _CLAUSE_END.search(text, cue.end())
        spans.append((cue.start(), end_match.start() if end_match else len(text)))
    for cue in _NOT_NEEDED.finditer(text):
        if _BUT_WELCOME.match(text, cue.end()):
            continue  # "not required but highly appreciated": preferred, not negated
        starts = [0, *(m.end() for m in _CLAUSE_START.finditer(text, 0, cue.start()))]
        start = starts[-1]
        if _BACK_REFERENCE.search(text, start, cue.start()) and len(starts) > 1:
            start = starts[-2]  # "... code in Go and C++ but knowledge of these is not required"
        if _WELCOME.search(text, start, cue.start()):
            continue  # "Spark is nice to have, not mandatory": preferred, not negated
        spans.append((start, cue.end()))
    spans += [(m.start(), m.end()) for m in _NO_ASK.finditer(text)]
    return spans
