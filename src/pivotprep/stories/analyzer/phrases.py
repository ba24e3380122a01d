"""Phrases that weaken a told story, found in one sentence: fillers ("basically", "you
know"), hedges ("I think", "kind of") and vague actions ("worked on", "communicated with
stakeholders"), with the stronger pattern to use instead of a vague one. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pivotprep.stories.analyzer import lexicon


def _any(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_SKIP = lexicon.SKIPPED_WORDS
_FILLER = _any(lexicon.FILLER_PATTERNS)
_HEDGE = _any(lexicon.HEDGING_PATTERNS)
_UNDERCUT = _any(lexicon.UNDERCUTTING_PATTERNS)
# A vague phrase followed by what it held ("fixed things like the login timeout", "made a
# few adjustments: two extra pickers on Mondays") names its content.
_CONTENT_NEXT = r"(?!,?\s+(?:like|such as|including|e\.g\.)\s|\s*:\s*\w)"
_VAGUE = _any(
    [
        r"\b" + re.escape(p) + r"\b" + _CONTENT_NEXT
        for p in sorted(lexicon.VAGUE_PHRASES, key=len, reverse=True)
    ]
)
# An act told only by its manner, with nothing said of what it held: "planned it
# carefully", "tested everything thoroughly", "handled the situation professionally".
_MANNER_ONLY = re.compile(
    r"\b[a-z]+ed (?:it|them|everything|things|this|that|the (?:work|project|situation|"
    r"process|change|rollout|migration|issue|task))(?: very| really| extremely)? "
    r"(?:carefully|thoroughly|effectively|efficiently|successfully|properly|diligently|"
    r"professionally|flawlessly|smoothly|meticulously|appropriately)\b"
)
# A manner of dealing with someone told as the act, with nothing said of what was said or
# done: "stayed calm and professional", "listened to her concerns patiently", "actively
# listening", "talked calmly", "validating their feelings", "showing understanding".
_CALM = (
    r"(?:calm|composed|professional|patient|positive|empathetic|polite|respectful|courteous|"
    r"level-headed|understanding)"
)
_DEMEANOR = re.compile(
    r"\b(?:stay|stayed|staying|remain|remained|remaining|keep|kept|keeping) (?:very |"
    r"completely |extremely |perfectly )?" + _CALM + r"(?: and " + _CALM + r")?\b"
    r"|\blisten(?:ed|ing)? (?:to (?:[a-z']+ ){1,4}?)?(?:actively|empathetically|attentively|"
    r"patiently|carefully|closely|intently)\b"
    r"|\b(?:actively|empathetically|attentively|patiently|intently) listen(?:ed|ing)?\b"
    r"|\b(?:talked|talking|spoke|speaking) (?:to (?:[a-z']+ ){1,3}?)?(?:calmly|openly|"
    r"honestly|respectfully|empathetically|kindly|gently)\b"
    r"|\bvalidat(?:ed|ing) (?:their|his|her) (?:feelings|concerns|frustration)\b"
    r"|\bshow(?:ed|ing) (?:a |my )?(?:willingness|understanding|empathy|compassion)\b"
)
_DEMEANOR_HINT = "say what you said or did in that manner: the words, the offer, the step"
# Working alongside others, told as the whole act: "I worked with engineering and design."
# ("worked with the DBA to add an index" goes on to say what was done).
_WORKED_WITH_ONLY = re.compile(
    r"\b(?:worked|partnered|teamed up) (?:closely |together |hand in hand )?with "
    r"(?:the |our |my |other |several |various |different |all )?(?:[a-z-]+ ){0,2}?"
    r"(?:engineering|design|product|marketing|sales|finance|legal|ops|operations|support|"
    r"teams?|stakeholders|colleagues|others|people|everyone|departments?|partners)"
    r"(?:,? (?:and|&) (?:the )?(?:[a-z-]+ ){0,1}?(?:engineering|design|product|marketing|sales|"
    r"finance|legal|ops|operations|support|teams?|stakeholders|leadership|qa|data))?"
    r"(?: teams?)?(?= *(?:[.!;]|$|,? (?:and|but|so) (?:it|things)\b))"
)
# A period of the teller's job, not one act: "For five years I worked with the finance
# team.", "I had worked with the product team."
_A_PERIOD = re.compile(
    r"\bfor (?:about |almost |over |nearly |more than |around )?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|many|several|a few|a couple of) (?:years|months)\b"
    r"|\b(?:had|have|'ve|'d) (?:\w+ )?(?:worked|partnered|teamed)\b"
)
_GENERIC = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.GENERIC_VERBS, key=len, reverse=True)) + r")[a-z]*"
    r"(?:\s+(?:with|on|to|for|in|about|and|my|our|the|their|his|her|a|an|all|key|regular|"
    r"clear|available|additional|various|different|open|strong|close|proactive|daily|"
    r"weekly|ongoing|effective|relevant|several|many|[a-z]+ly|[a-z]+ing|"
    r"[a-z-]+(?:al|ive|ful|ic|ous)|[a-z]+))"
    r"{0,3}?\s+(" + "|".join(sorted(lexicon.ABSTRACT_OBJECTS, key=len, reverse=True)) + r")\b"
    # The abstract word ends the phrase; one that goes on naming a thing is a compound
    # ("created a risk categorization system", "wrote a process guide") and is concrete.
    r"(?!\s+(?!" + lexicon.PHRASE_END_WORDS + r"\b)[a-z][a-z-]*\b)"
)


def works_alongside_only(text: str) -> bool:
    """ "I worked closely with the product team.": working with others told as the whole
    act, a vague action rather than a description of the teller's job."""
    low = text.lower().replace("\u2019", "'")
    return bool(_WORKED_WITH_ONLY.search(low)) and not _A_PERIOD.search(low)


@lru_cache(maxsize=1024)
def fillers_in(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).strip(" ,") for m in _FILLER.finditer(text.lower().strip()))


@lru_cache(maxsize=1024)
def hedges_in(text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _HEDGE.finditer(" " + text.lower() + " "))


def undercuts_in(text: str) -> tuple[str, ...]:
    """Phrases that undercut the teller's own account ("I don't think it was anything
    special"): stronger than a hedge, so one is enough to raise hedging."""
    return tuple(m.group(0) for m in _UNDERCUT.finditer(" " + text.lower().replace("’", "'") + " "))


@lru_cache(maxsize=1024)
def vague_in(text: str, *, teller_only: bool = True) -> tuple[str, ...]:
    """Phrases that say work was done without saying what: the effort words of the
    lexicon ("worked on", "handled") and a generic verb with an abstract object
    ("communicated with stakeholders", "provided regular updates").

    With `teller_only` (what the vague-actions finding reads), only the teller's own
    doing; without it (what the sentence roles read: work is being told, whoever did
    it), every such phrase except a thing's ("PostgreSQL handled the load")."""
    low = " " + text.lower() + " "
    acts = _teller_acts if teller_only else _not_a_thing
    vague: tuple[re.Pattern[str], ...] = (_VAGUE, _MANNER_ONLY, _DEMEANOR)
    if not _A_PERIOD.search(low.replace("\u2019", "'")):
        vague += (_WORKED_WITH_ONLY,)
    found = [
        m.group(0)
        for pattern in vague
        for m in pattern.finditer(low)
        if acts(low, m.start())
        and not _BY_MEANS.match(low, m.end())
        and not (m.group(0).startswith("help") and _HELPED_DO.match(low, m.end()))
    ]
    found = [f for f in found if not any(f != other and f in other for other in found)]
    found += [
        m.group(0)
        for m in _GENERIC.finditer(low)
        if acts(low, m.start())
        and not _inside(m.group(0), found)
        and not _SPECIFIED.match(low, m.end())
        and not _describes_a_thing(low, m)
    ]
    return tuple(found)


# The means told right after the effort word make it concrete: "sorted it out by
# re-running the failed batch", "worked through it by pairing on each ticket".
_BY_MEANS = re.compile(r"(?:\s+[a-z'-]+){0,4}?\s+(?:by|through) [a-z-]+ing\b")
# Helping someone do a named thing tells the step ("helped him tag the three suitcases",
# "helped them re-sanitize the table"): a person, a bare verb and the thing it was done
# to. An abstract object ("helped them improve the process") is still read as generic.
_HELPED_DO = re.compile(
    r" (?:him|her|them|me|us|the [a-z]+|my [a-z]+|a [a-z]+) "
    r"(?!(?:with|to|out|understand|improve|grow|develop|learn|feel|finish|complete|meet|"
    r"achieve|reach|get|make|do)\b)"
    r"(?:re-)?[a-z]+ (?:the|a|an|his|her|their|our|my|\d+|two|three|four|five|six|all|each|"
    r"every)\b"
)
# A participle right after an article, a possessive or a verb in the past is an adjective
# naming a thing ("recorded worked examples", "the improved process"), not the teller's
# doing; "started working with ..." still tells work.
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|my|our|their|his|her|its|these|those|of)\s+$")
_PAST_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+$")


def _describes_a_thing(low: str, match: re.Match[str]) -> bool:
    before = low[max(0, match.start() - 40) : match.start()]
    if _ARTICLE_BEFORE.search(before):
        return True
    return match.group(0).split()[0].endswith("ed") and bool(_PAST_VERB_BEFORE.search(before))


# What a generic phrase goes on to say it held or used makes it concrete: "created a
# detailed project plan with milestones and dependencies", "implemented a rapid
# prototyping process with 2-week design sprints". A bare audience ("to leadership") or
# purpose does not, nor who took part ("with them", "with my manager", "with everyone").
_SPECIFIED = re.compile(
    r"\s+(?:with|using|via|covering|showing|including|listing|built on|based on) "
    r"(?!(?:them|him|her|me|us|you|everyone|everybody|anyone|everything|anything|all of)\b)"
    r"(?!(?:the |my |our |all |various |different |several |many |key |his |her |their |"
    r"other |a |an )?(?:[a-z]+ )?(?:stakeholders?|team|teams|others|colleagues?|partners?|"
    r"people|leadership|manager|managers|lead|boss|director|client|clients|customers?|"
    r"supervisor|coworkers?|co-workers?|teammates?|peers?|staff|department|departments|"
    r"management|help|support)\b(?! (?:data|records|feedback|surveys?|interviews?|"
    r"metrics|reports?|tickets|complaints|churn|segments?|accounts?)\b))"
    r"[a-z0-9$][\w$%-]*(?: (?!and\b|to\b|so\b)[\w$%-]+)?"
)


_NOT_TELLER = re.compile(
    r"(?:\b(?:it|this|that|which|tool|system|database|[a-z]+sql|server|app|"
    r"they|he|she|process|team|code|service)\s+)$"
)


_CLAUSE_START = re.compile(
    r"[,;:(\u2014]|\b(?:and|so|then|but|that|which|who|because|when|while|if)\b"
)
_TELLER = re.compile(r"\b(?:i|we|i've|we've|i'd|we'd|myself)\b")


def _not_a_thing(low: str, start: int) -> bool:
    """Work being told, by whoever: not a thing's ("PostgreSQL handled the load") and not
    an act named as the object of a reaction ("impressed with how I handled it")."""
    before = low[max(0, start - 30) : start]
    return not _NOT_TELLER.search(before[-20:]) and not _TOLD_OF.search(before)


_TOLD_OF = re.compile(r"\b(?:" + "|".join(lexicon.TOLD_OF_WORDS) + r") (?:i|we) (?:[a-z]+ly )?$")


# Someone else's words about what the teller did: "my boss said I handled the situation
# properly", "she told me I had dealt with it calmly". The act is their verdict on the
# story, weighed with the outcome, not a step the teller tells.
_REPORTED = re.compile(
    r"\b(?:said|says|told (?:me|us)|thought|felt|agreed|noted|mentioned) (?:that )?(?:i|we) "
    r"(?:had |have |'d |'ve )?(?:[a-z]+ly )?$"
)


def _teller_acts(low: str, start: int) -> bool:
    """The phrase is the teller's doing, not a thing's or someone else's ("PostgreSQL
    handled the load", "short sheets helped"): in its own clause, either nothing stands
    before it (a chained or subjectless verb: "I built it, then helped ...") or the
    subject is "I"/"we"."""
    if not _not_a_thing(low, start):
        return False
    before = low[max(0, start - 60) : start]
    if _REPORTED.search(before):
        return False  # "My manager said I had handled it well": praise, not a step told
    bounds = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[bounds[-1] :] if bounds else before
    words = clause.split()
    return not words or bool(_TELLER.search(clause)) or not _has_subject(words)


def _has_subject(words: list[str]) -> bool:
    """Words before the verb that are more than adverbs or a leading "to"/"by": a subject."""
    return any(not (w.endswith("ly") or w in _SKIP or w in ("to", "by", "*", "-")) for w in words)


def _inside(phrase: str, found: list[str]) -> bool:
    return any(phrase in other or other in phrase for other in found)


def rewrite_hint(phrase: str) -> str:
    """The stronger pattern for a vague phrase: what to say instead."""
    low = phrase.lower().strip()
    if _DEMEANOR.search(low):
        return _DEMEANOR_HINT
    stems = sorted(lexicon.GENERIC_VERBS, key=len, reverse=True)
    for test in (low.startswith, lambda stem: f" {stem}" in f" {low}"):
        for stem in stems:
            if test(stem):
                return lexicon.GENERIC_VERBS[stem]
    return "name the concrete steps: what you built, who you talked to, what you decided"
