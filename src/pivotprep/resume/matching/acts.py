"""Concept skills a resume shows in its own words: an act on an object, in one clause.

"Deduplicated 40,000 donor records" is data cleaning, "Ported the legacy Oracle tables to
PostgreSQL" data migration and "Tuned slow Postgres queries" query optimization, though no
spelling of the skill is written: a recruiter reads the act and what it acts on as the
method. The taxonomy's aliases are contiguous phrases and cannot span the words between.

Each `Reading` names a concept skill, the acts that perform it (matched by their folded
key, so "analysed", "analyses" and "analysing" are one act) and the words that must be
what it acts on (matched as written, so "tables" is an object and "table" is not). The
object is looked for among the `WINDOW` words after the act, in the same clause: the
search stops at a clause mark, at a conjunction that starts another act ("Cleaned the
lab and analysed ..."), at a place the act goes to or comes from ("Moved to London to
join a data startup"), and never reads a word that is another thing ("data centre").
A `context` word must also be in reach when the object alone is ambiguous ("versions" of a
landing page, not of a recipe); a `then` act must follow the object in the sentence
(extract ... and load is ETL, an extract alone is not).

The act must be the candidate's: at the start of a clause, after "I", "and", "to" or an
adverb ("Personally tuned"), never after another subject ("Our analysts cleaned", "who
migrated"), a modal or a negation ("will clean", "did not optimise") or a plan ("hoping
to analyse"). Denied and limited spans are left to the caller (report/evidence.py), like
every other mention. One pass over the tokens, each act reading a bounded window: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from pivotprep.resume.matching.normalize import Token, token_key
from pivotprep.resume.matching.taxonomy import SkillMention, load_taxonomy

__all__ = ["READINGS", "Reading", "act_mentions", "not_done"]

WINDOW = 10  # words after the act (and any act joined to it) that may hold its object
JOINED = 4  # acts joined to one ("Cleaned, tidied and analysed") that its object may follow
THEN_WINDOW = 12  # words after the object that a `then` act may take to follow


@dataclass(frozen=True)
class Reading:
    """One way a resume shows `skill`: one of `acts` on one of `objects`."""

    skill: str
    acts: tuple[str, ...]
    objects: tuple[str, ...]
    context: tuple[str, ...] = ()  # one must also be in the window (ambiguous objects)
    then: tuple[str, ...] = ()  # one of these acts must follow the object in the sentence


_DATA = ("data", "dataset", "datasets", "database", "databases", "records", "spreadsheets")
_FIGURES = ("figures", "numbers", "sales", "metrics", "trends", "results", "statistics", "kpis")
_CODE = ("code", "codebase", "script", "scripts", "module", "modules", "functions", "classes")
_SOFTWARE = ("api", "apis", "endpoint", "endpoints", "app", "apps", "application", "website")
_TESTED = (*_CODE, *_SOFTWARE, "service", "component", "components", "coverage", "unit")
_ONLINE = ("page", "pages", "landing", "homepage", "checkout", "onboarding", "email", "emails")
_CUSTOMERS = ("customers", "users", "subscribers", "donors", "members", "shoppers", "clients")

READINGS: tuple[Reading, ...] = (
    Reading(
        "data cleaning",
        ("clean", "cleanse", "deduplicate", "dedupe", "tidy", "standardise", "scrub", "fix"),
        (*_DATA, "exports", "entries", "duplicates", "values", "postcodes", "responses"),
    ),
    Reading(
        "data analysis",
        ("analyse", "analyze", "crunch"),
        (*_DATA, *_FIGURES, "responses", "footfall", "logs"),
    ),
    # Reshaping raw data into a usable form ("Cleaned and reshaped three years of smart-card
    # data"): wrangling, which the labelling guide keeps apart from cleaning.
    Reading(
        "data wrangling",
        ("wrangle", "munge", "reshape"),
        (*_DATA, "feeds", "files", "csv", "extracts", "exports", "tables"),
    ),
    Reading("data migration", ("migrate", "move", "transfer", "port"), (*_DATA, "tables")),
    Reading(
        "query optimization",
        ("tune", "optimise", "speed", "sped", "rewrite", "index"),
        ("queries", "query", "sql", "joins", "subqueries"),
    ),
    Reading(
        "performance tuning",
        ("tune", "optimise", "speed", "sped", "profile", "cut", "reduce", "halve", "lower"),
        (*_SOFTWARE, "latency", "throughput", "memory", "cpu"),
    ),
    Reading("funnel analysis", ("analyse", "analyze", "map", "measure", "track"), ("funnel",)),
    Reading("cohort analysis", ("analyse", "analyze", "compare", "track"), ("cohort", "cohorts")),
    Reading("segmentation", ("segment", "group", "split", "divide"), (*_CUSTOMERS, "mailing")),
    Reading(
        "A/B testing",
        ("test", "compare"),
        ("versions", "variants", "variations"),
        context=(*_ONLINE, "subject", "button", "banner", "ads", "app", "website", "flow"),
    ),
    Reading("A/B testing", ("experiment",), (*_ONLINE, "pricing", "button", "banner", "ads")),
    Reading(
        "forecasting",
        ("predict",),
        ("demand", "sales", "volumes", "revenue", "footfall", "admissions", "attendance"),
    ),
    Reading("code review", ("review",), ("code", "commits", "commit", "diffs", "patches", "prs")),
    Reading("code review", ("review",), ("merge", "pull"), context=("requests", "request")),
    Reading(
        "documentation",
        ("document",),
        (*_SOFTWARE, "pipeline", "pipelines", "code", "codebase", "schema", "architecture"),
    ),
    Reading("documentation", ("write",), ("docs", "readme", "readmes", "wiki")),
    Reading("automated testing", ("automate",), ("tests", "test", "testing")),
    Reading("automated testing", ("add", "write"), ("tests",), context=_TESTED),
    Reading(
        "monitoring",
        ("monitor",),
        ("uptime", "errors", "error", "latency", "servers", "server", "logs", "loads", "api"),
    ),
    Reading(
        "incident management",
        ("resolve", "triage", "handle", "investigate", "respond"),
        ("outages", "outage", "downtime"),
    ),
    Reading(
        "data visualization",
        ("plot", "chart", "visualise", "visualize", "graph"),
        ("data", "results", "trends", "figures", "metrics", "distributions", "numbers"),
    ),
    Reading(
        "requirements gathering",
        ("capture", "collect", "gather", "elicit", "define", "write", "scope"),
        ("requirements", "specifications", "specs"),
    ),
    Reading("ETL", ("transform",), ("data", "feeds", "files", "csv", "extracts", "exports")),
    Reading(
        "data transformation",
        ("transform", "reshape", "convert"),
        ("data", "feeds", "files", "csv", "extracts", "exports", "tables", "dumps"),
    ),
    Reading("ETL", ("extract",), ("data", "records", "files", "tables"), then=("load",)),
    Reading("data modeling", ("design",), ("schema", "schemas", "database", "databases")),
    Reading(
        "data modeling",
        ("model",),
        ("data",),
        context=("tables", "schema", "keys", "entities", "relationships", "normalised"),
    ),
    Reading("data quality", ("validate", "verify", "audit"), ("data", "records", "feeds")),
    Reading(
        "web scraping", ("scrape", "crawl"), ("websites", "website", "sites", "pages", "listings")
    ),
    Reading(
        "refactoring",
        ("refactor", "restructure", "untangle", "simplify", "modularise", "clean"),
        _CODE,
    ),
    Reading("backup and recovery", ("restore", "recover"), ("database", "databases", "backups")),
    # "Designed the database schema and migrations", "Administered our MySQL databases":
    # looking after a database is managing it (using one to query it is not)
    Reading(
        "database management",
        ("administer", "manage", "maintain", "design", "run", "upgrade", "secure"),
        ("database", "databases", "schema", "schemas", "db", "dbs"),
    ),
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that end the search for an object: another act or clause begins, or a place the
# act goes to or comes from ("Moved to London to join a data startup", "Transferred to the
# data team": the object, when there is one, comes first).
_STOPS = _words(
    "and or but then while before after so because until which who whom whose when "
    "to into from onto"
)
# Punctuation between two words that ends a clause (a comma only with a space after it:
# "40,000" is one number).
_CLAUSE_MARK = re.compile(r"[.;:!?()\[\]]|,\s")
# Right after an object, a word that makes it another thing ("data centre", "API costs").
_NOT_AFTER_OBJECT = _words(
    "centre center centres centers room rooms costs cost spend bill bills budget fees"
)
# Right before an object, a word that makes it another thing ("dress code", "post code").
_NOT_BEFORE_OBJECT = _words("dress post zip postal bar qr discount promo voucher tax")
# Before the act, words that keep it the candidate's own.
# ("Ran experiments on the onboarding emails": the act is a noun after a light verb.)
_OWNERS = _words(
    "i we also helped help then for personally successfully ran run performed conducted"
)
_JOINERS = frozenset(["and", "or", "&", "then"])
_SUBJECTS = _words("our the their they he she his her my this its")
# Before "to": a plan or a lesson, not an act done ("hoping to analyse").
_PLANS = _words(
    "hope hoping hoped plan planning planned want wanting wants like keen eager aim aiming "
    "intend intending going learn learning learned learnt expect expecting need how wish "
    "ready looking"
)
# Right before an act, words that say it was not done, or not by the candidate.
_NOT_DONE = _words(
    "will would shall should could might may must not never cannot can't won't didn't "
    "don't who team teams colleagues analysts engineers developers staff they "
    "he she someone others"
)


@lru_cache(maxsize=1)
def _by_act() -> dict[str, tuple[Reading, ...]]:
    """Each act's folded key, with the readings it opens."""
    found: dict[str, list[Reading]] = {}
    for reading in READINGS:
        for act in reading.acts:
            found.setdefault(token_key(act), []).append(reading)
    return {key: tuple(readings) for key, readings in found.items()}


@lru_cache(maxsize=1)
def _skills_read() -> frozenset[str]:
    return frozenset(reading.skill for reading in READINGS)


def _gap(text: str, tokens: list[Token], i: int) -> str:
    """The text between token i-1 and token i."""
    return text[tokens[i - 1].end : tokens[i].start] if i > 0 else ""


def _clause_start(text: str, tokens: list[Token], i: int) -> bool:
    return i == 0 or bool(tokens[i].brk and _CLAUSE_MARK.search(_gap(text, tokens, i)))


def _owned(text: str, tokens: list[Token], i: int, acts: dict[str, tuple[Reading, ...]]) -> bool:
    """Whether the act at token i is the candidate's (see the module docstring)."""
    for _ in range(JOINED):  # "Cleaned, deduplicated and analysed": back to the first act
        if _clause_start(text, tokens, i):
            return True
        before = tokens[i - 1].text.lower()
        if before in _JOINERS:
            j = i - 1
            while (
                j > max(0, i - 3) and tokens[j - 1].text.lower() in _JOINERS and not tokens[j].brk
            ):
                j -= 1
            if j > 0 and tokens[j - 1].key in acts:
                i = j - 1  # an act joined to an earlier one is owned like it
                continue
            return _clause_opener(text, tokens, j) not in _SUBJECTS
        if before == "to":
            return i < 2 or tokens[i - 2].text.lower() not in _PLANS
        return before in _OWNERS or _adverb(before)
    return False


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word not in ("only", "early", "family", "supply", "daily")


def _clause_opener(text: str, tokens: list[Token], i: int) -> str:
    """The first word of the clause that token i is in (at most WINDOW words back)."""
    for j in range(i, max(-1, i - WINDOW), -1):
        if _clause_start(text, tokens, j):
            return tokens[j].text.lower()
    return ""


def _after_joined(tokens: list[Token], i: int, acts: dict[str, tuple[Reading, ...]]) -> int:
    """Where the words an act works on begin: after any act joined to it ("Cleaned and
    deduplicated the sign-up data", "Cleaned, tidied and analysed ...")."""
    j = i + 1
    for _ in range(JOINED):
        if j + 1 < len(tokens) and tokens[j].text.lower() in _JOINERS and tokens[j + 1].key in acts:
            j += 2
        elif j < len(tokens) and tokens[j].key in acts and tokens[j].brk:
            j += 1  # "Cleaned, deduplicated the ...": a list of acts
        else:
            break
    return j


def _word(token: Token) -> str:
    """A token in lower case, without a possessive ("the API's latency": api)."""
    word = token.text.lower()
    return word[:-2] if word.endswith(("'s", "\u2019s")) else word


def _is_object(reading: Reading, tokens: list[Token], k: int) -> bool:
    word = _word(tokens[k])
    if word not in reading.objects:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() in _NOT_AFTER_OBJECT:
        return False
    if word == "code" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "of":
        return False  # "code of conduct"
    return not (k > 0 and tokens[k - 1].text.lower() in _NOT_BEFORE_OBJECT)


def _clause_end(text: str, tokens: list[Token], start: int, limit: int) -> int:
    """The index after the last word, from `start`, that is still in the act's clause."""
    end = min(len(tokens), start + limit)
    for k in range(start, end):
        if k > start and _clause_start(text, tokens, k):
            return k
        word = tokens[k].text.lower()
        if word in _STOPS and not (word == "and" and _noun_after(tokens, k)):
            return k
    return end


def _noun_after(tokens: list[Token], k: int) -> bool:
    """ "the stock and orders data": the "and" at k joins two nouns, not two acts (a
    resume's acts are written in the past: "the lab and analysed ...")."""
    if k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return following.key not in _by_act() and not following.text.lower().endswith("ed")


def _found(reading: Reading, text: str, tokens: list[Token], start: int) -> int | None:
    """The index of the reading's object in the act's clause from `start`, or None."""
    end = _clause_end(text, tokens, start, WINDOW)
    if reading.context and not {_word(t) for t in tokens[start:end]} & set(reading.context):
        return None
    for k in range(start, end):
        if _is_object(reading, tokens, k):
            return k if not reading.then or _then(reading, text, tokens, k) else None
    return None


def _then(reading: Reading, text: str, tokens: list[Token], k: int) -> bool:
    """Whether a `then` act follows the object at k within the sentence."""
    keys = {token_key(act) for act in reading.then}
    for j in range(k + 1, min(len(tokens), k + 1 + THEN_WINDOW)):
        gap = _gap(text, tokens, j)
        if any(mark in gap for mark in ".;!?"):
            return False
        if tokens[j].key in keys:
            return True
    return False


def act_mentions(text: str, tokens: list[Token], named: set[str]) -> list[SkillMention]:
    """The concept skills `text` shows as an act on an object, each once, left out when
    `named` (the skills the line already names) holds it. Spans run from the act to the
    object, so a denial or a limit that covers either drops the mention."""
    acts = _by_act()
    skills = load_taxonomy().skills
    out: list[SkillMention] = []
    seen = set(named)
    for i, token in enumerate(tokens):
        readings = acts.get(token.key)
        if not readings or all(r.skill in seen for r in readings):
            continue
        if not _owned(text, tokens, i, acts):
            continue
        start = _after_joined(tokens, i, acts)
        for reading in readings:
            if reading.skill in seen or reading.skill not in skills:
                continue
            k = _found(reading, text, tokens, start)
            if k is None:
                continue
            seen.add(reading.skill)
            span = text[token.start : tokens[k].end]
            out.append(
                SkillMention(
                    skill=skills[reading.skill],
                    start=token.start,
                    end=tokens[k].end,
                    text=span,
                    alias=f"{token.text.lower()} ... {tokens[k].text.lower()}",
                    guarded=True,
                )
            )
    return out


def not_done(text: str, tokens: list[Token], mention: SkillMention) -> bool:
    """Whether a mention written as one of its skill's acts ("analyse" for data analysis)
    is an act the line says was not done, or not by the candidate: "Will clean and analyse
    the survey data", "Hoping to analyse sales data", "The IT team monitored our servers".
    A bare act with no such word before it is left as the matcher found it."""
    if mention.skill.name not in _skills_read():
        return False
    acts = _by_act()
    i = bisect_left(tokens, mention.start, key=lambda t: t.start)
    if i >= len(tokens) or tokens[i].start != mention.start or tokens[i].end != mention.end:
        return False
    if not any(r.skill == mention.skill.name for r in acts.get(tokens[i].key, ())):
        return False
    for _ in range(JOINED):
        if _clause_start(text, tokens, i):
            return False
        before = tokens[i - 1].text.lower()
        if before in _JOINERS and i > 1 and tokens[i - 2].key in acts:
            i -= 2  # joined to an earlier act: done or not like it
            continue
        if before == "to":
            return i >= 2 and tokens[i - 2].text.lower() in _PLANS
        return before in _NOT_DONE
    return False
