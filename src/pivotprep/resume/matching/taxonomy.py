"""The skills taxonomy: load it, and find skill mentions in text with guards.

`content/skills/taxonomy.json` is built by `tools/build_taxonomy.py` (O*NET technology
skills + ESCO labels + the curated layer). Each skill has a canonical name, a category
(language, framework, tool, cloud, concept, soft skill), aliases, optional guarded
spellings for ambiguous names (Go, R, C, Spark, Excel-the-verb, Swift-the-adjective) and
`related` skills that count as evidence for it.

`SkillMatcher` indexes every alias once (see `normalize.PhraseIndex`) and is cached per
process: matching a resume or a job description is one pass over its tokens. The aliases'
normalised keys are also cached on disk (matcher_cache.py), so a new process skips
normalising them.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pivotprep.content import content_path
from pivotprep.resume.matching.ellipsis import elided_hits, front_shared_hits
from pivotprep.resume.matching.listing import USE_WORDS, neighbours, word_beside
from pivotprep.resume.matching.normalize import PhraseHit, PhraseIndex, Token, surface, tokenize
from pivotprep.resume.matching.people import a_person
from pivotprep.resume.matching.vocabulary import (  # noqa: F401 - re-exported names
    CONTEXT_WORDS,
    GENERIC,
    GENERIC_SPELLINGS,
    LOWER_PLURAL_WORDS,
    NESTED,
    SPECIFIC,
)

CATEGORIES = ("language", "framework", "tool", "cloud", "concept", "soft skill")
HARD = frozenset({"language", "framework", "tool", "cloud", "concept"})
CONTEXT_WINDOW = 6
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # skills whose presence implies this one
    adjacent: tuple[str, ...] = ()  # skills that are adjacent evidence only
    sources: tuple[str, ...] = ()
    hot: bool = False
    in_demand: bool = False

    @property
    def is_hard(self) -> bool:
        return self.category in HARD

    @property
    def is_broad(self) -> bool:
        """Only in ESCO's broad vocabulary: an 'other keyword', not a screened skill."""
        return self.sources == ("esco",)


@dataclass(frozen=True)
class Guard:
    case: bool = False  # the text must be written exactly like this (Go, R, C, Swift)
    context: bool = False  # needs another tech skill or a context word nearby
    # written in lower case, needs the context above ("the docker crew", "checked airflow in
    # the clean rooms": a word; "docker, python, sql" in a skills list: the tools)
    lower_context: bool = False
    not_after: frozenset[str] = frozenset()  # rejected when the previous word is one of these
    not_before: frozenset[str] = frozenset()  # rejected when the next word is one of these
    # within NEAR_WINDOW words either side: needs one of `near` ("Spark on EMR" is Amazon
    # EMR), is rejected by any of `not_near` (nor is it health records there)
    near: frozenset[str] = frozenset()
    not_near: frozenset[str] = frozenset()
    # A name that is an everyday word, a given name or a place (Soda, Pact, Flux, Jersey):
    # only in a list of technology, another skill beside it ("Soda or Great Expectations",
    # "contract tests with Pact"), or next to a context word or one of `cues` ("experience
    # with Flux", "Workday HCM"); a technology elsewhere in the sentence is not enough.
    listed: bool = False
    cues: frozenset[str] = frozenset()
    # how many words either side `near` / `not_near` read ("continuous improvement of our
    # testing processes": the word that decides comes a few words on)
    window: int = 3


@dataclass(frozen=True)
class _Alias:
    skill: Skill
    text: str
    guard: Guard | None = None

    @property
    def acronym(self) -> bool:
        """ML, DOE, RAG: written in capitals, so "Doe" or "Rag" in a text is a word, not it."""
        return self.text.isupper() and " " not in self.text and len(self.text) <= 6


@dataclass(frozen=True)
class SkillMention:
    """One place a skill is written: character span, the words as written, and how it matched."""

    skill: Skill
    start: int
    end: int
    text: str
    alias: str  # the taxonomy spelling it matched
    guarded: bool = False
    words: tuple[str, ...] = field(default=(), compare=False)
    # A generic discipline that a requirement or preference asks for by name
    # (vocabulary.ASKED_DISCIPLINES): a hard skill there.
    asked: bool = False

    @property
    def surface(self) -> str:
        return surface(self.text)

    @property
    def is_generic(self) -> bool:
        """Written in a spelling too generic to screen for ("documentation"): an other
        keyword, not a hard skill."""
        if self.asked:
            return False
        if self.skill.name in GENERIC:
            return self.alias.lower() not in SPECIFIC
        return self.alias.lower() in GENERIC_SPELLINGS


class _Skills(Mapping[str, Skill]):
    """Skills by name, each built from its JSON row on first use: a scan touches a few
    dozen of the ~8,600, and building them all is most of what loading used to cost."""

    def __init__(self, rows: dict[str, dict[str, Any]]) -> None:
        self._rows = rows
        self._built: dict[str, Skill] = {}

    def __getitem__(self, name: str) -> Skill:
        skill = self._built.get(name)
        if skill is None:
            skill = self._built[name] = _skill(self._rows[name])
        return skill

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _skill(raw: dict[str, Any]) -> Skill:
    return Skill(
        name=raw["name"],
        category=raw["category"],
        aliases=tuple(raw.get("aliases", ())),
        related=tuple(raw.get("related", ())),
        adjacent=tuple(raw.get("adjacent", ())),
        sources=tuple(raw.get("sources", ())),
        hot=bool(raw.get("hot")),
        in_demand=bool(raw.get("in_demand")),
    )


def _guard(raw: dict[str, Any]) -> Guard:
    return Guard(
        case=bool(raw.get("case")),
        context=bool(raw.get("context")),
        lower_context=bool(raw.get("lower_context")),
        not_after=frozenset(w.lower() for w in raw.get("not_after", ())),
        not_before=frozenset(w.lower() for w in raw.get("not_before", ())),
        near=frozenset(w.lower() for w in raw.get("near", ())),
        not_near=frozenset(w.lower() for w in raw.get("not_near", ())),
        listed=bool(raw.get("listed")),
        cues=frozenset(w.lower() for w in raw.get("cues", ())),
        window=int(raw.get("window", NEAR_WINDOW)),
    )


NEAR_WINDOW = 3  # words either side that a `near` / `not_near` guard reads, unless it says


def _near_ok(guard: Guard, tokens: list[Token], first: int, last: int) -> bool:
    if not (guard.near or guard.not_near):
        return True
    lo, hi = max(0, first - guard.window), min(len(tokens), last + guard.window + 1)
    around = {t.text.lower() for t in tokens[lo:first] + tokens[last + 1 : hi]}
    if guard.not_near and around & guard.not_near:
        return False
    return not guard.near or bool(around & guard.near)


# One alias row: (skill name, the spelling, its guard's JSON or None).
AliasRow = tuple[str, str, "dict[str, Any] | None"]


class Taxonomy:
    """Every skill and every spelling. Rows are plain JSON until used: `skills[name]` and
    `alias(i)` build (and keep) the objects a scan needs."""

    def __init__(self, rows: dict[str, dict[str, Any]], fingerprint: str = "") -> None:
        self._rows = rows
        self.skills: Mapping[str, Skill] = _Skills(rows)
        self.fingerprint = fingerprint  # of taxonomy.json and the folding code: keys the cache
        self.alias_rows: list[AliasRow] = []
        for raw in rows.values():
            name = raw["name"]
            if raw.get("match_name", True):
                self.alias_rows.append((name, name, None))
            self.alias_rows.extend((name, text, None) for text in raw.get("aliases", ()))
            self.alias_rows.extend((name, g["text"], g) for g in raw.get("guarded", ()))
        self._aliases: list[_Alias | None] = [None] * len(self.alias_rows)
        self._lower: dict[str, str] | None = None
        self._parents: dict[str, list[str]] | None = None

    def get(self, name: str) -> Skill | None:
        if name in self.skills:
            return self.skills[name]
        if self._lower is None:
            self._lower = {n.lower(): n for n in self.skills}
        exact = self._lower.get(name.lower())
        return self.skills[exact] if exact is not None else None

    def alias(self, index: int) -> _Alias:
        """The alias of row `index`, built on first use."""
        alias = self._aliases[index]
        if alias is None:
            name, text, guard = self.alias_rows[index]
            alias = _Alias(self.skills[name], text, _guard(guard) if guard else None)
            self._aliases[index] = alias
        return alias

    @property
    def aliases(self) -> list[_Alias]:
        """Every alias (builds them all: for tools and tests, not for a scan)."""
        return [self.alias(i) for i in range(len(self.alias_rows))]

    def is_broad(self, name: str) -> bool:
        """`skills[name].is_broad` without building the skill."""
        return tuple(self._rows[name].get("sources", ())) == ("esco",)

    def parents_of(self, name: str) -> list[Skill]:
        """The skills listing `name` among their related skills (its families)."""
        if self._parents is None:
            parents: dict[str, list[str]] = {}
            for raw in self._rows.values():
                for related in raw.get("related", ()):
                    parents.setdefault(related, []).append(raw["name"])
            self._parents = parents
        return [self.skills[p] for p in self._parents.get(name, ())]


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    from pivotprep.resume.matching.matcher_cache import fingerprint

    raw_bytes = content_path("skills", "taxonomy.json").read_bytes()
    data = json.loads(raw_bytes.decode("utf-8"))
    rows: dict[str, dict[str, Any]] = {}
    for raw in data["skills"]:
        if raw["category"] not in CATEGORIES:
            raise ValueError(f"skill {raw['name']!r} has unknown category {raw['category']!r}")
        rows[raw["name"]] = raw
    return Taxonomy(rows, fingerprint(raw_bytes))


def _generic(alias: _Alias) -> bool:
    """The spelling of a generic term (SkillMention.is_generic, for an alias)."""
    if alias.skill.name in GENERIC:
        return alias.text.lower() not in SPECIFIC
    return alias.text.lower() in GENERIC_SPELLINGS


def _glued_to_ampersand(tokens: list[Token], first: int, last: int) -> bool:
    """ "R&D", "C&C", "AT&T": a short name written against an ampersand that joins it to
    another short part is a letter of a larger abbreviation, not the skill ("&" is a
    token of its own, see normalize). "Python&SQL" joins two names and is kept."""
    if first != last or len(tokens[first].text) > 2:
        return False

    def short_across(amp: int, other: int) -> bool:
        if not 0 <= amp < len(tokens) or tokens[amp].text != "&":
            return False
        glued = tokens[amp].end == tokens[first].start or tokens[amp].start == tokens[last].end
        return glued and 0 <= other < len(tokens) and len(tokens[other].text) <= 2

    return short_across(first - 1, first - 2) or short_across(last + 1, last + 2)


def _lower_plural(written: str, acronym: str) -> bool:
    """ "etls", "apis", "llms": an acronym of three letters or more with a plural s, written
    in lower case, unless the letters spell an English word ("does", "icons", "basics")."""
    return (
        len(acronym) >= 3 and written == acronym.lower() + "s" and written not in LOWER_PLURAL_WORDS
    )


def _apostrophe_plural(written: str) -> str:
    """ "VPC's" as "VPCs": postings write an acronym's plural with an apostrophe too."""
    if written[-2:] in ("'s", "\u2019s"):
        return written[:-2] + "s"
    return written


def _capital_plural(written: str) -> bool:
    """ "ELBs", "ETLs": an acronym in capitals with a lower-case plural s."""
    return len(written) > 2 and written.endswith("s") and written[:-1].isupper()


def _folded_gerund(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """An ambiguous name that is an -ing word ("networking", "embeddings") reached through
    the verb-form folding from another form ("a North American network", "embedded
    hardware"): the folding is for the skill's own verb forms, not for its noun."""
    if first != last or " " in text or not text.lower().endswith(("ing", "ings")):
        return False
    return not tokens[first].text.lower().endswith(("ing", "ings"))


def _guard_ok(alias: _Alias, tokens: list[Token], first: int, last: int) -> bool:
    if "&" not in alias.text and _glued_to_ampersand(tokens, first, last):
        return False
    if alias.acronym and first == last:
        # "VPC's", "API's": a plural written with an apostrophe is the plural
        written = _apostrophe_plural(tokens[first].text)
        if written == "++":  # "C#/++": C++ written short (normalize._TOKEN)
            written = "C++"
        # "Doe" is no DOE; "ELBs", the capitals with a plural s, are ELBs
        if written[:1].isupper() and not written.isupper() and not _capital_plural(written):
            return False
        # "races" folds to the key of RAC, "comes" to COM's: an acronym matches only as
        # written, or with a plural s (APIs).
        if written.lower().rstrip("s") != alias.text.lower().rstrip("s"):
            return False
        # Written in lower case, only the exact letters, or their plural where that is no
        # English word: "sql" is SQL and "etls" ETLs, but "does" is no DOE, "rests" no REST.
        lower_other = written.islower() and written != alias.text.lower()
        if lower_other and not _lower_plural(written, alias.text):
            return False
    guard = alias.guard
    if guard is None:
        return True
    if _folded_gerund(alias.text, tokens, first, last):
        return False
    if guard.case and " ".join(t.text for t in tokens[first : last + 1]) != alias.text:
        return False
    if guard.not_after and first > 0:
        before = tokens[first - 1].text.lower()
        if before in guard.not_after:
            return False
        # "#date": not right after a year or a month ("Jan 2019 - Present").
        if "#date" in guard.not_after and (before.isdigit() or before[:3] in _MONTHS):
            return False
    if guard.not_before and last + 1 < len(tokens):
        following = tokens[last + 1]
        # "Go-to", "C-level": the hyphen joins them; "R&D": the ampersand does.
        if following.text.lower() in guard.not_before:
            return False
    return _near_ok(guard, tokens, first, last)


def _needs_context(alias: _Alias, written: str) -> bool:
    """Whether a hit counts only beside other technology or a context word."""
    guard = alias.guard
    if guard is None:
        return False
    return guard.context or guard.listed or (guard.lower_context and written.islower())


def _elidable(alias: _Alias) -> bool:
    """Whether a shared head word may complete this alias ("load and performance testing"):
    unguarded ones, and those guarded only by the words around them, which the elided
    phrase is checked against like any other; a guard on capitals or on nearby technology
    needs the name written out."""
    guard = alias.guard
    return guard is None or not (guard.case or guard.context or guard.lower_context or guard.listed)


Edges = dict[int, frozenset[str]]
_LISTED_CONTEXT = CONTEXT_WORDS | USE_WORDS


def _skill_edges(raw: list[tuple[_Alias, PhraseHit[int]]]) -> tuple[Edges, Edges]:
    """Where each hard skill found starts and where it ends (token index -> skill names):
    what a guarded name may stand beside in a list."""
    starts: dict[int, set[str]] = {}
    ends: dict[int, set[str]] = {}
    for alias, hit in raw:
        if alias.skill.is_hard and not alias.skill.is_broad and not _generic(alias):
            starts.setdefault(hit.first, set()).add(alias.skill.name)
            ends.setdefault(hit.last, set()).add(alias.skill.name)
    return (
        {k: frozenset(v) for k, v in starts.items()},
        {k: frozenset(v) for k, v in ends.items()},
    )


@dataclass(frozen=True)
class _Place:
    """What stands around the hits of one text: the tokens, the unguarded hard skills
    (`anchors`, token indices, sorted) and where every hard skill starts and ends."""

    text: str
    tokens: list[Token]
    anchors: list[int]
    edges: tuple[Edges, Edges]

    def holds(self, alias: _Alias, first: int, last: int) -> bool:
        """Whether the context a guarded name needs is there: another skill beside it in a
        list; for a `listed` name else a context word or cue beside it or a cue within
        NEAR_WINDOW words; for the others else a skill or a context word within
        CONTEXT_WINDOW words."""
        tokens, name = self.tokens, alias.skill.name
        sides = neighbours(self.text, tokens, first, last)
        starts, ends = self.edges
        if ends.get(sides[0], frozenset()) - {name} or starts.get(sides[1], frozenset()) - {name}:
            return True
        guard = alias.guard
        if guard is not None and guard.listed:
            if word_beside(tokens, sides, _LISTED_CONTEXT | guard.cues):
                return True
            lo, hi = max(0, first - NEAR_WINDOW), last + NEAR_WINDOW + 1
            return any(t.text.lower() in guard.cues for t in tokens[lo:hi])
        if _after_years(tokens, first):
            return True
        at = bisect_left(self.anchors, first - CONTEXT_WINDOW)
        if at < len(self.anchors) and self.anchors[at] <= first + CONTEXT_WINDOW:
            return True
        lo, hi = max(0, first - CONTEXT_WINDOW), last + CONTEXT_WINDOW + 1
        return bool({t.text.lower() for t in tokens[lo:hi]} & CONTEXT_WORDS)


_YEARS = frozenset({"year", "years", "yrs", "year's", "years'"})


def _after_years(tokens: list[Token], first: int) -> bool:
    """Whether the name follows "years of" / "years' experience in" ("two or more years of
    Go"): a span of experience is asked of a skill, whether the number is written in words
    or in digits."""
    words = [t.text.lower() for t in tokens[max(0, first - 3) : first]]
    if len(words) >= 2 and words[-1] in {"of", "in", "with"} and words[-2] in _YEARS:
        return True
    return len(words) == 3 and words[0] in _YEARS and words[1] == "experience"


class SkillMatcher:
    """Every alias of every skill in one index, built once. `find` is one pass over a text."""

    def __init__(self, taxonomy: Taxonomy, *, broad: bool = True) -> None:
        self.taxonomy = taxonomy
        from pivotprep.resume.matching.matcher_cache import phrase_keys

        self.index: PhraseIndex[int] = PhraseIndex()  # values: alias row numbers
        rows = taxonomy.alias_rows
        keys = phrase_keys([text for _, text, _ in rows], taxonomy.fingerprint)
        for i, key in enumerate(keys):
            if not broad and taxonomy.is_broad(rows[i][0]):
                continue
            self.index.add(key, i)

    def _hits(self, text: str, tokens: list[Token]) -> list[PhraseHit[int]]:
        """Every accepted alias hit: the longest at each word, the skills nested inside
        them, and the phrases coordination writes with a shared word; left to right."""
        alias_of = self.taxonomy.alias

        def accept(a: int, toks: list[Token], i: int, j: int) -> bool:
            return _guard_ok(alias_of(a), toks, i, j) and not a_person(text, toks, i, j)

        def usable(a: int) -> bool:
            return _elidable(alias_of(a))

        hits = list(self.index.scan(tokens, accept=accept))
        hits += self._nested_hits(tokens, hits)
        elided = [*elided_hits(text, tokens, self.index, usable)]
        elided += front_shared_hits(text, tokens, self.index, usable)
        hits += [h for h in elided if _guard_ok(alias_of(h.value), tokens, h.first, h.last)]
        # Left to right, the longer of two hits at one word first: "front-end and back-end
        # development" names front-end development, not only "front-end".
        hits.sort(key=lambda h: (h.first, -h.last))
        return hits

    def find(self, text: str, tokens: list[Token] | None = None) -> list[SkillMention]:
        tokens = tokenize(text) if tokens is None else tokens
        alias_of = self.taxonomy.alias
        raw = [(alias_of(hit.value), hit) for hit in self._hits(text, tokens)]
        contextual = {id(hit) for a, hit in raw if _needs_context(a, text[hit.start : hit.end])}
        # Context guards look at what else was found nearby (a list "Python, Go, SQL"); a
        # generic term ("report", "monitoring") says nothing about the words around it.
        anchors = [
            h.first
            for a, h in raw
            if id(h) not in contextual
            and a.skill.is_hard
            and not a.skill.is_broad
            and not _generic(a)
        ]
        anchors.sort()  # a lookup by bisection: a list of thousands of names has as many
        place = _Place(text, tokens, anchors, _skill_edges(raw))
        mentions: list[SkillMention] = []
        seen: set[tuple[str, int]] = set()
        for alias, hit in raw:
            if id(hit) in contextual and not place.holds(alias, hit.first, hit.last):
                continue
            key = (alias.skill.name, hit.start)
            if key in seen:
                continue
            seen.add(key)
            mentions.append(
                SkillMention(
                    skill=alias.skill,
                    start=hit.start,
                    end=hit.end,
                    text=text[hit.start : hit.end],
                    alias=alias.text,
                    guarded=alias.guard is not None,
                )
            )
            before = self._platform_before(tokens, alias, hit.first, hit.last)
            if before is not None and (before[0].skill.name, hit.start) not in seen:
                platform, length = before
                seen.add((platform.skill.name, hit.start))
                end = tokens[hit.first + length - 1].end
                mentions.append(
                    SkillMention(
                        platform.skill, hit.start, end, text[hit.start : end], platform.text
                    )
                )
        return mentions

    def _nested_hits(self, tokens: list[Token], hits: list[PhraseHit[int]]) -> list[PhraseHit[int]]:
        """The skills written inside a longer spelling of another ("deploying ML models" is
        model deployment and names machine learning; "fine-tuning LLMs" names large language
        models): a posting that writes them asks for both. Only the skills that
        vocabulary.NESTED lists for the outer one are read inside it, each with its guards."""
        out: list[PhraseHit[int]] = []
        alias_of = self.taxonomy.alias
        for hit in hits:
            inner = NESTED.get(alias_of(hit.value).skill.name) if hit.last > hit.first else None
            if not inner:
                continue
            part = tokens[hit.first : hit.last + 1]

            def accept(
                a: int, toks: list[Token], i: int, j: int, inner: frozenset[str] = inner
            ) -> bool:
                return alias_of(a).skill.name in inner and _guard_ok(alias_of(a), toks, i, j)

            for found in self.index.scan(part, accept=accept):
                first, last = hit.first + found.first, hit.first + found.last
                out.append(PhraseHit(found.value, first, last, found.start, found.end))
        return out

    def _platform_before(
        self, tokens: list[Token], service: _Alias, first: int, last: int
    ) -> tuple[_Alias, int] | None:
        """The cloud platform whose name opens a service's name ("AWS CloudFront", "Azure
        Data Factory"): written that way, the text names the platform too, and a posting
        that asks for the service asks for experience of the platform. With the number of
        tokens the platform's name takes."""
        if last == first or service.skill.category != "cloud":
            return None  # "snowflake schemas" is a kind of schema, no Snowflake service
        keys = [t.key for t in tokens[first:last]]
        for length, values in reversed(self.index.prefixes(keys)):
            for value in values:
                platform = self.taxonomy.alias(value)
                if (
                    platform.skill.category == "cloud"
                    and platform.skill.name != service.skill.name
                    and not self.taxonomy.is_broad(platform.skill.name)
                    and _guard_ok(platform, tokens, first, first + length - 1)
                ):
                    return platform, length
        return None


@lru_cache(maxsize=2)
def get_matcher(broad: bool = True) -> SkillMatcher:
    """The process-wide matcher (built on first use, about a second; then cached)."""
    return SkillMatcher(load_taxonomy(), broad=broad)
