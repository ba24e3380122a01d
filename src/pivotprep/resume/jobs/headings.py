"""Job posting headings: the part of the posting a heading line opens.

"Requirements", "What you bring" open the required part; "Nice to have" the preferred;
"What you'll do" the responsibilities; "About us", "Benefits" and "How to apply" the
company (they ask for nothing); "Job summary", "Location" the rest.
Markdown markers, trailing colons and punctuation are ignored. Pure.
"""

from __future__ import annotations

import re

_JOB_HEADINGS: dict[str, tuple[str, ...]] = {
    "required": (
        "requirements",
        "job requirements",
        "key requirements",
        "minimum requirements",
        "required",
        "required skills",
        "required qualifications",
        "required experience",
        "minimum qualifications",
        "basic qualifications",
        "qualifications",
        "must have",
        "must haves",
        "what you bring",
        "what you ll bring",
        "what you will bring",
        "what you bring to the table",
        "what you ll bring to the table",
        "what you will bring to the table",
        "what we re looking for",
        "what we are looking for",
        "what you need",
        "what you ll need",
        "who you are",
        "about you",
        "you have",
        "you should have",
        # "You are:" over a list of what the candidate is ("an experienced Python engineer")
        "you are",
        "you re",
        "you ll have",
        "you will have",
        "your profile",
        "your skills",
        "skills and experience",
        "skills",
        "experience",
        "essential",
        "essential skills",
        "essential criteria",
        "the ideal candidate",
        "candidate profile",
        "specialized experience",
        "specialized experience requirements",
        "skill set",
        "skillset",
    ),
    "preferred": (
        "preferred",
        "preferred qualifications",
        "preferred skills",
        "preferred experience",
        "nice to have",
        "nice to haves",
        "bonus",
        "bonus points",
        "bonus points if",
        "bonus points if you have",
        "pluses",
        "a plus",
        "desirable",
        "desirable criteria",
        "desired",
        "desired skills",
        "desired qualifications",
        "good to have",
        "extra credit",
        "ideally",
        # "Minimum:" over the requirements, "Ideal:" over the wishes
        "ideal",
        "ideal but not essential",
        "ideally you have",
        "you might also have",
        "you may also have",
        "you might have",
        "you may have",
        "might also have",
        "even better",
        "it would be great if",
        "we ll be impressed if",
        "we will be impressed if",
        "we d be impressed if",
        "you ll impress us if",
        "it s a plus if",
        "plus if you have",
        "great to have",
        "great to haves",
        "extra points",
        "bonus if you have",
        # a lead-in that calls the list below bonuses ("Added bonuses you have...",
        # "Bonuses you bring:"); "Bonuses" alone may be pay
        "added bonuses",
        "added bonuses you have",
        "bonuses you have",
        "bonuses you bring",
        "preferred but not required",
        # wishes written as a hope or an advantage ("We'd love it if you have:", "You'll have
        # an edge if:", "What will make you stand out")
        "we d love it if",
        "we would love it if",
        "we d love to see",
        "we would love to see",
        "you ll have an edge if",
        "you will have an edge if",
        "you ll stand out if",
        "you will stand out if",
        "what will make you stand out",
        "what would make you stand out",
        "what makes you stand out",
        "what will set you apart",
        "what sets you apart",
        # The stack the job works with: asked, at the weight a stack paragraph in the company
        # text has (its languages are asked again in the requirements, its deployment tools
        # are preferred: the labelling rule of bench/data/ats).
        "stack",
        "our stack",
        "the stack",
        "tech stack",
        "our tech stack",
        "technology stack",
        "our technology stack",
        "tools we use",
        "technologies we use",
        "tools and technologies",
        "what we use",
        "what we work with",
        # "What you'll be working with" over "Warehouse: Snowflake", "Modelling: dbt"
        "what you ll be working with",
        "what you will be working with",
        "what you ll work with",
        "what you will work with",
        "data stack",
        "our data stack",
    ),
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "main responsibilities",
        "your responsibilities",
        "job responsibilities",
        "duties",
        "key duties",
        "what you ll do",
        "what you will do",
        "what you ll be doing",
        "what you will be doing",
        "the role",
        "your role",
        "about the role",
        "role overview",
        "in this role",
        "in this role you will",
        "day to day",
        "your mission",
        "your impact",
        "you will",
        # "You'll:" over a list of lower-case duties ("design and build REST APIs")
        "you ll",
        "you ll be",
        "you will be",
        "the job",
        "job description",
        "position summary",
        "role description",
        "position description",
        "role",
        "role summary",
        "key objectives",
        "duties and responsibilities",
        "principal duties and responsibilities",
        "accountabilities",
        "key accountabilities",
        "main accountabilities",
        "primary responsibilities",
        "major duties",
        "what you ll work on",
        "what you will work on",
        "job overview",
        "position overview",
        "you are responsible for",
        "you re responsible for",
        "you will be responsible for",
        "you ll be responsible for",
    ),
    "about": (
        "about us",
        "about the company",
        "about the team",
        "the team",
        "who we are",
        "our mission",
        "company overview",
        "company description",
        "why join us",
        "why us",
        "our story",
        "company",
        "the company",
        "our company",
        "culture",
        "our culture",
        "values",
        "our values",
        "our investors",
        "investors",
        "our backers",
        "backers",
        "funding",
        "press",
        "in the press",
        # What the company builds and for whom: its products and customers, not the job.
        "what we do",
        "what we build",
        "what we re building",
        "our product",
        "our products",
        "the product",
        "our platform",
        "our customers",
        "our clients",
        "customers",
        "clients",
        "our partners",
        "partners",
        "our team",
        "our teams",
        "other teams",
        "meet the team",
        "working here",
        "working with us",
        # What the employer offers and how it hires: text about the company, where a skill
        # ("Open Source Days", "a Python book budget") is a perk, never an ask.
        "benefits",
        "perks",
        "perks and benefits",
        "what we offer",
        "we offer",
        "compensation",
        "salary",
        "how to apply",
        "what to expect",
        "apply",
        "apply now",
        "apply for this job",
        "apply for this position",
        "apply for this role",
        "voluntary self identification",
        "self identification",
        "career development",
        "career growth",
        "professional development",
        "learning and development",
        "growth opportunities",
        "meet your manager",
        "hiring manager",
        "background check",
        "e verify",
        "working hours",
        "remote work",
        "remote working",
        "working remotely",
        "remote policy",
        # Job-board pages pasted whole: other postings, not this one.
        "similar jobs",
        "related jobs",
        "more jobs",
        "more jobs like this",
        "other jobs",
        "other open roles",
        "open roles",
        "open positions",
        "current openings",
        "people also viewed",
        "recommended jobs",
        "jobs you may be interested in",
        "see more jobs",
        "our process",
        "the process",
        "how we hire",
        "how we interview",
        "how we recruit",
        "selection process",
        "recruitment process",
        "equipment",
        "equal opportunity",
        "equal opportunity employer",
        "diversity and inclusion",
        "who may apply",
        "conditions of employment",
        "employment requirements",
        "application evaluation",
        "how you will be evaluated",
    ),
    "other": (
        "about the job",
        "job summary",
        "location",
        "basic information",
        "job details",
        "job purpose",
        "role purpose",
        "purpose of the role",
    ),
}
# Headings recognised only when the whole line is one of them. Their words do not join the
# vocabulary of heading_by_words below: "projects", "research" or "training" in a short line
# ("The team projects are:") must not make it a heading.
_WHOLE_HEADINGS: dict[str, tuple[str, ...]] = {
    "required": (
        "you",
        "what we look for",
        "who we re looking for",
        "who we are looking for",
        "who we look for",
        "what we expect",
        "what we expect from you",
        "what you should bring",
        # a README's lead-in to its list of asks, on a line of its own
        "we re looking for someone with",
        "we are looking for someone with",
        "we re looking for someone who",
        "we are looking for someone who",
        "we re looking for someone who has",
        "we are looking for someone who has",
        # The UK public sector's list of criteria, "Essential" and "Desirable" inside it.
        "person specification",
        "person spec",
    ),
    # European and Commonwealth wording for a wish: "Advantageous", "An advantage".
    "preferred": (
        "advantageous",
        "an advantage",
        "would be an advantage",
        "would be advantageous",
        "our tools",
        "the tools we use",
        "tech we use",
    ),
    "about": (
        # The employer a university or institute posting introduces by name ("The
        # Department", "The Group"): what it has built and taught, not the job.
        "the department",
        "the school",
        "the faculty",
        "the university",
        "the institute",
        "the centre",
        "the center",
        "the group",
        "the research group",
        "the lab",
        "the laboratory",
        "our organisation",
        "our organization",
        "the organisation",
        "the organization",
        "the employer",
        # People and record: bios, results, supporters, research, writing and recognition,
        # where a skill names what the employer or its people did, not what the job asks.
        "team",
        "people",
        "our people",
        "the founders",
        "founders",
        "our impact",
        "our supporters",
        "supporters",
        "sponsors",
        "our sponsors",
        "mission",
        "vision",
        "our vision",
        "history",
        "our history",
        "our research",
        "publications",
        "recent publications",
        "our open source work",
        "our open source projects",
        "blog",
        "our blog",
        "our tech blog",
        "podcast",
        "our podcast",
        "useful links",
        "links",
        "learn more",
        "more about us",
        "further reading",
        "reading list",
        "awards",
        "recognition",
        "case studies",
        "testimonials",
        "key facts",
        "fast facts",
        "at a glance",
        # What the employer offers, the training it gives, how candidates are assessed, the
        # papers and dates of applying, and who may apply: a test in Excel or a course in
        # Python is how the job is filled, not what it asks.
        "our offer",
        "what we can offer",
        "what we can offer you",
        "what s on offer",
        "what you ll get",
        "what you get",
        "training",
        "training provided",
        "training provider",
        "training and development",
        "learning and growth",
        "your growth",
        "your development",
        "selection process details",
        "assessment",
        "assessment process",
        "faq",
        "faqs",
        "frequently asked questions",
        "required documents",
        "supporting documents",
        "contact",
        "contact details",
        "contact us",
        "questions",
        "recruitment timeline",
        "timeline",
        "closing date",
        "important dates",
        "key dates",
        "things you need to know",
        "nationality requirements",
        "right to work",
        "eligibility",
        "who can apply",
        "reasonable adjustments",
        "reasonable accommodation",
        "veterans preference",
        "terms and conditions",
        "working arrangements",
        "hybrid working",
        "flexible working",
        "our commitment to diversity",
    ),
}
JOB_HEADINGS = {phrase: part for part, phrases in _JOB_HEADINGS.items() for phrase in phrases}
_JOB_HEADINGS_FLAT = tuple(JOB_HEADINGS)
_LISTED_HEADING_WORDS = frozenset(word for phrase in JOB_HEADINGS for word in phrase.split())
_WHOLE_LINE_PARTS = {
    phrase: part for part, phrases in _WHOLE_HEADINGS.items() for phrase in phrases
}
JOB_HEADINGS |= _WHOLE_LINE_PARTS
_BULLET = re.compile(r"[-*+\u2022\u00b7\u2013]\s")
MD_HEADING = re.compile(r"^#{1,6}\s+")


_ASCII_LETTER = re.compile(r"[A-Za-z]")
# A heading that says what the job does not ask ("What you don't need", "Not required"),
# the whole key; one that calls its list welcome ("Not required, but nice to have") is in
# the lists above or read by its words.
_NEGATED = re.compile(
    r"(?:(?:what|things) )?(?:you )?(?:don t|do not|won t|will not) (?:need|have to)"
    r"(?: to (?:know|have|be))?$|not (?:required|needed|necessary|mandatory|expected)$|"
    r"no need(?: for| to)?$|(?:what |things )?we (?:don t|do not) (?:care about|need|require|"
    r"ask for|look for|expect)$"
)

# A question heading says what a statement heading says, with its verb first ("What will you
# do?", "Who are you?", "What skills do you need?", "What are we looking for?").
_INVERTED = re.compile(r"\b(will|would|are|can|should|do) (you|we)\b")
_TAKES = re.compile(
    r"what (?:does it take|it takes)(?: to (?:\w+ )?(?:join|work|succeed|thrive)\b|$)"
)
_ADDITIONALLY = re.compile(r"^(?:additionally|also|and|plus) (?=\w)")


def _as_statement(key: str) -> str:
    return _INVERTED.sub(lambda m: m[2] if m[1] == "do" else f"{m[2]} {m[1]}", key, count=1)


# A heading glossed in brackets with the part it opens ("What We're Looking For (Minimum
# Qualifications)", "What Will Make You Stand Out (Preferred Qualifications)"): the gloss
# names the part. Only a gloss that names qualifications or requirements, after words that
# open a heading ("What", "Who", "Where", "Our" ...), so "Python (required)" is an ask.
_GLOSS = re.compile(r"^([A-Z][^()]*)\(([^()]+)\)$")  # greedy: linear in a run of spaces
_GLOSS_WORDS = re.compile(r"\b(?:qualifications|requirements|nice to haves?|must haves?)\b")
_GLOSS_OPENERS = frozenset(
    """what who where why how you your our the about
    skills experience things""".split()  # noqa: SIM905
)


def _glossed(text: str, line: str) -> str | None:
    match = _GLOSS.match(text.rstrip(":"))
    if match is None or _BULLET.match(line.strip()):
        return None
    outer, gloss = _heading_key(match[1]).split(), _heading_key(match[2])
    if not outer or outer[0] not in _GLOSS_OPENERS or not _GLOSS_WORDS.search(gloss):
        return None
    part = JOB_HEADINGS.get(gloss)
    return part if part in ("required", "preferred") else None


# "Great, but not required:", "Helpful but not required", "Not required, but nice": a wish,
# when the other words only say how welcome it is.
_NOT_REQUIRED = re.compile(
    r"(?:^| )but not (?:required|necessary|mandatory|essential|expected)$|"
    r"^not (?:required|necessary|mandatory|essential|expected) but "
)
_WELCOME_WORDS = frozenset(
    """great nice helpful useful good welcome welcomed appreciated beneficial valuable
    desirable preferred bonus ideal advantageous plus cool""".split()  # noqa: SIM905
)


def _wish_not_required(key: str, line: str) -> bool:
    if line.rstrip().endswith((".", ",", ";", "!")) or _BULLET.match(line.strip()):
        return False
    match = _NOT_REQUIRED.search(key)
    if match is None:
        return False
    rest = (key[: match.start()] + " " + key[match.end() :]).split()
    return all(w in _HEADING_WORDS or w in _WELCOME_WORDS for w in rest) and any(
        w in _WELCOME_WORDS for w in rest
    )


def job_heading(line: str) -> str | None:
    """The part a heading line opens, or None when the line is not a heading."""
    words = line.split()
    # Each of these words keeps at least one word of the key below: more than 8 of them,
    # and the line is no heading (most lines of a posting; cheaper than building the key).
    if len(words) > 8 and sum(1 for w in words if _ASCII_LETTER.search(w)) > 8:
        return None
    text = MD_HEADING.sub("", line.strip()).strip("*_#: ")
    key = _heading_key(text)
    if not key or len(key.split()) > _LEAD_WORDS_MOST:
        return None
    if text.endswith("?"):
        key = _as_statement(key)  # "What will you do?" reads as "What you will do"
    key = _ADDITIONALLY.sub("", key)  # "Additionally, we'd love it if you had:"
    if key in JOB_HEADINGS:
        return _listed(key, line)
    glossed = _glossed(text, line)
    if glossed is not None:
        return glossed
    if _wish_not_required(key, line):
        return "preferred"
    if _NEGATED.match(key) and not line.rstrip().endswith("."):
        return "about"  # "You don't need:", "Not required": what follows asks for nothing
    # "About Acme", "Life at Acme", "Engineering at Acme": the company, not the job. "About
    # the Data Team" often lists the job's own duties: a neutral part, where bullets count.
    if len(key.split()) <= 5 and re.match(
        r"(?:about|life at|working at|engineering at|(?:other |our )?teams at)\b", key
    ):
        return "other" if key.endswith(" team") else "about"
    if _TAKES.match(key) and not line.rstrip().endswith((".", ",", ";", "!")):
        return "required"  # "What it takes", "What does it take to join Acme?"
    lead = _if_lead(key, line)
    if lead is not None:
        return lead
    # A line that ends with a colon or a question mark announces what follows ("How would
    # you be impacting our mission?"): a longer lead-in of heading words is a heading too.
    announces = line.rstrip().rstrip("*_").endswith((":", "?"))
    found = heading_by_words(key, text, colon=announces)
    return found if found is not None else _listed_lead(key, text)


# A sentence that leads into a list and ends in a heading's words: "Reporting to the BI
# Manager, the developer undertakes the following RESPONSIBILITIES:", "You bring the
# following qualifications:". Too long for a heading, it opens the part its last words name.
_LEAD_IN = re.compile(r"\bthe following\s+(?P<what>[^:]{1,60}?)\s*:[*_\s]*$", re.IGNORECASE)
_LEAD_IN_PARTS = frozenset({"required", "preferred", "responsibilities"})


def lead_in_heading(line: str) -> str | None:
    """The asking part a lead-in line opens ("... the following duties:"), or None: a
    lead-in to anything else ("the following systems:") or a bulleted line opens none."""
    match = _LEAD_IN.search(line)
    if match is None or _BULLET.match(line):
        return None
    what = match.group("what").strip("*_ ")
    part = job_heading(what[:1].upper() + what[1:] + ":")
    if part not in _LEAD_IN_PARTS or section_kind(what) is not None:
        return None
    return part


# Headings over the prose that sums the role up before its duties and qualifications: what
# it says the hire will work on is a wish, not a duty (the labelling guide's role summary).
_ROLE_SUMMARY_KEYS = frozenset(
    {
        "the role",
        "about the role",
        "about this role",
        "the opportunity",
        "role summary",
        "role overview",
        "position summary",
        "position overview",
        "about the position",
        "the position",
    }
)
# Headings over the stack the job works with (the preferred part above): its languages and
# data stores are asked, its other tools wished for (the labelling guide's stack rule).
_STACK_KEYS = frozenset(
    phrase
    for phrase, part in JOB_HEADINGS.items()
    if part == "preferred"
    and re.search(
        r"\b(?:stack|tools|tech|technologies|what we (?:use|work with)|"
        r"what you (?:ll|will) (?:be )?work(?:ing)? with)\b",
        phrase,
    )
)


def section_kind(line: str) -> str | None:
    """What a heading line opens besides its part: "role" (a summary of the role), "stack"
    (the stack the job works with) or None."""
    key = _heading_key(MD_HEADING.sub("", line.strip()).strip("*_#: "))
    if key in _ROLE_SUMMARY_KEYS:
        return "role"
    if key in _STACK_KEYS:
        return "stack"
    return None


def _heading_key(text: str) -> str:
    """A heading's words, lower case, without punctuation ("What you'll get:" ->
    "what you ll get")."""
    key = re.sub(r"[^a-z ]+", " ", text.lower().replace("&", " and ").replace("'", " "))
    return re.sub(r"\s+", " ", key).strip()


# Whole-line headings that also name an area of a role's duties: a lead's responsibilities
# grouped as "Strategy", "People", "Delivery", each over its bullets.
_DUTY_AREAS = frozenset({"team", "people"})


def names_duty_area(line: str) -> bool:
    """Whether a heading line ("People", "## Team") can also head a group of duties."""
    return _heading_key(MD_HEADING.sub("", line.strip()).strip("*_#: ")) in _DUTY_AREAS


def _listed(key: str, line: str) -> str | None:
    """The part a listed heading opens. A bulleted line that reads like one of the
    whole-line headings ("- Training and development" in a list of benefits, "- Contact"
    among duties) is an item of its list, not a heading."""
    if key in _WHOLE_LINE_PARTS and _BULLET.match(line):
        return None
    return JOB_HEADINGS[key]


def _if_lead(key: str, line: str) -> str | None:
    """ "It would be great if you also had", "Bonus points if you've": a listed lead that
    ends in "if", then only heading words (no skill), opens that lead's part."""
    if line.rstrip().endswith((".", ",", ";", "!")):
        return None
    for lead in _IF_LEADS:
        if key.startswith(lead + " "):
            rest = key[len(lead) + 1 :].split()
            return JOB_HEADINGS[lead] if all(w in _HEADING_WORDS for w in rest) else None
    return None


# Headings no list above spells out ("Benefits & Perks", "Requirements & qualifications",
# "What's in it for you", "Technical skills"), read by their words. Company words first: a
# heading about pay, the hiring process or eligibility asks for nothing even when it says
# "requirements" ("Physical requirements", "Security clearance requirements").
_WORD_PARTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "about",
        re.compile(
            r"\b(?:benefits?|perks?|compensation|salary|salaries|pay|rewards?|diversity|"
            r"inclusion|eeo|equal|accommodations?|privacy|legal|disclaimers?|culture|values|"
            r"interviews?|interviewing|hiring|recruitment|recruiting|application|"
            r"next steps|in it for you|why|life(?! cycle)|company|clearance|physical|conditions|"
            r"schedule|travel|notice|equity|agenc(?:y|ies)|recruiters|press|funding|backers|"
            r"sponsorship|visas?|authori[sz]ation|relocation|accessibility)\b"
        ),
    ),
    (
        "preferred",
        re.compile(
            r"\b(?:prefer|preferred|nice|bonus|plus|pluses|desired|desirable|"
            r"assets?|great if|extra|ideally|optional)\b"
        ),
    ),
    (
        "responsibilities",
        re.compile(r"\b(?:responsibilit(?:y|ies)|accountabilit(?:y|ies)|duties|tasks)\b"),
    ),
    (
        "required",
        re.compile(
            r"\b(?:requirements?|required|qualifications?|must|skills?|experience|knowledge|"
            r"abilities|ksas?|competenc(?:y|ies)|expertise|education|need|ideal candidate|"
            r"fit (?:right in |in )?if|thrive if|you bring|you have|who you are)\b"
        ),
    ),
    (
        "responsibilities",
        re.compile(
            r"\b(?:you ll do|you will do|you ll be doing|work on|working on|"
            r"opportunity|day to day|impact(?:ing)?|role|objectives)\b"
        ),
    ),
    ("other", re.compile(r"\b(?:information|info|details|overview|summary|location|team)\b")),
)
# Words a heading is made of, besides those the patterns above look for: a line with any
# other word ("Python and SQL skills") is content, not a heading.
_HEADING_WORDS = (
    frozenset(
        """a an and or of for to in on at with by from as you your we our us is are be if it s ll
    re d ve will would what who how why this that these here do can might may should be
    get all about key main core general job position team work working join love more
    additional other important additional technical minimum basic essential desired
    qualifications our next steps total range statement process opportunity include
    includes including fit thrive succeed success looking note engineering things right great
    good strong might probably especially perfect ideal hear also had already ways make makes
    entrance entry specific part qualities experiences
    """.split()  # noqa: SIM905
    )
    | _LISTED_HEADING_WORDS
)


# Listed headings of two words or more that a heading may go on from with heading words
# ("What you'll do as part of our team", "Skills and experiences you'll need to bring"),
# longest first.
_LEADS = tuple(
    sorted(
        (p for p in _JOB_HEADINGS_FLAT if len(p.split()) >= 2 and not p.endswith(" if")),
        key=len,
        reverse=True,
    )
)
_LEAD_WORDS_MOST = 10


def _by_first_word(leads: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The leads grouped by their first word, each group still longest first: a line is
    checked only against the leads it could open with (a posting asks this of every line)."""
    groups: dict[str, list[str]] = {}
    for lead in leads:
        groups.setdefault(lead.split(maxsplit=1)[0], []).append(lead)
    return {first: tuple(group) for first, group in groups.items()}


_LEADS_BY_FIRST = _by_first_word(_LEADS)


def _listed_lead(key: str, line: str) -> str | None:
    """The part of a heading that opens with a listed heading of two words or more (its
    last word maybe in the plural) and goes on with heading words only, or None. A
    sentence ("Experience with our stack is a plus.") is none: it ends with a full stop or
    says "is" / "are"."""
    words = key.split()
    if not words or len(words) > _LEAD_WORDS_MOST or not _HEADING_START.match(line):
        return None
    if line.rstrip().endswith((".", ",", ";", "!")):
        return None
    for lead in _LEADS_BY_FIRST.get(words[0], ()):
        for written in (lead, lead + "s"):
            if key.startswith(written + " "):
                rest = key[len(written) + 1 :].split()
                if all(w in _HEADING_WORDS and w not in ("is", "are") for w in rest):
                    return JOB_HEADINGS[lead]
                return None
    return None


# Listed leads that end in "if" ("it would be great if"): the words after them say who
# ("you also had"), so the line is still a heading.
_IF_LEADS = tuple(sorted((p for p in JOB_HEADINGS if p.endswith(" if")), key=len, reverse=True))

# A heading starts with a capital letter (markdown and bold markers already stripped).
_HEADING_START = re.compile(r"[A-Z]")


HEADING_WORDS_MOST = 6
# A line that ends with a colon announces the list under it, so a longer lead-in of heading
# words is a heading too: "You might be a fit if you have:", "It's a bonus if you've:".
COLON_HEADING_WORDS_MOST = 8
# A heading that ends by calling its list a wish says so as plainly as a colon: "Other
# skills that would be nice to have" is a heading of seven words without one.
_WISH_END = re.compile(r"\b(?:nice to haves?|would be (?:a )?(?:plus|bonus))$")


def heading_by_words(key: str, line: str, *, colon: bool = False) -> str | None:
    """The part a short heading opens, read from its words when no listed phrase matches:
    only a line of at most six words (eight when it ends with a colon), every one a
    heading word (a capitalised name is allowed in a company heading: "Why join Acme")."""
    words = key.split()
    long_ok = colon or _WISH_END.search(key) is not None
    most = COLON_HEADING_WORDS_MOST if long_ok else HEADING_WORDS_MOST
    if not 1 <= len(words) <= most or line.rstrip().endswith((".", ",", ";", "!")):
        return None
    if not _HEADING_START.match(line):
        return None  # a list item, or prose wrapped onto the next line ("information in our")
    for part, pattern in _WORD_PARTS:
        if not pattern.search(key):
            continue
        strange = [w for w in words if w not in _HEADING_WORDS and not pattern.search(w)]
        names = re.findall(r"(?<=\s)[A-Z][\w&.-]*", line)  # capitalised, not the first word
        if part == "about" and len(strange) <= 2 and len(names) >= len(strange):
            return part
        return part if not strange else None
    return None
