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
from dataclasses import dataclass, field
from functools import lru_cache

from pivotprep.content import content_path
from pivotprep.resume.matching.normalize import PhraseIndex, Token, surface, tokenize

CATEGORIES = ("language", "framework", "tool", "cloud", "concept", "soft skill")
HARD = frozenset({"language", "framework", "tool", "cloud", "concept"})
# Words that make an ambiguous name (Go, R, Swift ...) mean the technology.
CONTEXT_WORDS = frozenset(
    {
        "programming",
        "program",
        "language",
        "languages",
        "code",
        "coding",
        "developer",
        "development",
        "engineer",
        "engineering",
        "scripting",
        "script",
        "framework",
        "stack",
        "library",
        "libraries",
        "software",
        "tool",
        "tools",
        "experience",
        "proficient",
        "proficiency",
        "knowledge",
        "skills",
        "skill",
        "technologies",
        "written",
        "backend",
        "services",
        "apps",
        "app",
        "ios",
        "data",
        "big",
        "cluster",
        "jobs",
        "sql",
    }
)
# Spellings too generic to screen a resume for: a posting that says "documentation",
# "monitoring" or "data analysis" describes the work, so these count as other keywords, not
# hard skills (chosen on the tune half of bench/data/ats; the labelling guide's rule). A
# specific alias of the same skill stays hard: "information security", not "security".
GENERIC = frozenset(
    {
        "automation",
        "artificial intelligence",
        "business intelligence",
        "cloud computing",
        "data analysis",
        "data cleaning",
        "data collection",
        "data pipelines",
        "data privacy",
        "documentation",
        "experiment design",
        "forecasting",
        # Domains a posting works in: matched by their forms (financial, FP&A), never screened.
        "finance",
        "healthcare",
        "marketing",
        "supply chain",
        # Chat and meeting apps describe how a remote team works; nobody screens for them.
        "Google",
        "Google Meet",
        "Slack",
        "Zoom",
        "front-end development",
        "incident management",
        "large language models",
        "metrics",
        "monitoring",
        "open source",
        "optimization",
        "pair programming",
        "product management",
        "reporting",
        "research",
        "security",
        "security clearance",
        "segmentation",
        "software engineering",
        "troubleshooting",
        "version control",
    }
)
# Specific spellings of generic skills: these name a screened skill.
SPECIFIC = frozenset(
    {
        "information security",
        "cybersecurity",
        "cyber security",
        "application security",
        "secure coding",
        "backend development",
        "back-end development",
        "dimensional modeling",
        "dimensional modelling",
        "star schema",
        "snowflake schema",
        "kimball",
        "etl pipelines",
    }
)
# Bare spellings of specific skills that say nothing checkable ("statistical software").
GENERIC_SPELLINGS = frozenset({"statistical"})
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
    not_after: frozenset[str] = frozenset()  # rejected when the previous word is one of these
    not_before: frozenset[str] = frozenset()  # rejected when the next word is one of these


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

    @property
    def surface(self) -> str:
        return surface(self.text)

    @property
    def is_generic(self) -> bool:
        """Written in a spelling too generic to screen for ("documentation"): an other
        keyword, not a hard skill."""
        if self.skill.name in GENERIC:
            return self.alias.lower() not in SPECIFIC
        return self.alias.lower() in GENERIC_SPELLINGS


@dataclass
class Taxonomy:
    skills: dict[str, Skill]
    aliases: list[_Alias]
    fingerprint: str = ""  # of taxonomy.json and the folding code: keys the disk cache

    def get(self, name: str) -> Skill | None:
        return self.skills.get(name) or self._by_lower().get(name.lower())

    @lru_cache(maxsize=1)  # noqa: B019 - one taxonomy per process
    def _by_lower(self) -> dict[str, Skill]:
        return {name.lower(): skill for name, skill in self.skills.items()}

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    from pivotprep.resume.matching.matcher_cache import fingerprint

    raw_bytes = content_path("skills", "taxonomy.json").read_bytes()
    data = json.loads(raw_bytes.decode("utf-8"))
    skills: dict[str, Skill] = {}
    aliases: list[_Alias] = []
    for raw in data["skills"]:
        skill = Skill(
            name=raw["name"],
            category=raw["category"],
            aliases=tuple(raw.get("aliases", ())),
            related=tuple(raw.get("related", ())),
            adjacent=tuple(raw.get("adjacent", ())),
            sources=tuple(raw.get("sources", ())),
            hot=bool(raw.get("hot")),
            in_demand=bool(raw.get("in_demand")),
        )
        if skill.category not in CATEGORIES:
            raise ValueError(f"skill {skill.name!r} has unknown category {skill.category!r}")
        skills[skill.name] = skill
        if raw.get("match_name", True):
            aliases.append(_Alias(skill, skill.name))
        aliases.extend(_Alias(skill, text) for text in skill.aliases)
        for g in raw.get("guarded", ()):
            guard = Guard(
                case=bool(g.get("case")),
                context=bool(g.get("context")),
                not_after=frozenset(w.lower() for w in g.get("not_after", ())),
                not_before=frozenset(w.lower() for w in g.get("not_before", ())),
            )
            aliases.append(_Alias(skill, g["text"], guard))
    return Taxonomy(skills, aliases, fingerprint(raw_bytes))


def _guard_ok(alias: _Alias, tokens: list[Token], first: int, last: int) -> bool:
    if alias.acronym and first == last:
        written = tokens[first].text
        if written[:1].isupper() and not written.isupper():
            return False
        # "races" folds to the key of RAC, "comes" to COM's: an acronym matches only as
        # written, or with a plural s (APIs).
        if written.lower().rstrip("s") != alias.text.lower().rstrip("s"):
            return False
    guard = alias.guard
    if guard is None:
        return True
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
    return True


class SkillMatcher:
    """Every alias of every skill in one index, built once. `find` is one pass over a text."""

    def __init__(self, taxonomy: Taxonomy, *, broad: bool = True) -> None:
        self.taxonomy = taxonomy
        from pivotprep.resume.matching.matcher_cache import phrase_keys

        self.index: PhraseIndex[_Alias] = PhraseIndex()
        keys = phrase_keys([a.text for a in taxonomy.aliases], taxonomy.fingerprint)
        for alias, key in zip(taxonomy.aliases, keys, strict=True):
            if not broad and alias.skill.is_broad:
                continue
            self.index.add(key, alias)

    def find(self, text: str, tokens: list[Token] | None = None) -> list[SkillMention]:
        tokens = tokenize(text) if tokens is None else tokens
        raw = list(self.index.scan(tokens, accept=lambda a, toks, i, j: _guard_ok(a, toks, i, j)))
        # Context guards look at what else was found nearby (a list "Python, Go, SQL").
        anchors = [
            h.first
            for h in raw
            if (h.value.guard is None or not h.value.guard.context)
            and h.value.skill.is_hard
            and not h.value.skill.is_broad
        ]
        mentions: list[SkillMention] = []
        seen: set[tuple[str, int]] = set()
        for hit in raw:
            alias = hit.value
            if alias.guard is not None and alias.guard.context:
                near = any(abs(a - hit.first) <= CONTEXT_WINDOW for a in anchors)
                if not near:
                    lo, hi = max(0, hit.first - CONTEXT_WINDOW), hit.last + CONTEXT_WINDOW + 1
                    words = {t.text.lower() for t in tokens[lo:hi]}
                    if not words & CONTEXT_WORDS:
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
        return mentions


@lru_cache(maxsize=2)
def get_matcher(broad: bool = True) -> SkillMatcher:
    """The process-wide matcher (built on first use, about a second; then cached)."""
    return SkillMatcher(load_taxonomy(), broad=broad)
