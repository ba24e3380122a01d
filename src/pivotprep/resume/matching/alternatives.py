"""One-of groups: skills a single requirement offers as alternatives. Pure.

"Experience with AWS or GCP" asks for one cloud, not two. Within one job sentence, skills
joined by "or", "and/or" or "/" ("AWS/GCP"), a comma list that ends in "or" ("AWS, GCP,
or Azure"), a list followed by "or similar", a comma list after "such as" / "e.g." /
"like", any list after "one of" / "any of" / "either", and a bracket after "at least
one <kind>" ("at least one cloud platform (we use GCP; AWS is fine too)") form a group:
the scan counts the group as one keyword, matched when the resume names any member. So
does the last list of a sentence that the next sentence refers back to as alternatives
("Our core languages are Ruby, Python, JavaScript, and Go. You should have experience
with at least one of these languages"). A suite with its own parts in brackets
("Microsoft Office Suite (Outlook, Word, Excel)") is one group too, met by the suite or
any part; a language with libraries in brackets ("Python (NumPy, pandas)") is not a
suite: the libraries are not sold under the language's name. A bracket right after a
skill (of names, of years: "Python (3+ years) or Java") says more about that skill, so a
list reads on past it: "Python (pandas) or R (tidyverse) or Julia" offers three
languages, and "AWS (EC2, S3, Lambda), GCP or Azure" three platforms, the first met by
AWS or any of its services.

A plain list ("Python, SQL and Excel") is not a group: each skill is asked for. Grouping
depends on the job text only, so adding a resume line can still only add matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pivotprep.resume.matching.taxonomy import SkillMention

_OR = re.compile(r"\s*,?\s*(?:or|and\s*/\s*or|/)\s*", re.IGNORECASE)
# A spaced pipe separates the items of a list ("Stack: Python | dbt | Snowflake"), like a
# comma; a pipe between two names ("Python|R") offers them as alternatives, like a slash.
_COMMA = re.compile(r"\s*(?:[,;]|\s\|\s)\s*")
_AND = re.compile(r"\s*,?\s*(?:and|&|\+)\s*", re.IGNORECASE)
# A comma or semicolon with a word of preference beside the name before it ("AWS
# preferred, GCP fine", "Postgres ideally; MySQL works"): still a list of alternatives
# after "one of" or "at least one <kind> (", and with "or" ("Postgres preferred, or
# MySQL"); after "such as" the preference closes the example ("such as Tableau
# preferred, SQL required").
_RATED_COMMA = re.compile(
    r"\s*(?:(?:is|are)\s+)?(?:preferred|ideally|ideal|fine|ok|okay|works|welcome|great|"
    r"(?:also\s+)?(?:fine|ok|works))?(?:\s+too)?\s*[,;]\s*(?:or\s+)?",
    re.IGNORECASE,
)
_ONE_OF = re.compile(
    r"\b(?:(?:one|any)\s+(?:or\s+more\s+)?of|either)\b(?:\s+(?:the\s+)?(?:following|these))?"
    r"[\s:(]*$",
    re.IGNORECASE,
)
# "at least one cloud platform (we use GCP; AWS experience is fine too)": the bracket
# after "at least one <kind>" lists the kinds that will do.
_AT_LEAST_ONE_OPEN = re.compile(
    r"\b(?:at\s+least\s+one|one\s+or\s+more|any)\s+(?:[\w-]+\s+){0,3}\([^()]*$", re.I
)
_EXAMPLES = re.compile(r"(?:\bsuch\s+as|\be\.\s?g\.?|\bfor\s+example|\blike)[\s:,(]*$", re.I)
_OR_SIMILAR = re.compile(
    r"^[\s,(]*(?:(?:or|and\s*/\s*or|/)\s*(?:an?\s+|any\s+)?(?:other\s+)?"
    r"(?:similar|equivalent|comparable|other|another|alternative|related)\b|etc\b"
    # "(Pub/Sub, Kafka, SQS - any is fine)", "Go, Rust, Java: whichever you know"
    r"|[-\u2013\u2014:]\s*(?:any|either|whichever)\b(?:\s+(?:one|of\s+(?:them|these|those)))?"
    r"\s+(?:is|are|will|works|would|you)\b)",
    re.IGNORECASE,
)

# The next sentence offering the previous one's list as alternatives.
_BACK_ONE_OF = re.compile(
    r"\b(?:at\s+least\s+one|one\s+or\s+more|any|one|either)\s+of\s+(?:these|those|them|"
    r"the\s+above)\b",
    re.IGNORECASE,
)

# Between a suite and the bracket that lists its parts: "Microsoft Office Suite (".
_SUITE_OPEN = re.compile(r"\s*(?:suite|package|products?|tools?)?\s*\(\s*", re.IGNORECASE)


def _suite_parts(suite: SkillMention, parts: list[SkillMention]) -> bool:
    """Whether `parts` are products of `suite`: named by the same vendor, as the suite's
    name or the job writes it ("Microsoft Office": "Microsoft Excel", "Microsoft Word";
    "AWS": "Amazon EC2", "AWS Lambda")."""
    vendors = {suite.skill.name.split()[0].lower(), suite.text.split()[0].lower()}
    return len(suite.skill.name.split()) > 1 and all(
        m.skill.name != suite.skill.name and m.skill.name.split()[0].lower() in vendors
        for m in parts
    )


class _Sentence(Protocol):
    """A job sentence as this module reads it (read-only: frozen dataclasses qualify)."""

    @property
    def index(self) -> int: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class OneOf:
    """Skills one sentence offers as alternatives, in the order the job writes them."""

    members: tuple[str, ...]  # canonical skill names, at least two
    mentions: tuple[SkillMention, ...]
    sentence: int  # index of the job sentence
    # The next sentence, when it is the one that asks for the list ("... at least one of
    # these languages"): its part (required, preferred ...) applies to the group.
    asked_in: int | None = None


def group_name(members: tuple[str, ...] | list[str]) -> str:
    """ "A or B", "A, B or C": how the report names a group."""
    names = list(members)
    if len(names) < 2:
        return names[0] if names else ""
    return f"{', '.join(names[:-1])} or {names[-1]}"


# "SQL Server or another relational database": the kind after "or another" is the
# alternative to the example before it.
_OR_ANOTHER = re.compile(
    r"\s*,?\s*or\s+(?:an?\s+|any\s+)?(?:other|another|similar|comparable|equivalent)\s+",
    re.IGNORECASE,
)


# A link between two names is a few words at most; a longer gap is no link, and is not
# handed to the patterns above (their runs of optional spaces backtrack on long gaps).
LINK_CHARS = 60


# Words a list puts around a name without leaving the list: "Ruby and the Ruby on Rails
# framework, C#.NET, or similar".
_LIST_FILLER = re.compile(
    r"\b(?:the|frameworks?|librar(?:y|ies)|languages?|platforms?|tools?)\b", re.IGNORECASE
)


def _link(gap: str) -> str | None:
    if len(gap) > LINK_CHARS:
        return None
    if not gap:
        return "comma"  # glued names ("C#.NET") are one item of the list
    gap = _LIST_FILLER.sub(" ", gap)
    if gap == "|" or _OR.fullmatch(gap) or _OR_ANOTHER.fullmatch(gap):
        return "or"
    if _AND.fullmatch(gap):
        return "and"
    if _COMMA.fullmatch(gap):
        return "comma"
    if _RATED_COMMA.fullmatch(gap):
        return "or" if gap.rstrip().lower().endswith(" or") else "rated"
    return None


def _grouped(
    chain: list[SkillMention], links: list[str], intro: str, after: str
) -> list[list[SkillMention]]:
    """The groups in one chain of linked mentions (a chain may hold several segments)."""
    if _ONE_OF.search(intro) or _AT_LEAST_ONE_OPEN.search(intro):
        return [chain]
    # After "such as" / "e.g." the list's own "and" ("such as OOD, SOLID and design
    # patterns") still lists examples: the labelling guide's one-of group.
    examples = bool(_EXAMPLES.search(intro))
    segments: list[tuple[list[SkillMention], list[str]]] = [([chain[0]], [])]
    for mention, link in zip(chain[1:], links, strict=True):
        if link == "and" and not examples:
            segments.append(([mention], []))
        else:
            segments[-1][0].append(mention)
            segments[-1][1].append(link)
    groups = []
    for number, (members, joins) in enumerate(segments):
        if len(members) < 2:
            continue
        if (
            "or" in joins
            or (number == 0 and _EXAMPLES.search(intro) and "rated" not in joins)
            or (number == len(segments) - 1 and _OR_SIMILAR.match(after))
        ):
            groups.append(members)
    return groups


def _same_kind(groups: list[list[SkillMention]]) -> list[list[SkillMention]]:
    """The groups whose members are all hard skills or all soft ones: "SQL or a
    willingness to learn it" joins a skill and a trait, which is no choice between two."""
    return [g for g in groups if len({m.skill.is_hard for m in g}) == 1]


def _chains(
    text: str, inside: list[SkillMention], end_of: Callable[[SkillMention], int]
) -> list[tuple[list[SkillMention], list[str]]]:
    """The mentions of one sentence cut into chains of linked mentions, with their links
    ("or", "and", "comma", "rated"); a gap that links nothing starts a new chain. A
    mention's text ends at `end_of` it (after its bracket of details, if it has one)."""
    chains: list[tuple[list[SkillMention], list[str]]] = [([inside[0]], [])]
    for before, mention in zip(inside, inside[1:], strict=False):
        link = _link(text[end_of(before) : mention.start])
        if link is None:
            chains.append(([mention], []))
        else:
            chains[-1][0].append(mention)
            chains[-1][1].append(link)
    return chains


# Between a skill and a bracket about it: "Python (", "Microsoft Office Suite (".
_BRACKET_OPEN = re.compile(r"\s*(?:suite|package|products?|tools?)?\s*\(", re.IGNORECASE)


@dataclass(frozen=True)
class _Bracket:
    """A bracket right after a skill ("Python (pandas)", "AWS (EC2, S3)", "Python (3+
    years)", "GCP (Compute Engine)"): details of that skill, so a list goes on past them
    ("Python (pandas) or R"). Its parts are the skills named in it, if any."""

    head: SkillMention
    parts: tuple[SkillMention, ...]
    close: int  # just past the closing bracket
    suite: bool  # the parts are products of the skill: one unit with it


# A bracket of details is short; a longer reach for its ")" would make a sentence of
# many open brackets quadratic.
BRACKET_CHARS = 400


def _brackets(text: str, inside: list[SkillMention], stop: int) -> dict[int, _Bracket]:
    """The brackets of details in one sentence (ending at `stop`), by the start of the
    skill they follow: of names, of years, or of names the taxonomy does not know."""
    found: dict[int, _Bracket] = {}
    at = 0
    while at < len(inside):
        head = inside[at]
        at += 1
        opened = _BRACKET_OPEN.match(text, head.end)
        if opened is None:
            continue
        close = text.find(")", opened.end(), min(stop, opened.end() + BRACKET_CHARS))
        if close < 0 or "(" in text[opened.end() : close]:
            continue
        last = at
        while last < len(inside) and inside[last].start < close:
            last += 1
        parts = inside[at:last]
        suite = bool(parts) and (
            # "Kubernetes (K8s)": the skill's own other name, one unit with it
            all(p.skill.name == head.skill.name for p in parts)
            or (
                bool(_SUITE_OPEN.fullmatch(text, head.end, parts[0].start))
                and _suite_parts(head, parts)
            )
        )
        found[head.start] = _Bracket(head, tuple(parts), close + 1, suite)
        at = last
    return found


def _chain_groups(
    text: str,
    chains: list[tuple[list[SkillMention], list[str]]],
    span: tuple[int, int],
    end_of: Callable[[SkillMention], int],
    back: int | None = None,
) -> list[tuple[list[SkillMention], int | None]]:
    """The groups of the chains of one list in `span` of the text (a sentence, or the
    inside of a bracket), each with the sentence that asks for it when `back` says the
    next sentence asks for the last chain ("... at least one of these")."""
    groups: list[tuple[list[SkillMention], int | None]] = []
    previous_end = span[0]
    for position, (chain, links) in enumerate(chains):
        intro = text[previous_end : chain[0].start]
        asked_in = None
        if back is not None and position == len(chains) - 1:
            intro = "one of"  # the list the next sentence offers as alternatives
            asked_in = back
        # up to the next chain (the chains are in text order: no list of every later
        # chain's start, which made a sentence of thousands of names quadratic)
        stop = span[1]
        if position + 1 < len(chains):
            stop = min(stop, chains[position + 1][0][0].start)
        after = text[end_of(chain[-1]) : stop]
        previous_end = end_of(chain[-1])
        if len(chain) < 2:
            continue
        groups += [(g, asked_in) for g in _same_kind(_grouped(chain, links, intro, after))]
    return groups


def _sentence_groups(
    text: str, sentence: _Sentence, inside: list[SkillMention], back: int | None
) -> list[OneOf]:
    """The one-of groups of one sentence. A skill with a bracket of details is one item of
    the sentence's list; its bracket is read as a list of its own, and a suite's parts
    ("Microsoft Office Suite (Outlook, Word)") are alternatives to the suite wherever it
    stands."""
    brackets = _brackets(text, inside, sentence.end)
    inner = {m.start for b in brackets.values() for m in b.parts}
    items = [m for m in inside if m.start not in inner]

    def end_of(mention: SkillMention) -> int:
        bracket = brackets.get(mention.start)
        return bracket.close if bracket is not None else mention.end

    def unit(mention: SkillMention) -> list[SkillMention]:
        bracket = brackets.get(mention.start)
        return [mention, *bracket.parts] if bracket is not None and bracket.suite else [mention]

    span = (sentence.start, sentence.end)
    listed = _chain_groups(text, _chains(text, items, end_of), span, end_of, back)
    grouped = {m.start for members, _ in listed for m in members}
    for head, bracket in brackets.items():
        if not bracket.suite and bracket.parts:
            parts = list(bracket.parts)
            inside_span = (bracket.head.end, bracket.close - 1)
            listed += _chain_groups(text, _chains(text, parts, end_of), inside_span, end_of)
        elif head not in grouped:  # a suite on its own: the suite or any part
            listed.append(([bracket.head], None))
    groups = []
    for members, asked_in in listed:
        flat = [part for m in members for part in unit(m)]
        names = tuple(dict.fromkeys(m.skill.name for m in flat))
        if len(names) >= 2:
            groups.append(OneOf(names, tuple(flat), sentence.index, asked_in))
    return groups


def one_of_groups(
    text: str, sentences: Sequence[_Sentence], mentions: list[SkillMention]
) -> list[OneOf]:
    """The one-of groups of a job: hard and soft skill mentions joined as alternatives."""
    candidates = sorted(
        (m for m in mentions if not (m.skill.is_broad or m.is_generic)),
        key=lambda m: (m.start, -m.end),
    )
    groups: list[OneOf] = []
    at = 0
    ordered = sorted(sentences, key=lambda s: s.start)
    for number, sentence in enumerate(ordered):
        next_sentence = ordered[number + 1] if number + 1 < len(ordered) else None
        next_text = text[next_sentence.start : next_sentence.end] if next_sentence else ""
        inside: list[SkillMention] = []
        while at < len(candidates) and candidates[at].start < sentence.start:
            at += 1
        probe = at
        while probe < len(candidates) and candidates[probe].start < sentence.end:
            mention = candidates[probe]
            probe += 1
            if mention.end > sentence.end or (inside and mention.start < inside[-1].end):
                continue  # runs past the sentence, or overlaps the previous mention
            inside.append(mention)
        if len(inside) < 2:
            continue
        back = None
        if next_sentence is not None and _BACK_ONE_OF.search(next_text):
            back = next_sentence.index
        groups += _sentence_groups(text, sentence, inside, back)
    return groups
