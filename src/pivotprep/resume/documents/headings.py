"""Resume section headings and bullets: the words people use for each part of a resume.

`heading_name("Work History")` is "experience". Synonyms cover the usual wordings, case,
punctuation and letter-spaced design templates; a label with content on its line
("Skills: SQL, Python") opens its section too. Pure: no I/O.
"""

from __future__ import annotations

import re

CANONICAL_SECTIONS = (
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "other",
)

_HEADINGS: dict[str, tuple[str, ...]] = {
    "contact": (
        "contact",
        "contact information",
        "contact info",
        "contact details",
        "personal details",
        "personal information",
        "details",
    ),
    "summary": (
        "summary",
        "professional summary",
        "career summary",
        "executive summary",
        "summary of qualifications",
        "qualifications summary",
        "profile",
        "professional profile",
        "career profile",
        "personal profile",
        "personal statement",
        "about",
        "about me",
        "objective",
        "career objective",
        "professional objective",
        "overview",
        "professional overview",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "relevant experience",
        "work history",
        "employment",
        "employment history",
        "career history",
        "professional history",
        "professional background",
        "career",
        "industry experience",
        "teaching experience",
        "research experience",
        "military experience",
        "military service",
        "positions held",
        "experience highlights",
    ),
    "education": (
        "education",
        "education and training",
        "academic background",
        "academic qualifications",
        "academic history",
        "qualifications",
        "degrees",
        "relevant coursework",
        "coursework",
        "education and certifications",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core skills",
        "key skills",
        "relevant skills",
        "hard skills",
        "soft skills",
        "skills summary",
        "skill set",
        "skillset",
        "skills and tools",
        "skills and technologies",
        "tools and technologies",
        "technologies",
        "tools",
        "tech stack",
        "technical proficiencies",
        "technical expertise",
        "core competencies",
        "competencies",
        "key competencies",
        "areas of expertise",
        "expertise",
        "strengths",
        "programming languages",
        "languages and tools",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "key projects",
        "relevant projects",
        "academic projects",
        "side projects",
        "data projects",
        "portfolio",
        "open source",
        "open source contributions",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses",
        "licenses and certifications",
        "licences and certifications",
        "certifications and licenses",
        "certifications and training",
        "training",
        "courses",
        "online courses",
        "professional development",
        "continuing education",
    ),
    "other": (
        "awards",
        "honors",
        "honours",
        "awards and honors",
        "achievements",
        "accomplishments",
        "publications",
        "presentations",
        "volunteer",
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "community involvement",
        "interests",
        "hobbies",
        "hobbies and interests",
        "languages",
        "references",
        "activities",
        "extracurricular activities",
        "leadership",
        "affiliations",
        "memberships",
        "professional memberships",
        "additional information",
        "additional",
        "patents",
    ),
}
HEADING_SYNONYMS: dict[str, str] = {
    phrase: section for section, phrases in _HEADINGS.items() for phrase in phrases
}

# Bullet glyphs that are nothing but a bullet (unlike "o", "-" or ">", which are also text).
_GLYPHS = (
    r"\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25ba\u25b8\u27a2\u2713"
    r"\u2714\u2756\u25c6\u2666\uf0b7\uf0a7\uf0d8\uf076"
)
BULLET_RE = re.compile(rf"^\s*(?:[{_GLYPHS}o\-\*\u2013\u2014>]|\d{{1,2}}[.)])\s+")
_LONE_GLYPH = re.compile(rf"\s*[{_GLYPHS}]\s*")
_O_BULLET = re.compile(r"^o\s+[A-Z]")

_SQUASHED = {phrase.replace(" ", ""): section for phrase, section in HEADING_SYNONYMS.items()}
_LETTER_SPACED = re.compile(r"^(?:\S ){3,}\S(?: {2,}(?:\S ){1,}\S)*$")
# compiled once: every line of a resume asks whether it is a heading
_NOT_LETTERS = re.compile(r"[^a-z]+")
_NOT_WORDS = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r"\s+")


def heading_name(text: str) -> str | None:
    """The canonical section for a heading's text, or None when it is not a known heading.
    Letter-spaced headings from design templates ("E X P E R I E N C E") count too."""
    if _LETTER_SPACED.match(text.strip()):
        return _SQUASHED.get(_NOT_LETTERS.sub("", text.lower().replace("&", "and")))
    key = _NOT_WORDS.sub(" ", text.lower().replace("&", " and ")).strip()
    key = _SPACES.sub(" ", key)
    if not key or len(key) > 45:
        return None
    return HEADING_SYNONYMS.get(key)


def lone_bullet(text: str) -> bool:
    """Whether the line is a bullet glyph and nothing else (a PDF often puts the glyph on
    a line of its own, before the text it marks)."""
    return bool(_LONE_GLYPH.fullmatch(text))


def strip_bullet(text: str) -> tuple[str, bool]:
    match = BULLET_RE.match(text)
    if match and match.end() < len(text):
        return text[match.end() :].strip(), True
    if _O_BULLET.match(text):
        return text[2:].strip(), True
    return text, False


# Labels that open a section even with content on the same line ("Skills: SQL, Python").
# Weaker labels ("Tools:", "Technologies:") often sit inside a job and do not.
_INLINE_HEADINGS = frozenset(
    """skills|technical skills|core skills|key skills|skills and tools|core competencies|
    certifications|certificates|licenses and certifications|education|languages|interests|
    hobbies|awards|publications|volunteering|summary|professional summary|profile|
    objective""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def inline_heading(text: str) -> tuple[str, str] | None:
    head, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(head) > 40:
        return None
    key = re.sub(r"\s+", " ", re.sub(r"[^a-z ]+", " ", head.lower().replace("&", " and ")))
    key = key.strip()
    if key not in _INLINE_HEADINGS:
        return None
    section = HEADING_SYNONYMS.get(key)
    return (section, head.strip()) if section else None
