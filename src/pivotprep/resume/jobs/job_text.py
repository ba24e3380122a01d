"""Job description parsing: title, required vs preferred, responsibilities, education.

A posting arrives pasted, piped on stdin or as a file (TXT, Markdown, PDF, DOCX). Its
headings ("Requirements", "What you bring", "Nice to have", "What you'll do") decide the
part each sentence belongs to; a sentence's own words ("... is a plus", "must have")
override its heading (the heading phrases are in job_headings.py). Every sentence keeps
its character offsets in `text`, so the scan can highlight and cite it. Pure apart from
decoding bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import NamedTuple

from pivotprep.core.decoding import decode_text
from pivotprep.resume.documents.headings import strip_bullet
from pivotprep.resume.documents.limits import (
    MAX_JOB_CHARS,
    MAX_UPLOAD_BYTES,
    MIN_JOB_WORDS,
    DocumentError,
    JobTooShortError,
    UnsupportedFileTypeError,
    too_large,
)
from pivotprep.resume.documents.plain_text import clean_text
from pivotprep.resume.documents.positions import TITLE_WORDS
from pivotprep.resume.jobs.asking import labels_a_requirement, role_text_asks
from pivotprep.resume.jobs.headings import (
    JOB_HEADINGS,
    MD_HEADING,
    job_heading,
    lead_in_heading,
    names_duty_area,
    section_kind,
)

__all__ = [
    "JOB_HEADINGS",
    "PARTS",
    "JobDescription",
    "JobSentence",
    "clean_title",
    "job_heading",
    "parse_job",
    "read_job",
]

PARTS = ("required", "preferred", "responsibilities", "about", "other")

_TITLE_LABEL = re.compile(
    r"^\s*(?:job\s*title|title|position|role|job)\s*[:\-\u2013]\s*(.+)$", re.IGNORECASE
)
_PREFERRED_CUE = re.compile(
    # a label opening the sentence: "Bonus: Docker, Celery" after "Requirements: ..."
    r"^(?:bonus(?: points)?|nice[- ]to[- ]haves?|pluses|extra credit|optional|preferred)\s*:|"
    r"\b(?:nice[- ]to[- ]have|preferred|is a (?:big )?plus|are a plus|a bonus|bonus points|"
    # "It's a plus if you've worked with ...", "a plus if you know Airflow"
    r"(?:it|that)(?:'|\u2019)?s a (?:big |real )?plus|a (?:big )?plus if|"
    # a verdict that ends the sentence: "Solid SQL; BigQuery a plus."
    r"a (?:big |huge |real )?plus(?=\)?[.!]?$)|"
    # "SQL, or the willingness to learn it": the skill is welcome, not a condition
    r"or (?:a |the |(?:a )?strong )?willing(?:ness)? to learn|"
    r"ideally|desirable|would be (?:great|nice|a plus)|not required|great[- ]to[- ]have|"
    # "Preferably, experience with Airflow", "You preferably have ...": the having is wished
    # ("SQL, preferably on PostgreSQL" still asks for SQL)
    r"^preferabl[ye]\b|(?:you|and|who) preferably\b|preferably (?:have|has|bring|know)s?\b|"
    r"(?:we'll|we will|we'd) be impressed|highly appreciated|is appreciated|"
    # European and Commonwealth wording: "Knowledge of MATLAB is an advantage", "an asset"
    r"(?:is|are|be) an (?:added |additional )?(?:advantage|asset)|advantageous|"
    # "Prefer - Experience with Qlik", "We prefer candidates who ...", "SSIS is helpful"
    r"^prefer|we(?:'d| would)? prefer|(?:is|are|be) helpful|"
    # "Experience with Azure is welcome", "Docker skills are also welcome" ("you are welcome
    # to ..." invites, it does not wish)
    r"(?:is|are|be) (?:also |very |most |more than )?welcomed?(?! to)|"
    # the wish cut off the end of a list (_wish_split): "preferably on BigQuery"
    r"^preferabl[ey])\b",
)
# "essential" asks only as a verdict or of a qualification ("X is essential", "essential
# skills"): "managing essential technical functions" describes a team's work.
_REQUIRED_CUE = re.compile(
    r"\b(?:must have|must be|you must|required|requirement|minimum of|at least \d|"
    # "Knowing SQL is a must", "SQL is a must-have"
    r"(?:is|are) an? (?:absolute )?must(?:-have)?\b|"
    r"(?:is|are) essential|essential (?:skills?|requirements?|qualifications?|criteria|"
    r"experience|knowledge))\b",
)
_OFFER_CUE = re.compile(
    r"^(?:we offer|we provide|you(?:'ll| will) get|benefits include)\b|\b(?:competitive salary|"
    r"health insurance|paid time off|pension|equal opportunity employer|annual leave)\b",
)
_HIRING = re.compile(
    r"\b(?:hiring|looking for|seeking|recruiting)\s+(?:an?\s+|our\s+(?:next|first)\s+)?"
    r"(?P<title>(?:[A-Z][\w/+#.-]*\s+){0,5}[A-Z][\w/+#-]*)"
)
_DUTY_CUE = re.compile(
    r"^(?:you will|you(?:'|\u2019)ll|in this (?:role|job|position),? you)\b|"
    # the stack a duty works on, named in the company prose: "Our data lives in Snowflake
    # and is modeled with dbt, which you'll contribute to"
    r"\bwhich you(?:'|\u2019)ll (?:contribute to|work (?:with|in|on)|use|own|maintain|extend)\b|"
    r"\bwhich you will (?:contribute to|work (?:with|in|on)|use|own|maintain|extend)\b"
)
_ASK_CUE = re.compile(
    # years in digits or in words: "3+ years", "five years of", "two or more years of"
    r"\b(?:\d+\+? years|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+or\s+more)?"
    r"\s+years(?:['\u2019]|\s+(?:of|with|in|using|experience|professional|hands-on)\b)|"
    r"experience (?:with|in|of|using)|proficien\w+|knowledge of|"
    r"familiarity with|understanding of|expertise in|skilled in|comfortable (?:with|in)|"
    # the prose of postings with no headings: "You know Python well", "You've used Docker"
    # "You have strong SQL", "You bring solid Python"
    r"you (?:bring|have (?:strong|solid|good|excellent|deep|advanced|proven|extensive|sound|"
    r"demonstrable|significant)|"
    r"know|understand|have used|have worked with|have shipped|are fluent in|"
    r"are familiar with|are experienced (?:in|with)|have (?:hands-on )?experience)|"
    r"you(?:'|\u2019)(?:ve (?:used|worked with|shipped)|re (?:fluent in|familiar with|"
    r"experienced (?:in|with))))\b",
)
_EDUCATION_CUE = re.compile(
    r"\b(?:bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|degree|b\.?sc?|m\.?sc|mba|diploma|"
    r"graduate|undergraduate|a levels?|or equivalent (?:practical )?experience)\b",
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])")
# Two words or more: a word character, then something else, then a word character again
# (what `len(re.findall(r"\w+", text)) >= 2` says, without listing the words).
_TWO_WORDS = re.compile(r"\w\W+\w")
_ONE_NAME = re.compile(r"[A-Za-z][\w+#.-]*")


@dataclass(frozen=True)
class JobSentence:
    index: int
    text: str
    start: int  # character offsets of the sentence in JobDescription.text
    end: int
    part: str  # "required" | "preferred" | "responsibilities" | "about" | "other"
    # In the stack the job works with (an "Our stack" section or paragraph): its languages
    # and data stores are asked, its other tools wished for (report/evidence.py).
    stack: bool = False


@dataclass(frozen=True)
class JobDescription:
    text: str
    title: str | None
    sentences: tuple[JobSentence, ...]
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    responsibilities: tuple[str, ...]
    education: tuple[str, ...]  # sentences stating a degree requirement
    encoding: str | None = None  # when the posting came as bytes: the codec used
    notes: tuple[str, ...] = ()

    def part(self, name: str) -> tuple[JobSentence, ...]:
        return tuple(s for s in self.sentences if s.part == name)


def _decode(data: bytes, filename: str | None) -> tuple[str, str | None, list[str]]:
    suffix = PurePath(filename or "").suffix.lower()
    if data.startswith(b"%PDF-") or suffix == ".pdf":
        from pivotprep.resume.documents.bounded import extract

        extraction = extract(data, "pdf")  # in a child with memory and time caps
        return "\n".join(r.text for r in extraction.lines if r.where == "body"), None, []
    if suffix == ".docx" or data.startswith(b"PK\x03\x04"):
        if suffix not in ("", ".docx"):
            raise UnsupportedFileTypeError(
                f"pivotprep cannot read {suffix} job descriptions. Paste the text, or save "
                "the posting as .txt, .md, .pdf or .docx.",
                field="job",
            )
        from pivotprep.resume.documents.bounded import extract

        extraction = extract(data, "docx")
        return "\n".join(r.text for r in extraction.lines if r.where != "footer"), None, []
    if suffix in (".doc", ".rtf", ".odt", ".pages", ".png", ".jpg", ".jpeg"):
        raise UnsupportedFileTypeError(
            f"pivotprep cannot read {suffix} job descriptions. Paste the text, or save the "
            "posting as .txt, .md, .pdf or .docx.",
            field="job",
        )
    decoded = decode_text(data)
    return decoded.text, decoded.encoding, [decoded.note] if decoded.note else []


def read_job(text: str | bytes, filename: str | None = None) -> JobDescription:
    """Parse a job posting: pasted text (str) or a file's bytes (TXT, MD, PDF, DOCX)."""
    encoding: str | None = None
    notes: list[str] = []
    if isinstance(text, bytes):
        too_large(len(text), MAX_UPLOAD_BYTES, field="job")
        try:
            raw, encoding, notes = _decode(text, filename)
        except DocumentError as exc:
            exc.field = "job"
            exc.message = exc.message.replace("resume", "job posting")
            exc.args = (exc.message,)
            raise
    else:
        raw = text
    if len(raw) > MAX_JOB_CHARS:
        notes.append(f"Only the first {MAX_JOB_CHARS:,} characters of the posting were read.")
        raw = raw[:MAX_JOB_CHARS]
    cleaned = clean_text(raw)
    words = len(re.findall(r"\w+", cleaned))
    if words < MIN_JOB_WORDS:
        raise JobTooShortError(
            f"This job description is {words} word{'s' if words != 1 else ''}: too short to "
            "scan. Paste the whole job posting (title, responsibilities and requirements).",
            field="job",
        )
    return parse_job(cleaned, encoding=encoding, notes=tuple(notes))


def parse_job(
    text: str, *, encoding: str | None = None, notes: tuple[str, ...] = ()
) -> JobDescription:
    """Split cleaned posting text into titled, classified sentences (offsets into `text`)."""
    title: str | None = None
    sentences: list[JobSentence] = []
    part = "other"
    lines = text.split("\n")
    first_line = _title_line(lines)
    marked = _marked_lines(_logical_lines(lines))
    after_list = _AfterList(_bullets_follow(marked))
    bullet_next = _bullet_next(marked)
    last_ask = _last_ask(marked)
    kind: str | None = None  # what the section's heading opens besides its part
    for number, start_of_line, line, stripped, bullet, heading in marked:
        if not stripped:
            after_list.blank()
            continue
        heading = _in_wish_list(heading, bullet, part)
        label = _TITLE_LABEL.match(stripped)
        if title is None and label and len(label.group(1).split()) <= 10:
            title = clean_title(label.group(1))
            continue
        if heading is None and ":" in stripped[:60]:
            inline = _inline_heading(line, start_of_line, len(sentences))
            if inline is not None:
                (part, found), kind = inline, None
                sentences += found
                after_list.heading()
                continue
        if heading is not None:
            if not _duty_group(stripped, heading, part, number in bullet_next):
                part, kind = heading, section_kind(stripped)
            after_list.heading()
            continue
        if title is None and number == first_line:
            title = clean_title(MD_HEADING.sub("", stripped))
            if len(stripped.split()) <= _TITLE_WORDS_MAX:
                continue  # a long title line ("... - Remote - Full time - Acme") is read too
        line_part = after_list.part(number, stripped, bullet, part)
        found = _sentences(line, start_of_line, line_part, len(sentences))
        found = _role_and_stack(found, line_part, kind, summary=not bullet and number < last_ask)
        sentences += found
        part = _after_lead_in(stripped, found, part)
    if title is None:
        title = _title_in_prose(sentences)
    classified = _own_team_stack(tuple(sentences), title)
    return JobDescription(
        text=text,
        title=title,
        sentences=classified,
        required=tuple(s.text for s in classified if s.part == "required"),
        preferred=tuple(s.text for s in classified if s.part == "preferred"),
        responsibilities=tuple(s.text for s in classified if s.part == "responsibilities"),
        education=tuple(s.text for s in classified if _EDUCATION_CUE.search(s.text.lower())),
        encoding=encoding,
        notes=notes,
    )


def _in_wish_list(heading: str | None, bullet: bool, part: str) -> str | None:
    """The part a line opens as a heading, or None. A bulleted lead-in of the required
    part inside a wish list ("* Technical experience with" over more items) leads into
    more wishes: an item of the list, not a heading that makes the rest of it required."""
    return None if heading == "required" and bullet and part == "preferred" else heading


def _inline_heading(
    line: str, start_of_line: int, count: int
) -> tuple[str, list[JobSentence]] | None:
    """A heading label with its content on the same line ("Perks: free lunches"): the part
    it opens and the sentences after the colon, or None when the label is no heading."""
    head, _, rest = line.strip().partition(":")
    inline = job_heading(head)
    if not inline or not rest.strip():
        return None
    colon = line.index(":") + 1
    found = _sentences(line[colon:], start_of_line + colon, inline, count)
    if section_kind(head) == "stack":  # "Our stack: Go, PostgreSQL and Redis"
        found = _in_stack(found)
    return inline, found


def _in_stack(found: list[JobSentence]) -> list[JobSentence]:
    """`found`, marked as the stack the job works with (sentences under an "Our stack" heading
    or label: report/evidence.stack_part reads the mark)."""
    return [replace(s, stack=True) for s in found]


# The parts that ask something of the hire: what they must have, would like them to have,
# and what they will do. A heading of one opens asks (_last_ask); a list under one may
# end before the section does (_AfterList).
_ASKING_PARTS = ("required", "preferred", "responsibilities")


def _last_ask(marked: list[_Marked]) -> int:
    """The number of the last line that opens asks: a heading of requirements, wishes or
    duties (on a line of its own or before a colon), or a line that labels itself a
    requirement; -1 when there is none. Prose before it may sum the role up."""
    last = -1
    for m in marked:
        if m.heading in _ASKING_PARTS or (
            m.stripped
            and m.heading is None
            and (
                labels_a_requirement(strip_bullet(m.stripped)[0])
                or (":" in m.stripped[:60] and _inline_asks(m.stripped))
            )
        ):
            last = m.number
    return last


def _inline_asks(line: str) -> bool:
    """Whether a line opens asks with a label before its colon ("Requirements: SQL")."""
    head, _, rest = line.partition(":")
    return bool(rest.strip()) and job_heading(head) in _ASKING_PARTS


# How a role summary opens, in the lower-cased sentence: "In this role ...", "This position
# ...", "The successful candidate will ...", "The team you'll join builds ...", "We have two
# (2) vacancies for IT Specialists ...", "As an Analytics Engineer, you ...". Under an
# "About us" heading only these; in prose under no heading "You will ..." opens one too.
_ROLE_OPEN = (
    r"(?:in|for) this (?:role|position|post|job)\b|"
    # not its history ("This role was created in 2021, when our first analyst ...") nor
    # where it sits ("This role sits in the Data Division. As a division, we provide ..."):
    # what follows tells of the unit, which the guide leaves out
    r"(?:this|the) (?:role|position|post|job|vacancy)(?: ?holder)?\b"
    r"(?! (?:was|were|has been|had|came|began|started|grew|sits|is based|is part|"
    r"belongs|reports)\b)|"
    r"the (?:successful|ideal|right|selected) (?:candidate|applicant|person|hire)\b|"
    r"the team you(?:'|\u2019)?(?:ll| will| would|d) (?:join|be joining|be part of)\b|"
    r"we (?:have|are (?:recruiting|hiring) for|are filling|are offering) (?:an? |one |two |"
    r"three |four |five |six |several |multiple |\d+ )?(?:\(\d+\) )?(?:[\w-]+ ){0,2}?"
    r"(?:vacanc(?:y|ies)|openings?|positions?|posts?) (?:for|as)\b|"
    r"as (?:an?|the|our) [^,.;]{1,60}, you\b"
)
_ROLE_CUE_ABOUT = re.compile(rf"^(?:{_ROLE_OPEN})")
_ROLE_CUE = re.compile(rf"^(?:{_ROLE_OPEN}|you will\b|you(?:'|\u2019)ll\b)")
# A stack paragraph in prose: "Our stack is Elixir and PostgreSQL", "Our tech stack: ...",
# "In terms of our tech stack, we're ...", "As for our stack, ...".
_STACK_NAME = r"(?:our|the) (?:current )?(?:tech(?:nology)? |engineering |data |software )?stack"
_STACK_PROSE = re.compile(
    rf"\b{_STACK_NAME}(?:\s*:|\s+(?:is|includes|consists|comprises)\b)|"
    rf"\b(?:in terms of|as for|as far as|when it comes to|regarding) {_STACK_NAME}\b"
)


def _role_and_stack(
    found: list[JobSentence], part: str, kind: str | None, *, summary: bool
) -> list[JobSentence]:
    """The sentences of one line, marked as the job's stack and read as a role summary
    where they are one. A stack section, or a stack paragraph in prose, is the stack. Before
    the asks (`summary`), prose under a role heading ("The role") sums the role up, and so
    does a paragraph of no asking section from a sentence that opens like one ("In this
    role you will ...", "We have two vacancies for IT Specialists ...") to its end, apart
    from its company text: what it says the hire will work on is preferred (the labelling
    guide; the USGS branch paragraph's infrastructure as code)."""
    if kind == "stack":
        return _in_stack(found)
    found = [
        replace(s, stack=True)
        if s.part in ("about", "other") and _STACK_PROSE.search(s.text.lower())
        else s
        for s in found
    ]
    if not summary:
        return found
    if kind == "role" and part == "responsibilities":
        return [replace(s, part="preferred") if s.part == part else s for s in found]
    if part not in ("other", "about"):
        return found
    cue = _ROLE_CUE if part == "other" else _ROLE_CUE_ABOUT
    out: list[JobSentence] = []
    opened = False
    for s in found:
        if s.part in (part, "responsibilities") and (
            (not opened and cue.match(s.text.lower())) or (opened and role_text_asks(s.text))
        ):
            opened = True
            s = replace(s, part="preferred")
        out.append(s)
    return out


class _AfterList:
    """Where a section's bulleted list has ended. Postings close a list of asks with a
    paragraph about the employer that has no heading of its own ("Acme is an equal
    opportunity employer...", "Our Salesforce estate is run by a supplier."): prose after a
    blank line that follows the list is read like text under no heading, where it must
    address the candidate or carry an ask's own words ("X is essential") to count. A list is
    two bullets or more in a row, and the paragraph ends the section's bullets: bullets that
    alternate with paragraphs ("- Machine learning" over what the team does in it) are
    sub-headings, and their paragraphs stay in the section."""

    def __init__(self, bullets_follow: set[int]) -> None:
        self.bullets_follow = bullets_follow
        self.run = 0  # bullets in a row, since the last heading or paragraph
        self.gap = False  # a blank line after a list of two or more bullets

    def heading(self) -> None:
        """A heading opens a new section: no list, no gap."""
        self.run, self.gap = 0, False

    def blank(self) -> None:
        """A blank line: after two bullets or more, the list has ended."""
        self.gap = self.gap or self.run >= 2

    def part(self, number: int, line: str, bullet: bool, part: str) -> str:
        """The part of `line` (logical line `number`, `bullet` when it is a bulleted one),
        read under the heading's `part`."""
        if bullet:
            self.run, self.gap = self.run + 1, False
            return part
        self.run = 0
        if (
            self.gap
            and part in _ASKING_PARTS
            and number not in self.bullets_follow
            and not line.endswith(":")
        ):
            return "other"
        return part


def _duty_group(line: str, heading: str, part: str, bullet_next: bool) -> bool:
    """Whether a heading inside the duties groups some of them rather than closing them:
    "People" over "- Line-manage three engineers" is an area of the role, where "People"
    over a paragraph of bios is about the employer."""
    return (
        part == "responsibilities" and heading == "about" and bullet_next and names_duty_area(line)
    )


class _Marked(NamedTuple):
    """A logical line with what the reader asks of it more than once: its text stripped,
    whether it is bulleted and the part it opens as a heading (None: no heading)."""

    number: int
    start: int
    line: str
    stripped: str
    bullet: bool
    heading: str | None


def _marked_lines(logical: list[tuple[int, int, str]]) -> list[_Marked]:
    """Each logical line marked once: a posting's lines are read by three passes."""
    out = []
    for number, start, line in logical:
        stripped = line.strip()
        bullet = bool(stripped) and strip_bullet(stripped)[1]
        heading = (job_heading(stripped) or lead_in_heading(stripped)) if stripped else None
        out.append(_Marked(number, start, line, stripped, bullet, heading))
    return out


def _bullet_next(marked: list[_Marked]) -> set[int]:
    """The numbers of the lines whose next non-blank line is a bulleted one."""
    out: set[int] = set()
    previous: int | None = None
    for m in marked:
        if not m.stripped:
            continue
        if previous is not None and m.bullet:
            out.add(previous)
        previous = m.number
    return out


def _bullets_follow(marked: list[_Marked]) -> set[int]:
    """The numbers of the lines that a bulleted line follows before the next heading."""
    out: set[int] = set()
    later = False
    for m in reversed(marked):
        if not m.stripped:
            continue
        if later:
            out.add(m.number)
        if m.bullet:
            later = True
        elif m.heading is not None:
            later = False
    return out


# A line broken by a fixed width: long, ending mid-sentence, and the next line goes on
# with it (lower case, or after a comma or a word that needs more: "languages like Python,
# Go,\nScala, and JavaScript").
WRAP_WIDTH_MIN = 55
_ENDS_OPEN = re.compile(r"(?:,|\b(?:and|or|of|the|to|in|with|for|a|an|like|as|such))\s*$", re.I)


def _logical_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """(number of its first line, offset, text) of each line, with a paragraph that was
    hard-wrapped at a fixed width joined into one line again (its newlines kept, so the
    offsets of its sentences stay those of the text)."""
    wrapped = _wrapped_lines(lines)
    out: list[tuple[int, int, str]] = []
    offset = 0
    number = 0
    while number < len(lines):
        last = number + 1
        while last in wrapped:
            last += 1
        out.append((number, offset, "\n".join(lines[number:last])))
        offset += sum(len(line) + 1 for line in lines[number:last])
        number = last
    return out


def _wrapped_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that go on with the line before them, in a posting pasted
    from an e-mail or a PDF whose paragraphs were hard-wrapped."""
    out: set[int] = set()
    for number in range(1, len(lines)):
        before, line = lines[number - 1].rstrip(), lines[number].strip()
        if len(before) < WRAP_WIDTH_MIN or not line or before.endswith((".", "!", "?", ":", ";")):
            continue
        if strip_bullet(line)[1] or job_heading(line) is not None:
            continue
        if line[0].islower() or _ENDS_OPEN.search(before, max(0, len(before) - 8)):
            out.add(number)
    return out


def _after_lead_in(line: str, found: list[JobSentence], part: str) -> str:
    """The part the lines after `line` are in. A lead-in sentence that is too long for a
    heading and calls the list under it optional ("Experience with any of the following
    is nice to have, but not required:") makes its bullets preferred, as a heading would."""
    if (
        found
        and found[-1].part == "preferred"
        and part != "preferred"
        and line.endswith(":")
        and not strip_bullet(line)[1]
    ):
        return "preferred"
    return part


# The team the role is on, as a title or a sentence outside the company text names it
# ("Senior Engineer in the Applications team", "This position is for ... in the Data team").
_OWN_TEAM = re.compile(
    r"\b(?:in|on|join(?:ing)?|for) (?:the|our) (?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) "
    r"[Tt]eam\b"
)
# A team of the company text with its stack in brackets before a colon ("Applications
# (Scala, Go, Python, and Frontend tools): Builds CLI/Web applications ...").
_TEAM_LINE = re.compile(
    r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}) \((?P<stack>[^()]{2,200})\):"
)


# A sentence that says what it names is not needed ("we occasionally code in Go, C++ and
# CUDA but prior knowledge of them is not required", "Our main language is Go, but prior
# experience is not a requirement"), unless it welcomes it all the same.
_NOT_ASKED = re.compile(
    r"(?:\bnot|n['\u2019]t) (?:an? )?(?:required|needed|necessary|expected|requirement|"
    r"prerequisite|must)\b",
    re.IGNORECASE,
)
_WELCOMED = re.compile(r"\b(?:appreciated|a plus|welcome|bonus|nice to have)\b", re.IGNORECASE)
_STACK_ITEMS = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*")


def _named_in(stack: str, denied: str) -> bool:
    """Whether an item of a team's stack is named in a sentence that does not ask for it:
    the whole line is then left as company text (a list under a negation asks nothing)."""
    items = [item.strip() for item in _STACK_ITEMS.split(stack) if item.strip()]
    return any(re.search(rf"(?<![\w+#]){re.escape(item)}(?![\w+#])", denied) for item in items)


def _own_team_stack(
    sentences: tuple[JobSentence, ...], title: str | None
) -> tuple[JobSentence, ...]:
    """The stack of the role's own team among the teams a company text lists, as a
    preference: what the job writes in (the labelling guide's stack rule), where the other
    teams' stacks stay company text. Only the brackets count, not what the team builds."""
    asking = [title or ""] + [s.text for s in sentences if s.part != "about"]
    teams = {m.group("name").lower() for text in asking for m in _OWN_TEAM.finditer(text)}
    if not teams:
        return sentences
    denied = " ".join(
        s.text for s in sentences if _NOT_ASKED.search(s.text) and not _WELCOMED.search(s.text)
    )
    out = []
    for sentence in sentences:
        line = _TEAM_LINE.match(sentence.text) if sentence.part == "about" else None
        if (
            line is not None
            and line.group("name").lower() in teams
            and not _named_in(line.group("stack"), denied)
        ):
            start, end = (sentence.start + i for i in line.span("stack"))
            sentence = replace(sentence, text=line.group("stack"), start=start, end=end)
            sentence = replace(sentence, part="preferred")
        out.append(sentence)
    return tuple(out)


# A separator is tried only where a run of spaces starts, or at a bracket: tried at every
# space of a run, each attempt read the rest of the run, so a title line holding 20,000
# spaces took 8 s to split. The matches are the same: a run's first space is the leftmost
# start any match within the run could have (a bracket right after a separator that
# ended in spaces is matched alone, as before).
_TITLE_SPLIT = re.compile(r"(?<!\s)(?:\s+[|\u2013\u2014\-@]\s+|\s+at\s+|\s+\()|\(")


_WORD = re.compile(r"[a-z][a-z-]+")  # a word of a lower-cased title line


def _names_a_role(text: str) -> bool:
    """Whether `text` holds a role word ("analyst", "engineer": positions.TITLE_WORDS)."""
    return not TITLE_WORDS.isdisjoint(_WORD.findall(text.lower()))


def _title_in_prose(sentences: list[JobSentence]) -> str | None:
    """The role a posting's first sentences say it hires for ("Tailspin is hiring a Junior
    Data Scientist to join ..."), when no line gave the title."""
    for sentence in sentences[:6]:
        hiring = _HIRING.search(sentence.text)
        if hiring and any(w in TITLE_WORDS for w in hiring.group("title").lower().split()):
            return hiring.group("title").strip()
    return None


# A Markdown link, "[BI Developer II](https://jobs.example.org/apply/123)": its text.
_MD_LINK = re.compile(r"\[([^\[\]]{1,200})\]\([^()\s]{0,500}\)")


def clean_title(text: str) -> str:
    """ "Senior Data Analyst - Remote (f/m/d)" -> "Senior Data Analyst": the part naming a role."""
    text = _MD_LINK.sub(r"\1", text).strip(" *_#")
    parts = [p.strip(" *_#)") for p in _TITLE_SPLIT.split(text) if p.strip(" *_#)")]
    if not parts:
        return text
    for part in parts:
        if _names_a_role(part):
            return part
    return parts[0]


def _title_line(lines: list[str]) -> int | None:
    """The line holding the job title among the first short lines: the first naming a role
    ("Data Analyst" under a company name), else the very first."""
    candidates: list[int] = []
    for number, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if job_heading(stripped) or _TITLE_LABEL.match(stripped) or not _could_be_title(stripped):
            break
        candidates.append(number)
        if len(candidates) == 3:
            break
    for number in candidates:
        if _names_a_role(lines[number]):
            return number
    return candidates[0] if candidates else None


_TITLE_WORDS_MAX = 10


def _could_be_title(line: str) -> bool:
    """A short line not ending like a sentence, or a longer one whose first part, before a
    separator, is a short role: a job board's "Senior Data Engineer - Remote - Full time -
    Acme Corp - London, United Kingdom" or "Data Analyst | Acme | Leeds | Hybrid" (not
    "Technology Cluster Hire: DevOps Positions - USGS Water Mission Area ...")."""
    if line.rstrip().endswith((".", "!", "?", ",")):
        return False
    words = len(line.split())
    if words <= _TITLE_WORDS_MAX:
        return words >= 1
    first, *rest = _TITLE_SPLIT.split(line, maxsplit=1)
    named = _WORD.findall(first.lower())
    return bool(rest) and len(named) <= _TITLE_WORDS_MAX // 2 and not TITLE_WORDS.isdisjoint(named)


# Abbreviations a sentence goes on after: "(e.g. PostgreSQL, Redis)" is one sentence, and
# its list one group of examples.
_NO_END_AFTER = re.compile(r"(?:\b(?:e\.\s?g|i\.\s?e|vs|incl|approx|esp|cf|viz)\.)$", re.I)


def split_sentences(body: str) -> list[str]:
    """`body` cut at sentence ends, never right after an abbreviation such as "e.g."."""
    pieces: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(body):
        if _NO_END_AFTER.search(body, max(0, end.start() - 8), end.start()):
            continue
        inside = body[start : end.start()]
        if inside.count("(") > inside.count(")"):
            continue  # "(we use GCP; AWS experience is fine too)" is one aside
        pieces.append(body[start : end.start()])
        start = end.end()
    pieces.append(body[start:])
    return pieces


# A wish that qualifies only the end of a list: "Strong SQL and ideally Python", "three
# years of SQL, preferably on BigQuery". Inside brackets it is read by _choice_in_brackets.
_TRAILING_WISH = re.compile(r"(?:,\s*|\s+)(?:(?:and|or|but)\s+)?(?=(?:ideally|preferably)\b)")


def _wish_split(piece: str) -> list[str]:
    """`piece` cut before a wish that follows what it asks ("SQL and ideally Python" ->
    "SQL", "ideally Python"), so that only the wish is preferred. A sentence that opens
    with the wish, or names a degree (whose field the wish picks), stays whole."""
    if "ideally" not in piece and "preferably" not in piece:
        return [piece]  # the pattern's own words, looked for first: most pieces have neither
    wish = _TRAILING_WISH.search(piece)
    if wish is None or not _TWO_WORDS.search(piece[: wish.start()]):
        return [piece]
    if _EDUCATION_CUE.search(piece[: wish.start()].lower()):
        return [piece]
    return [piece[: wish.start()], piece[wish.end() :]]


def _sentences(line: str, line_start: int, part: str, first_index: int) -> list[JobSentence]:
    body, bullet = strip_bullet(line.strip())
    body_start = line_start + line.index(body) if body in line else line_start
    out: list[JobSentence] = []
    cursor = 0
    pieces = [cut for piece in split_sentences(body) for cut in _wish_split(piece)]
    for piece in pieces:
        position = body.find(piece, cursor)
        cursor = position + len(piece)
        sentence = piece.strip()
        # A bullet of one name ("* Kubernetes" under "Bonus points") is an ask; any other
        # one-word piece ("Apply", "Remote") carries nothing.
        if not _TWO_WORDS.search(sentence) and not (bullet and _ONE_NAME.fullmatch(sentence)):
            continue
        start = body_start + position + (len(piece) - len(piece.lstrip()))
        out.append(
            JobSentence(
                index=first_index + len(out),
                text=sentence,
                start=start,
                end=start + len(sentence),
                part=_classify(sentence, part),
            )
        )
    return out


# Words that rate or qualify a cue rather than name what it prefers: "(strongly
# preferred)", "(preferred but not required)".
_CUE_QUALIFIERS = frozenset(
    """strongly highly very much also especially definitely is are be would and or but not
    a an the""".split()  # noqa: SIM905
)


def _choice_in_brackets(match: re.Match[str]) -> str:
    """A bracket that names what is preferred among the asked ("at least one cloud
    platform (AWS preferred, GCP fine)", "Go or Rust (Rust preferred)") chooses among
    alternatives, so its cue does not make the ask optional; a bracket of the cue alone,
    rated or with a note ("Docker (strongly preferred)", "(preferred but not required)",
    "(nice to have, e.g. for modelling)"), does."""
    inside = match.group(1)
    for cue in _PREFERRED_CUE.finditer(inside):
        piece = re.split(r"[,;:]", _PREFERRED_CUE.sub(" ", inside[: cue.start()]))[-1]
        named = [w for w in re.findall(r"[\w+#.-]+", piece) if w not in _CUE_QUALIFIERS]
        if named:
            return " "
    return match.group(0)


_BRACKET = re.compile(r"\(([^()]{0,200})\)")


def _says_optional(low: str) -> bool:
    """A cue of preference outside the brackets that only choose among alternatives. Most
    sentences have no cue at all, so their brackets are not rewritten."""
    return bool(_PREFERRED_CUE.search(low)) and bool(
        _PREFERRED_CUE.search(_BRACKET.sub(_choice_in_brackets, low))
    )


# The last cell of a row in a UK person specification: each criterion is marked Essential
# or Desirable ("| Experience with Python | D |", "| Knowledge of SAS | Desirable |").
_CRITERION_CELL = re.compile(r"\|\s*(?P<mark>e|d|essential|desirable)\s*\|?\s*$")


def _criterion_part(low: str, part: str) -> str | None:
    """The part a person specification's row asks at, by its Essential/Desirable cell, or
    None for a line that is no such row (or a row under a heading that asks nothing)."""
    if "|" not in low or part == "about":
        return None
    cell = _CRITERION_CELL.search(low)
    if cell is None:
        return None
    return "preferred" if cell.group("mark").startswith("d") else "required"


def _classify(sentence: str, part: str) -> str:
    """A sentence's own words beat its heading: "Airflow is a plus" under Requirements is
    preferred. Without a heading, duties and asks are recognised by their wording. The
    cues are lower-case patterns searched in the lower-cased sentence (faster than
    ignoring case)."""
    low = sentence.lower()
    if part in ("required", "preferred", "responsibilities") and _OFFER_CUE.search(low):
        return "other"  # "We offer ..." after the last list, without its own heading
    criterion = _criterion_part(low, part)
    if criterion is not None:
        return criterion
    if part in ("about", "other") and labels_a_requirement(sentence):
        return "required"  # "Required specialized experience for GS-09 ...:" under "The Process"
    if part in ("required", "responsibilities", "other") and _says_optional(low):
        return "preferred"
    if part == "other":
        if _REQUIRED_CUE.search(low) or _ASK_CUE.search(low):
            return "required"
        if _DUTY_CUE.search(low):
            return "responsibilities"
    return part
