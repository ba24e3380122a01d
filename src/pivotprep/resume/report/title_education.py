"""The job title and education parts of the ATS scan. Pure.

- **job title**: the job's title (or its core words, without seniority) in the resume,
  best in the headline (1.0), elsewhere 0.75;
- **education**: the lowest degree level the job accepts ("Master's or PhD": a master's
  will do) against the highest the resume shows; half credit when the job accepts
  equivalent experience. Job sentences are read when they name a degree in any common
  wording: "degree"/"diploma"/"graduate", the words bachelor/master/doctorate, or the
  case-sensitive abbreviations (BS, MS, BA, MSc, B.S., M.S., Ph.D. ...) followed by "in",
  "/" or another degree, so "MS Excel" is not a master's. "Degree in X" without a level
  is a bachelor's. A degree only a *preferred* sentence names ("PhD in a quantitative
  field preferred") is reported as preferred and weighs a third of a required one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pivotprep.resume.documents.positions import TITLE_WORDS
from pivotprep.resume.matching.normalize import phrase_key
from pivotprep.resume.report.inputs import JobSentenceText, JobText, ResumeLine, ResumeText

if TYPE_CHECKING:
    from pivotprep.resume.report.evidence import Prepared

# Degree levels, lowest to highest.
_DEGREES = [
    (1, "associate degree", r"(?i:\bassociate(?:'s)?\s+degree\b)|\bA\.?A\.?S?\.?\b(?=\s+degree)"),
    (
        2,
        "bachelor's degree",
        r"(?i:\bbachelor(?:'s|s)?\b)|\bB\.?S\.?c?\b|\bB\.?A\.?\b|\bB\.?Eng\b|\bBS/BA\b|\bBA/BS\b"
        # International forms: B.Tech, B.E., BE, B.Com, BBA, BCA, Licence/Licenciatura.
        r"|\bB\.?\s?Tech\b|\bB\.E\.?(?!\w)|\bBE\b(?!\s+(?:a|an|the|able|ready)\b)"
        r"|\bB\.?\s?Com\b|\bBBA\b|\bBCA\b|(?i:\blicen(?:ce|ciatura|ciado)\b)"
        r"|(?i:\bundergraduate degree\b|\bfour-year degree\b|\b4-year degree\b)",
    ),
    (
        3,
        "master's degree",
        r"(?i:\bmaster(?:'s|s)?\b)|\bM\.?S\.?c?\b|\bM\.?A\.?\b|\bMBA\b|\bM\.?Eng\b"
        # M.Tech, M.E., MCA, MPhil, and the German Diplom / Magister (master's level).
        r"|\bM\.?\s?Tech\b|\bM\.E\.?(?!\w)|\bMCA\b|\bM\.?\s?Phil\b"
        r"|(?i:\bdiplom(?:-ingenieur)?\b|\bmagister\b)"
        # "graduate degree" / "postgraduate degree" (not "undergraduate degree")
        r"|(?i:\b(?:post)?graduate degree\b)",
    ),
    (
        4,
        "PhD",
        r"\bPh\.?\s?D\b|\bD\.?\s?Phil\b|\bDr\.\s?rer\.|\bEngD\b"
        r"|(?i:\bdoctorate\b|\bdoctoral\b|\bdoctor of philosophy\b)",
    ),
]
_DEGREE_RES = [(level, name, re.compile(rx)) for level, name, rx in _DEGREES]
_DEGREE_WORD = re.compile(r"\bdegree\b|\bdiploma\b|\bgraduate\b", re.IGNORECASE)
# Abbreviations count only in degree context ("BS/MS", "B.S. in", "MSc or PhD", "BA degree").
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:B\.S\.|M\.S\.|B\.A\.|M\.A\.|Ph\.D\.?|PhD|BSc|MSc|BS|MS|BA|MA|MBA|BEng|MEng"
    r"|B\.\s?Tech|BTech|B\.E\.|BE|M\.\s?Tech|MTech|M\.E\.|DPhil)"
    r"(?=\s*(?:/|,\s*(?:or\s+)?[BM]|\bin\b|\bor\b|\bdegree\b|\())"
)
_DEGREE_NAME = re.compile(
    r"(?i:\bbachelor(?:'s|\u2019s|s)?\b|\bmaster(?:'s|\u2019s|s)?\s+(?:degree|in|of)\b"
    r"|\bdoctorate\b)"
)
# "a degree in X", "university degree": a degree without a level is a bachelor's.
_PLAIN_DEGREE = re.compile(
    r"\b(?:degree|diploma)\s+in\b|\b(?:university|college|academic)\s+degree\b", re.I
)
_NOT_A_DEGREE = re.compile(
    r"\bMS\s+(?:Excel|Office|Word|Access|Project|Teams|Dynamics|SQL)\b"
    # a US state after its city: "Boston, MA (Hybrid)", "Jackson, MS 39201" (not "Physics,
    # MS with 2 years", where MS is the degree)
    r"|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+(?:MA|MS)\b(?=\s*(?:$|\d{5}|[(|\u00b7\u2013);-]))"
)
_DEGREE_TERM = (
    r"(?:degree|diploma|ph\.?\s?d|doctorate|master(?:'s|\u2019s|s)?|bachelor(?:'s|\u2019s|s)?|"
    r"mba|ms|ma|bs|ba)"
)
# A degree the posting says it does not ask for: "You don't need a PhD", "no degree
# required", "a degree is not required". The negated phrase is read as no degree at all.
_NEGATED_DEGREE = re.compile(
    r"\b(?:(?:do|does|will|would)\s*(?:n't|n\u2019t|\s+not)\s+(?:need|require|ask for)"
    r"|no need for|without)\b[^.;:]{0,25}?\b" + _DEGREE_TERM + r"\b"
    r"|\bno\s+(?:formal\s+|college\s+|university\s+)?" + _DEGREE_TERM + r"\b"
    r"(?:\s+(?:is\s+)?(?:required|needed|necessary))?"
    # the degree and its "not required" with nothing asked between them: not "Master's
    # degree required, PhD not required" (the PhD only) or "preferred but not required"
    r"|\b" + _DEGREE_TERM + r"\b(?:(?!required|preferred|needed|\bbut\b)[^.;:,]){0,25}?"
    r"\b(?:is|are)?\s*(?:not|n't|n\u2019t)\s+"
    r"(?:required|needed|necessary|a requirement|mandatory)\b",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"\b(?:preferred|nice[- ]to[- ]have|is a (?:big )?plus|a bonus|ideally|desirable)\b", re.I
)
_REQUIRED = re.compile(r"\b(?:required|must|minimum|at least)\b", re.I)
_EQUIVALENT = re.compile(r"equivalent (?:practical |work |professional )?experience", re.I)


# The fields of study a degree requirement names: "Master's degree in Statistics,
# Operations Research or a related quantitative field". They say which degree counts, and
# the education check reads them; as keywords they would tell a candidate to write
# "Statistics" on a resume that shows regression work.
# A field is written with capitals ("Computer Science", "Operations Research"); the list
# ends at the first word that is not one ("and 3+ years of experience with Python", "with
# experience in R"), so the skills asked after it stay keywords.
_FIELD = r"[A-Z][\w&+-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&+-]*)*"
_DEGREE_FIELDS = re.compile(
    r"(?:\b(?i:degree|diploma|bachelor(?:'s|\u2019s|s)?|master(?:'s|\u2019s|s)?|doctorate|"
    r"ph\.?\s?d\.?)|(?<![\w.])(?:B\.?S\.?c?|M\.?S\.?c?|B\.?A\.?|M\.?A\.?|MBA))"
    r"(?:\s+(?i:of)\s+(?:Science|Arts|Engineering|Business Administration))?"
    r"(?:\s+(?i:degree|diploma))?\s+(?i:in)\s+"
    r"(?P<fields>"
    + _FIELD
    + r"(?:\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|/)"
    + _FIELD
    + r")*)"
)


# The fields in brackets after a kind of subject: "MSc or PhD in a quantitative subject
# (statistics, economics, physics)", "a degree in a related field (e.g. computer science)".
_FIELDS_IN_BRACKETS = re.compile(
    r"\b(?i:degree|diploma|bachelor(?:'?s|\u2019s)?|master(?:'?s|\u2019s)?|doctorate|ph\.?\s?d\.?|"
    r"b\.?sc?\.?|m\.?sc?\.?|b\.?a\.?|m\.?a\.?|mba)\s+(?i:or\s+\S+\s+)?(?i:in)\s+(?i:an?\s+)?"
    r"(?i:[\w-]+\s+){0,2}?(?i:subject|field|discipline|area|domain)s?\s*"
    # "(or 3+ years of experience with Java)" offers something instead of the degree
    r"\((?!\s*(?i:or|and/or)\b)(?P<fields>[^()]{1,160})\)"
)


# Fields in any case closed by "or (a) related field": "BS/BA in GIS, computer science,
# engineering, user-centered design or related field" lists subjects, not skills. The list
# stops before experience or skills asked after the degree ("degree in CS and 2+ years of
# experience in Python, SQL or related areas": Python and SQL are asked).
_FIELDS_BEFORE_RELATED = re.compile(
    r"\b(?i:degree|diploma|bachelor(?:'?s|\u2019s)?|master(?:'?s|\u2019s)?|doctorate|ph\.?\s?d|"
    r"bs|ba|bsc|ms|msc|ma|mba)\b[^.;:()]{0,20}?\s(?i:in)\s+"
    r"(?P<fields>(?:[^.;:()\d\s]|\s(?!(?i:experience|years?|skills?|knowledge|proficiency|"
    r"with)\b)){1,160}?)(?:,\s*)?\s(?i:or|and/or)\s+(?i:an?\s+|another\s+|other\s+)?"
    r"(?i:related|similar|equivalent|relevant|comparable|allied|quantitative|technical)\s+"
    r"(?i:fields?|disciplines?|subjects?|areas?|degrees?)\b"
)


# Examples of a kind of field after "such as": "a bachelor's degree, preferably in a field
# using quantitative methods such as economics, statistics or geography", "a degree in a
# technical subject, e.g. computer science". The list stops, like the one above, before
# experience or skills asked after the degree.
_FIELDS_SUCH_AS = re.compile(
    r"\b(?i:degree|diploma|bachelor(?:'?s|\u2019s)?|master(?:'?s|\u2019s)?|doctorate|ph\.?\s?d|"
    r"bs|ba|bsc|ms|msc|ma|mba)\b[^.;:()]{0,40}?\s(?i:in)\s+(?i:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?i:fields?|subjects?|disciplines?|areas?)\b[^.;:()]{0,40}?\s(?i:such as|e\.g\.,?|like)\s+"
    r"(?P<fields>(?:[^.;:()\d\s]|\s(?!(?i:experience|years?|skills?|knowledge|proficiency|"
    r"with)\b)){1,200})"
)


def degree_field_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that name a degree's fields of study, which make no keyword."""
    if " in " not in text and " In " not in text:
        return []  # every field list follows "in"
    spans = [m.span("fields") for m in _DEGREE_FIELDS.finditer(text)]
    if "(" in text:
        spans += [m.span("fields") for m in _FIELDS_IN_BRACKETS.finditer(text)]
    if "related" in text or "similar" in text or "field" in text or "discipline" in text:
        spans += [m.span("fields") for m in _FIELDS_BEFORE_RELATED.finditer(text)]
    if "such as" in text or "e.g" in text or " like " in text:
        spans += [m.span("fields") for m in _FIELDS_SUCH_AS.finditer(text)]
    return spans


def degree_level(text: str, *, lowest: bool = False) -> tuple[int, str] | None:
    """The highest (or lowest) degree level named in `text`, as (level, name)."""
    best = None
    for level, name, rx in _DEGREE_RES:
        if rx.search(text) and (best is None or (level < best[0] if lowest else level > best[0])):
            best = (level, name)
    return best


@lru_cache(maxsize=8)
def _resume_degree(resume: ResumeText) -> tuple[tuple[int, str] | None, ResumeLine | None]:
    """The highest degree the resume shows, and its line (once per resume)."""
    best = None
    best_line = None
    for line in resume.lines:
        if line.section not in (None, "education", "certifications", "summary", "other"):
            continue
        found = degree_level(line.text)
        if found and (best is None or found[0] > best[0]):
            best, best_line = found, line
    return best, best_line


# Every degree wording below holds one of these (lower-cased): a sentence with none of
# them names no degree, and none of the patterns runs on it (most sentences of a posting).
_DEGREE_HINTS = ("degree", "diploma", "graduate", "bachelor", "master", "doctor", "ph")
_ABBREVIATION_HINT = re.compile(r"(?<![\w.])[BMD](?:\.|[A-Z])")


def _names_degree(text: str) -> bool:
    lower = text.lower()
    if not any(hint in lower for hint in _DEGREE_HINTS) and not _ABBREVIATION_HINT.search(text):
        return False
    return bool(
        _DEGREE_WORD.search(text)
        or "PhD" in text
        or "Ph.D" in text
        or _ABBREVIATION.search(text)
        or _DEGREE_NAME.search(text)
    )


def asked_degree(text: str) -> tuple[int, str] | None:
    """The lowest degree level a job sentence asks for, or None when it names no degree.

    Read only when the sentence names a degree in degree context, so "MS Excel" or "a high
    degree of autonomy" ask for nothing; "Degree in Statistics" is a bachelor's.
    """
    if not _names_degree(text):
        return None  # most sentences: no pattern below needs to run
    text = _NEGATED_DEGREE.sub(" ", _NOT_A_DEGREE.sub(" ", text))
    if not _names_degree(text):
        return None
    found = degree_level(text, lowest=True)  # "Master's or PhD": a master's will do
    if found is None and _PLAIN_DEGREE.search(text):
        found = (2, "bachelor's degree")
    return found


def _is_preferred(sentence: JobSentenceText) -> bool:
    """Preferred when its part or its own words say so, unless it also says required."""
    if _REQUIRED.search(sentence.text):
        return False
    return sentence.part == "preferred" or bool(_PREFERRED.search(sentence.text))


def education_part(job: JobText, resume: ResumeText) -> dict[str, Any]:
    """The degree the job asks for (required first; else preferred) against the resume's."""
    required: tuple[tuple[int, str], JobSentenceText] | None = None
    preferred: tuple[tuple[int, str], JobSentenceText] | None = None
    for sentence in job.sentences:
        found = asked_degree(sentence.text)
        if found is None:
            continue
        if _is_preferred(sentence):
            if preferred is None or found[0] < preferred[0][0]:
                preferred = (found, sentence)
        elif required is None or found[0] < required[0][0]:
            required = (found, sentence)
    chosen = required or preferred
    if chosen is None:
        return {"asked": None}
    asked, asked_sentence = chosen
    only_preferred = required is None
    best, best_line = _resume_degree(resume)
    equivalent = bool(asked_sentence and _EQUIVALENT.search(asked_sentence.text))
    meets = best is not None and best[0] >= asked[0]
    return {
        "asked": asked[1],
        "asked_level": asked[0],
        "job_sentence": {"index": asked_sentence.index, "text": asked_sentence.text}
        if asked_sentence
        else None,
        "has": best[1] if best else None,
        "resume_line": {"number": best_line.number, "text": best_line.text} if best_line else None,
        "meets": meets,
        "equivalent_experience_accepted": equivalent,
        "preferred": only_preferred,
        "also_preferred": preferred[0][1]
        if required is not None and preferred is not None and preferred[0][0] > asked[0]
        else None,
    }


# Tried only where a run of spaces starts: tried at every space of a run, each attempt
# read the rest of the run (a title holding 30,000 spaces took seconds); a run's first
# space is the leftmost start any match within the run could have, so the splits are the
# same.
_QUALIFIER = re.compile(r"(?<!\s)(?:\s+[-–|,@]\s+|\s+at\s+)")
# Bracketed notes to the end of the title, tried from where a run of spaces starts, as
# _QUALIFIER is.
_BRACKETED_NOTES = re.compile(r"(?<!\s)\s*[\(\[].*$")
# "Data Analyst, Customer Insights": a comma after a title of two words or more opens its
# team or focus; after one word it is the title's own inversion ("Engineer, Data").
_COMMA_QUALIFIER = re.compile(r"^(\S+\s+\S[^,]*?),\s+\S")
_SENIORITY_WORDS = frozenset(
    [
        "senior",
        "sr",
        "sr.",
        "junior",
        "jr",
        "jr.",
        "lead",
        "principal",
        "staff",
        "associate",
        "head",
        "chief",
    ]
)


# "Vacancy: Data Engineer", "Job posting - ...": a label before the title, not the title.
_TITLE_LABEL = re.compile(
    r"^(?:job(?: posting| opening| ad(?:vert)?)?|(?:open )?position|vacancy|role|opening|"
    r"now hiring|we(?:'re| are) hiring|hiring|new)$",
    re.IGNORECASE,
)


def _before_colon(title: str) -> str:
    """The title on one side of a colon: "Infrastructure Engineer: Site Reliability and
    Cloud" names the role first and its team after; "Vacancy: Data Engineer" labels it, and
    so do an agency's "Urgent Requirement: Java Developer" and a product's "Login.gov: Data
    Analyst" (no role word before the colon)."""
    head, colon, tail = title.partition(": ")
    if not colon or not tail.strip():
        return title
    if _TITLE_LABEL.match(head.strip()) or (_names_role(tail) and not _names_role(head)):
        return tail.strip()
    return head.strip() if len(head.split()) >= 2 else title


def _names_role(text: str) -> bool:
    """Whether `text` holds a role word ("engineer", "analyst", "developer")."""
    return any(word in TITLE_WORDS for word in re.findall(r"[a-z][a-z-]+", text.lower()))


def target_title(job_title: str) -> str:
    """The title a headline should state: the posting's title without its bracketed
    notes, location, company or team ("Data Engineer - Platform (Remote)" -> "Data
    Engineer"). The title check and the headline check both read this one."""
    title = _BRACKETED_NOTES.sub("", job_title).strip()
    title = _QUALIFIER.split(_before_colon(title))[0].strip()
    comma = _COMMA_QUALIFIER.match(title)
    if comma is None:
        return title
    head = comma.group(1).strip()
    # "Senior Manager, Data Science": a head of one word beside its seniority is the
    # inversion, and the part after the comma is the title's own field
    if len([w for w in head.split() if w.lower() not in _SENIORITY_WORDS]) < 2:
        return title
    return head


def title_part(job: JobText, resume: ResumeText, prepared: Prepared) -> dict[str, Any]:
    title = target_title(job.title)
    if not title:
        return {"title": None}
    full = phrase_key(title)
    seniority = {
        "senior",
        "sr",
        "junior",
        "jr",
        "lead",
        "principal",
        "staff",
        "entry",
        "level",
        "mid",
        "ii",
        "iii",
        "i",
        "associate",
        "intern",
        "head",
    }
    core = tuple(w for w in full if w not in seniority)
    found_line = None
    how = None
    for where in ("headline", "lines"):
        candidates = (
            [ResumeLine(0, resume.headline, "headline")] if where == "headline" else resume.lines
        )
        for line in candidates:
            keys = prepared.headline_keys if line.number == 0 else prepared.line_keys[line.number]
            for wanted, label in ((full, "exact"), (core, "core words")):
                n = len(wanted)
                if n and any(tuple(keys[i : i + n]) == wanted for i in range(len(keys) - n + 1)):
                    found_line, how = line, label
                    break
            if found_line:
                break
        if found_line:
            break
    in_headline = found_line is not None and found_line.number == 0
    score = 0.0
    if found_line is not None:
        score = 1.0 if in_headline else 0.75
    return {
        "title": title,
        "found": found_line is not None,
        "how": how,
        "in_headline": in_headline,
        "score": score,
        "resume_line": {"number": found_line.number, "text": found_line.text}
        if found_line is not None
        else None,
    }
