"""The hiring company's name in a job description, so its words are not read as skills. Pure.

"Acme Analytics is hiring." names a company, not the skill data analysis; a scan that
counted it would ask the resume for a keyword the job never asked for. The name is found
where job ads introduce the employer ("X is hiring", "At X, we ...", "Join X", "About X",
"X is a ... company") and every later occurrence of it is masked too. A name that is one
skill and nothing else ("Databricks is hiring ... Databricks experience") is masked only
where it introduces the employer, since elsewhere the job may ask for the product.

A team's name is masked the same way ("the Growth Analytics team", "our Data Platform
group"): working in or with a team named "Analytics" is not an ask for data analysis. So
are the names of communities, events and coaches ("Python meetups", "the Tableau
Conference", "our Agile Coach") and the field in an official title ("the Head of Data
Science").
Only the name in front of the team word is masked, never the same words elsewhere, since
the job may still ask for the skill in its own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# One to four capitalised words: "Acme", "Acme Analytics", "Blue & Green Data Co."
_NAME = r"(?P<name>[A-Z][\w&'.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'.-]*){0,3})"
# "X is hiring", "X is a ... company": only where a line or a sentence starts.
_HIRING = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*{_NAME}[ \t]+(?:is|are)[ \t]+(?:now[ \t]+)?"
    r"(?:hiring|looking|seeking|recruiting|growing|expanding)\b",
    re.MULTILINE,
)
_IS_A = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*{_NAME}[ \t]+is[ \t]+an?[ \t]+[^.\n]{{0,60}}?\b"
    r"(?:company|startup|start-up|firm|agency|business|provider|leader|platform|"
    r"marketplace|retailer|bank|organi[sz]ation|nonprofit|charity|consultancy)\b",
    re.MULTILINE,
)
_PATTERNS = (
    _HIRING,
    # "At" and "Join" come first and the word boundary before them is checked after
    # ("At(?<=\bAt)" matches where "\bAt" does): a pattern that starts with a literal is
    # searched for that literal directly, not tried at every position of the posting.
    re.compile(rf"At(?<=\bAt)[ \t]+{_NAME},[ \t]*(?:we|you|our)\b"),
    re.compile(rf"Join(?<=\bJoin)[ \t]+{_NAME}\b"),
    re.compile(rf"^[ \t]*About[ \t]+{_NAME}[ \t]*:?[ \t]*$", re.MULTILINE),
    _IS_A,
)
# Where a line or a sentence starts (besides the text's start): after a newline, or after
# ".", "!" or "?" and a space. The two patterns above can match nowhere else.
_SENTENCE_START = re.compile(r"\n|[.!?](?=\s)")


def _sentence_starts(text: str) -> list[int]:
    """The positions where a line or a sentence starts, in order, the text's start first."""
    starts = [0]
    for mark in _SENTENCE_START.finditer(text):
        start = mark.end() if mark.group() == "\n" else mark.end() + 1
        if start > starts[-1]:
            starts.append(start)
    return starts


def _at_starts(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds, for a pattern that can only match at `starts`:
    it is tried at those few places (`match` at a position sees the text before it, so its
    anchors read as in a search) instead of at every character."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            end = match.end()
            yield match


# A team's name never runs across a sentence end ("Advanced Tableau. Team player" names
# no team), so its words take no "."; "team player" and "team spirit" are no teams either.
_TEAM_NAME = r"(?P<name>[A-Z][\w&'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'-]*){0,3})"
# Besides teams, the communities, events and people a skill word can name: "speak at
# Python meetups", "the Tableau Conference", "our DevOps community of practice", "the Data
# Visualization Society", "our Agile Coach" ask the candidate for none of those skills.
_GATHERING = (
    r"communit(?:y|ies)|guilds?|chapters?|meetups?|meet-ups?|conferences?|summits?|"
    r"societ(?:y|ies)|hackathons?|user[ \t]+groups?|reading[ \t]+groups?"
)
_TEAM = re.compile(
    rf"{_TEAM_NAME}[ \t]+(?i:team|group|squad|department|division|org|organi[sz]ation|function|"
    rf"{_GATHERING})\b"
    r"(?![ \t]+(?i:player|spirit|work|building|projects?|edition|version|packages?)\b)"
)
# An official title names a field without asking for it: "the Head of Data Science", "the
# VP of Machine Learning", "Director of Data Engineering".
# A coach is one person of the team ("our Agile Coach"); "experience as an Agile Coach"
# may still ask for agile, so only after "our", "the" or "your".
_COACH = re.compile(rf"\b(?:[Oo]ur|[Tt]he|[Yy]our)[ \t]+{_TEAM_NAME}[ \t]+(?i:coach(?:es)?)\b")
_TITLE_OF = re.compile(
    r"\b(?:Head|VP|Vice[ \t]+President|S?V\.?P\.?|Director|Chief|Lead|Professor)[ \t]+of[ \t]+"
    rf"{_TEAM_NAME}"
)
# Capitalised words that start such sentences without naming anyone.
_NOT_A_NAME = frozenset(
    {"we", "our", "the", "this", "you", "your", "us", "team", "role", "job", "position", "it"}
)


def _clean(name: str) -> str:
    words = name.rstrip(".").split()
    while words and words[0].lower() in _NOT_A_NAME:
        words.pop(0)
    return " ".join(words)


def company_names(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each company name found, with the span where it introduces the employer."""
    found: list[tuple[str, tuple[int, int]]] = []
    starts = _sentence_starts(text)
    for pattern in _PATTERNS:
        at_starts = pattern is _HIRING or pattern is _IS_A
        matches = _at_starts(pattern, text, starts) if at_starts else pattern.finditer(text)
        for match in matches:
            name = _clean(match.group("name"))
            words = name.split()
            # "Our Data Team is growing": a team, not the employer's name.
            if len(name) < 2 or words[-1].lower() in _NOT_A_NAME:
                continue
            start = match.start("name") + match.group("name").index(name)
            found.append((name, (start, start + len(name))))
    return found


def company_spans(
    text: str, is_one_skill: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """Character spans of the company's name in `text`: where it is introduced, and every
    other occurrence unless `is_one_skill(name)` says the name is a skill on its own."""
    spans: set[tuple[int, int]] = set()
    for name, span in company_names(text):
        spans.add(span)
        if is_one_skill is not None and is_one_skill(name):
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            spans.add(match.span())
    return sorted(spans)


# The same in lower case after a word that points at one team ("work with the machine
# learning team", "our data platform group"): another team's or focus area's name asks for
# nothing. "a cross-functional team" describes a kind of team, so "a" is not one of them.
# Found from the team word back (few lines hold one), not tried at every word of the text.
_TEAM_WORD = re.compile(
    rf"[ \t](?:teams?|groups?|squads?|departments?|division|org|coach(?:es)?|{_GATHERING})\b"
    r"(?![ \t]+(?:player|spirit|work|building|projects?)\b)"
)
_TEAM_LOWER = re.compile(
    r"\b(?:the|our|their|its|other|sister|partner)[ \t]+"
    r"(?P<name>[a-z][\w/+-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[a-z][\w/+-]*){0,3})$"
)


def _a_kind_of_team(text: str, match: re.Match[str]) -> bool:
    """ "Experience working in an Agile team", "a Scrum squad": after "a" or "an" the words
    say what kind of team it is, not which one, so they may still ask ("a Python meetup"
    stays a gathering)."""
    before = text[max(0, match.start("name") - 4) : match.start("name")].lower()
    kind = match.group(0).rsplit(None, 1)[-1].lower()
    return kind in ("team", "squad") and re.search(r"(?:^|\W)an? $", before) is not None


def team_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of team names: the capitalised words before "team", "group" ...,
    and lower-case ones after "the", "our" ..."""
    spans: list[tuple[int, int]] = []
    for match in _TEAM.finditer(text):
        name = _clean(match.group("name"))
        if len(name) < 2 or _a_kind_of_team(text, match):
            continue
        start = match.start("name") + match.group("name").index(name)
        spans.append((start, start + len(name)))
    for pattern in (_TITLE_OF, _COACH):
        spans.extend(match.span("name") for match in pattern.finditer(text))
    for word in _TEAM_WORD.finditer(text):
        start = max(0, word.start() - 80)
        lower_name = _TEAM_LOWER.search(text, start, word.start())
        if lower_name:
            spans.append(lower_name.span("name"))
    return sorted(spans)


# An acronym written in brackets after the capitalised words it abbreviates: "the Voter
# Participation Center (VPC)", "Natural Language Processing (NLP)".
_DEFINED = re.compile(
    r"(?P<words>(?:[A-Z][\w'&-]*[ \t]+(?:(?:of|for|and|the|on|in|at|&)[ \t]+)*){2,8})"
    r"\((?P<acronym>[A-Z]{2,6})s?\)"
)
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "&"})
# The last word of an organisation's name ("... Center", "... Institute", "... Office"); a
# term ("Application Programming Interfaces (APIs)") ends otherwise.
_ORGANISATION_WORDS = frozenset(
    """center centre institute office department agency foundation association council
    group project program programme service bureau committee society laboratory lab
    university school college corporation company network alliance coalition initiative
    unit division authority commission board fund trust partnership administration ministry
    consortium collaborative federation union league""".split()  # noqa: SIM905
)


def defined_acronyms(text: str) -> Iterator[tuple[str, int, int]]:
    """Each acronym the text defines after the name of an organisation it abbreviates,
    with the span of that name: ("VPC", start, end) for "the Voter Participation Center
    (VPC)". A name can still be a product's ("Amazon Virtual Private Cloud (VPC)" ends
    otherwise; the caller checks what the name itself names)."""
    for match in _DEFINED.finditer(text):
        acronym = match.group("acronym")
        words = [w for w in match.group("words").split() if w.lower() not in _SMALL_WORDS]
        if len(words) < len(acronym):
            continue
        named = words[-len(acronym) :]
        if named[-1].lower() not in _ORGANISATION_WORDS:
            continue
        if "".join(w[0] for w in named).upper() == acronym:
            first = match.group("words").rfind(named[0])
            yield acronym, match.start() + first, match.start("acronym") - 1
