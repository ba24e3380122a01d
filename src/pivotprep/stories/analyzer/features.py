"""What the analyzer sees in one sentence. Pure: text in, `Features` out.

Each feature keeps the words that triggered it, so a label can say why it was given
("subject 'I' + past action verb 'built'", "a measured change: 'from 41 to 23'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pivotprep.stories.analyzer import lexicon
from pivotprep.stories.analyzer.phrases import vague_in, works_alongside_only

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d+(?:[.,]\d+)*%?")


def _any(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One regex for a list of patterns: a single pass per sentence instead of one per pattern."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_TASK = _any(lexicon.TASK_PATTERNS)


# Cue words match whole words only: "lowest" is not inside "slowest". One pass each.
def _whole_words(phrases: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


_CUES = _whole_words(lexicon.SITUATION_CUES)
_PHRASES = _whole_words(lexicon.OUTCOME_PHRASES)
# A note that names its step before a colon ("**Root cause**: Found ...", "Found: a race",
# "Next 20 min: Decomposed ...").
_LABEL_PREFIX = re.compile(r"^\s*(?:\*\*[^*\n]{1,40}\*\*|[A-Z][A-Za-z0-9 /-]{0,30})\s*:\s+")
_MEASURE = _any(lexicon.MEASURE_PATTERNS)
_WORSENING = re.compile(lexicon.WORSENING)
_PROBLEM = re.compile(lexicon.PROBLEM_WORDS)
_AIM = re.compile(lexicon.AIM_OR_CONSTRAINT)
_PLEASANTRY = re.compile(lexicon.PLEASANTRY)
_METHOD = re.compile(lexicon.METHOD_STATED)
_PROMPT = re.compile(lexicon.QUESTION_PROMPT)
_MAXIM = re.compile(lexicon.MAXIM)
_VERDICT = re.compile(lexicon.VERDICT)
# spoken openers, one or stacked ("Yeah, so, ...", "Um, well, ...")
_LEAD_IN = re.compile(r"^(?:(?:so|well|okay|ok|sure|yeah|alright|right|um+|uh+)\b[,!.]*\s+)+")
PLEASANTRY_WORDS = lexicon.PLEASANTRY_WORDS
_AIM_MET = re.compile(lexicon.AIM_MET)
_OPENERS = tuple(lexicon.SITUATION_OPENERS)
_ROLE_OPENER = re.compile(lexicon.ROLE_OPENER)
_NEGATED_LOSS = re.compile(
    r"\b(?:lost|missed|dropped|failed) (?:no|zero|none|not a single|not one)\b"
)
_SKIP = lexicon.SKIPPED_WORDS
_BACKGROUND = re.compile(
    r"\b(?:was|were) (?!\w+ing to\b)[a-z]+ing\b|\bhad (?:been|not been|[a-z]+ed|arrived|grown|"
    r"become|gone|built|taken)\b"
)
# Spoken fillers between commas ("I, um, rewrote", "asked me to, like, bring them down"):
# the words around them are read as if they were not there.
_SPOKEN_FILLER = re.compile(
    r"(?<=\w),\s*(?:um+|uh+|erm|er|ah|like|you know|i mean|basically|sort of|kind of)\s*,\s*",
    re.IGNORECASE,
)
# A closing relative clause ("..., which had been costing about 40 loaves a week") tells
# how things stood before; it does not put the sentence it closes in the background.
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;:]*$")
# "By December all three had moved up a grade band": in the second half of a story, a past
# perfect measured from a date tells what had come of it by then, an outcome, not how
# things stood before ("By 2019 I had been a nurse for ten years" opens a story).
_BY_THEN = re.compile(
    r"^\W*(?:by|within) (?:the end of |the middle of |early |late |mid-?)?(?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter|the next|the following|week|month|day|year|that|the end)\b"
)
_DETERMINERS = frozenset(
    ["the", "a", "next", "first", "following", "past", "last", "those", "these"]
)
_NOT_DONE = frozenset(["to", "when", "if", "whenever", "before", "unless", "would", "could"])
_CHAIN = re.compile(
    r"(?:,\s*(?:and\s+|then\s+)?|\band\s+|\bthen\s+)(?:(?:also|then|later|finally|personally|,)\s+)*"
    r"([a-z]+(?:ed)?)\b"
)
_RESULT_LEAD = re.compile(
    r"^\W*(?:the (?:end )?(?:result|outcome)s? (?:was|were|is)(?: that)?|as a result|in the end|"
    # "After that, the shelves were fuller" (not "After that, I moved ...": a step)
    r"(?:after (?:that|this|these changes|the change)|afterwards|from then on),?\s+"
    r"(?!i\b|we\b|i'|we')(?=\w)|"
    r"ultimately|in the end|the net result|this (?:resulted|led) in|that (?:resulted|led) in|"
    r"(?:it|this|that|the \w+) worked(?: well| out)?|"
    # an achievement named as the headline: "One of my proudest achievements to date is my
    # registration as a paramedic", "My biggest accomplishment was ..."
    r"(?:one of )?(?:my|the) [\w ,'-]{0,40}?(?:accomplishments?|achievements?)\b"
    r"[\w ,'-]{0,30}? (?:is|was|has been|would (?:\w+ ){0,3}?be))\b",
    re.I,
)
# "Now using Rust concepts in my services", "I now mentor two juniors", "Since then, the
# team still runs it": the state the story left behind, told in the present.
_LASTING = re.compile(
    r"^\W*(?:now|today|these days|to this day|since then|ever since)\b"
    r"(?!,? (?:i|we) (?:had|was|were)\b)"
    r"|\b(?:i|we|they|she|he|it|the team) (?:now|still) (?!had\b|was\b|were\b)[a-z]+(?<!ed)\b"
    # "Nobody has been paged at night since March": a present perfect that runs to now
    r"|\b(?:has|have|hasn't|haven't)\b[^.;]{0,60}\bsince\b"
    # "Nobody has had to build it by hand again": a present perfect that holds to now. Said
    # without a negation ("it's happened again", "we have had the same outage again") it
    # tells the problem coming back, not the state the story left.
    r"|\b(?:nobody|no one)(?: has| have|'s)(?: not| never|n't)? "
    r"(?:had|needed|been|happened|come)\b[^.;]{0,60}\b(?:again|since)\W*$"
    r"|\b(?:we|i|they|it)(?: has| have|'s|'ve)(?: not| never|n't) "
    r"(?:had|needed|been|happened|come)\b[^.;]{0,60}\b(?:again|since)\W*$"
    r"|\b(?:we|i|they|it)(?: has| have|'s|'ve) "
    r"(?:had|needed|been|happened|come)\b[^.;]{0,60}\bsince\W*$"
)
# The lesson drawn is part of the result: "I learned that ...", "Key learning: ...", "I
# learned to test a change small first", "I learned a lot about ...". Learning a thing
# ("I learned SQL in two weeks") is an action and is not matched.
_LESSON = re.compile(
    r"\b(?:i|we) (?:\w+ )?(?:learned|learnt) (?:that|how|the hard way|to|never to|not to|"
    r"a lot|a great deal|so much|(?:a|an|the|one) (?:\w+ )?(?:lesson|importance|value)|"
    r"the (?:importance|value|hard way))\b|"
    # the lesson drawn, not a teacher's lessons ("Lessons started on time", "maths lessons")
    r"\b(?:a|my|one|the|biggest|main|key|big|important|valuable|hard|great|real) "
    r"(?:\w+ )?lessons?\b(?! (?:plans?|started|ran|were|was|time|times)\b)|"
    r"\blessons? (?:learned|learnt|here|for me)\b|^\W*lessons?\W*:|"
    r"\btaught me\b|\bkey (?:learning|takeaway)s?\b|\btakeaways?\b|^\W*(?:learning|learned)s?\W*:|"
    # ... and so is what the teller would do differently: "I would now check the model
    # for bias", "Next time I would ...", "In hindsight, ...", "If I did it again, ..."
    r"\bi would (?:now|today)\b|\b(?:next time|in hindsight|looking back)\b|"
    r"\bif i (?:did|were to do|had to do) (?:it|this|that) (?:again|over)\b"
)
_OTHERS_ACT = re.compile(r"\b(?:he|she|they)\s+(?:then\s+|also\s+)?([a-z]+ed|made|chose|took)\b")
_SUBJECT_OTHERS = frozenset(
    ["he", "she", "they", "it", "the", "our", "my", "their", "his", "her", "this", "that"]
)


@dataclass(frozen=True)
class Features:
    """The evidence found in a sentence; every list holds the matched words."""

    words: int
    position: float  # 0 = first sentence, 1 = last
    i_actions: list[str] = field(default_factory=list)  # "I built"
    we_actions: list[str] = field(default_factory=list)  # "we merged"
    i_states: list[str] = field(default_factory=list)  # "I was", "I wanted"
    background: list[str] = field(default_factory=list)  # "was introducing", "had been"
    role: bool = False  # the teller's verbs all describe a role: "I led a team of nine"
    past_verbs: list[str] = field(default_factory=list)
    task_cues: list[str] = field(default_factory=list)
    situation_cues: list[str] = field(default_factory=list)
    opener: str = ""
    role_opener: str = ""  # "As the office manager of ...": the teller's role, context
    outcome_verbs: list[str] = field(default_factory=list)
    outcome_phrases: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)  # changes with a size
    numbers: list[str] = field(default_factory=list)  # any quantity, timeframes excluded
    timeframes: list[str] = field(default_factory=list)
    insight: str = ""  # "I found that", "I noticed" (analysis: an action)
    vague: list[str] = field(default_factory=list)
    # An outcome verb with a quantity ("cut the close from 5 days to 2", "lost no
    # bookings"): a result whoever the subject is and wherever the sentence stands.
    measured_outcome: list[str] = field(default_factory=list)
    result_lead: str = ""  # "The result was that", "As a result", "In the end"
    others_act: bool = False  # "he changed his mind": someone else's past action
    lasting: str = ""  # "Now using ...", "I still run it": the state the story left behind
    lesson: str = ""  # "I learned that ...", "Key learning: ...": the lesson drawn
    pleasantry: str = ""  # "That's a great question.": no story content
    verdict: str = ""  # "was a good guide", "was a success": how it turned out, judged
    worsening: str = ""  # "conversion fell", "complaints rose": a measure that got worse
    problem: str = ""  # "out of date", "crashes", "behind": a problem stated
    aim: str = ""  # "a target", "our budget": a number beside it sets the goal or the limit
    method: str = ""  # "My approach was: ...": the actions told as a statement
    # "flat adoption → customer calls → found the blocker → adoption up 30%": a story told
    # as a chain of steps; its last step, when it has a size, is the outcome
    chain: int = 0  # arrows in the sentence
    chain_outcome: str = ""


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=8192)
def base_form(word: str) -> str | None:
    """The base form of a past-tense verb ("built" -> "build", "mapped" -> "map"), else None."""
    w = word.lower()
    if w in lexicon.IRREGULAR_PAST:
        return lexicon.IRREGULAR_PAST[w]
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("ed") and w not in ("need", "feed", "speed", "seed", "hundred"):
        stem = w[:-2]
        candidates = [stem, stem + "e", w[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            candidates.append(stem[:-1])
        for candidate in candidates:
            known = lexicon.ACTION_VERBS | lexicon.OUTCOME_VERBS | lexicon.STATE_VERBS
            if candidate in known:
                return candidate
        return stem + "e" if stem.endswith(("at", "ov", "ur", "iz", "is", "us", "ag")) else stem
    return None


def _shared_subjects(text: str, tokens: list[str]) -> frozenset[int]:
    """Positions of an "I" that shares its verb with others ("my team and I built", "Sam
    and I rewrote", "After the outage, my lead and I ..."): the act is told as the group's,
    like "we". An "and I" that joins a second clause ("We were behind on the report and I
    took the lead") starts the teller's own act: the words before it since the last comma
    hold a verb of their own."""
    lowered = [t.lower() for t in tokens]
    joined = [i for i, t in enumerate(lowered) if t == "i" and i >= 2 and lowered[i - 1] == "and"]
    if not joined:
        return frozenset()
    starts = [m.start() for m in _WORD.finditer(text)]
    if len(starts) != len(tokens):
        return frozenset()
    shared = []
    for i in joined:
        before = text[max(0, starts[i - 1] - 80) : starts[i - 1]]  # a subject is short
        cut = _clause_cut(before)
        if not before[cut + 1 :].strip() and before[cut : cut + 1] == ",":
            # ", and I": a list of people ("Sam, Priya, and I rewrote") or the end of a
            # clause with its own verb ("We agreed the fields, and I trained six teachers")
            before = before[:cut]
            cut = _clause_cut(before)
        if not any(_is_verb(w.lower()) for w in _WORD.findall(before[cut + 1 :])):
            shared.append(i)
    return frozenset(shared)


def _clause_cut(before: str) -> int:
    """Where the clause that ends `before` starts: its last comma, colon, dash or clause
    word (-1 when none)."""
    return max(
        [before.rfind(mark) for mark in ",;:(\u2014\u2013"]
        + [m.end() - 1 for m in _CLAUSE_WORD.finditer(before)]
    )


# "impressed with how I handled it": the teller's act named as the object of someone's
# reaction, not told as a step.
_TOLD_OF = frozenset(words.split()[-1] for words in lexicon.TOLD_OF_WORDS)  # the word before "I"


def _told_of(tokens: list[str]) -> frozenset[int]:
    """Positions of an "I" inside a "how I ..." / "the way I ..." clause."""
    return frozenset(
        i
        for i, t in enumerate(tokens)
        if t.lower() == "i" and i >= 1 and tokens[i - 1].lower() in _TOLD_OF
    )


# A word that starts a new clause: "The release was slipping so my manager and I ..."
_CLAUSE_WORD = re.compile(
    r"\b(?:so|because|when|while|but|after|before|until|since|then|although|though|if)\b",
    re.I,
)
_FINITE = frozenset(["was", "were", "is", "are", "had", "has", "have", "did"])


def _is_verb(word: str) -> bool:
    return word in _FINITE or (word not in ("i", "we") and base_form(word) is not None)


_GROUP_OWNERS = frozenset(["our", "the", "my"])


def _subject_verbs(
    tokens: list[str],
    subject: str,
    *,
    skip: frozenset[int] = frozenset(),
    only: frozenset[int] | None = None,
) -> list[tuple[str, str]]:
    """(verb as written, base form) for each past verb whose subject is `subject` ("team"
    counts only as "our/the/my team", which tells the act as the group's).

    Skips adverbs, fillers and hedges between subject and verb ("I then also built",
    "I basically timed", "we sort of set up"), and follows verbs chained after the first
    with "and", "then" or a comma ("I timed it, cut the rest and rebuilt it").
    """
    found: list[tuple[str, str]] = []
    lowered = [t.lower() for t in tokens]
    for index, token in enumerate(lowered):
        if token != subject or index in skip or (only is not None and index not in only):
            continue
        if subject == "team" and (index == 0 or lowered[index - 1] not in _GROUP_OWNERS):
            continue
        for offset in range(1, 5):
            if index + offset >= len(tokens):
                break
            nxt = tokens[index + offset]
            if lowered[index + offset] in _SKIP:
                continue
            base = base_form(nxt)
            if base is not None:
                found.append((nxt, base))
            break
    return found


def _acts(base: str) -> bool:
    """A past verb after "I"/"we" is an action unless it states, wants or reports an outcome."""
    return base in lexicon.ACTION_VERBS or (
        base not in lexicon.STATE_VERBS and base not in lexicon.OUTCOME_VERBS
    )


def _chained_verbs(text: str) -> list[tuple[str, str]]:
    """Past action verbs coordinated after a first one: ", cut", "and rebuilt"."""
    out = []
    for match in _CHAIN.finditer(text.lower()):
        word = match.group(1)
        base = base_form(word)
        if base in lexicon.ACTION_VERBS:
            out.append((word, base))
    return out


def _numbers(text: str, tokens: list[str]) -> tuple[list[str], list[str]]:
    """Quantities in the sentence, with timeframes ("within six weeks") set apart."""
    numbers: list[str] = []
    timeframes: list[str] = []
    lowered = [t.lower() for t in tokens]
    for index, token in enumerate(lowered):
        is_number = token[:1].isdigit() or token in lexicon.NUMBER_WORDS
        if not is_number:
            continue
        unit = lowered[index + 1] if index + 1 < len(lowered) else ""
        lead = lowered[index - 1] if index >= 1 else ""
        lead2 = lowered[index - 2] if index >= 2 else ""
        if unit in lexicon.TIME_UNITS and (
            lead in lexicon.TIMEFRAME_LEADS
            or (lead in _DETERMINERS and lead2 in lexicon.TIMEFRAME_LEADS)
        ):
            timeframes.append(f"{lead} {tokens[index]} {unit}")
            if lead == "within" and index > 2:
                numbers.append(f"within {tokens[index]} {unit}")  # "went out within one day"
            continue
        if token in ("one",) and unit not in lexicon.TIME_UNITS:
            continue  # "one of them", "one afternoon": not a measure
        numbers.append(tokens[index])
    for money in re.findall(r"[$\u20ac\u00a3]\s?\d[\d,.]*\s?[kmb]?", text):
        numbers.append(money.strip())
    return numbers, timeframes


def _actors(text: str, tokens: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The teller's action verbs ("I built"), the team's ("we merged") and the teller's
    states ("I was"). Chained verbs belong to whoever acted first in the sentence."""
    low = " " + text.lower() + " "
    shared = _shared_subjects(text, tokens)
    i_verbs = _subject_verbs(tokens, "i", skip=shared | _told_of(tokens))
    we_verbs = _subject_verbs(tokens, "we") + _subject_verbs(tokens, "i", only=shared)
    we_verbs += _subject_verbs(tokens, "team")
    chained = _chained_verbs(text)
    i_actions = [w for w, b in i_verbs if _acts(b)]
    i_states = [w for w, b in i_verbs if b in lexicon.STATE_VERBS]
    we_actions = [w for w, b in we_verbs if _acts(b)]
    first_i = low.find(" i ")
    first_we = low.find(" we ")
    if i_actions and (first_we < 0 or 0 <= first_i < first_we):
        i_actions += [w for w, _ in chained if w not in i_actions]
    elif we_actions:
        we_actions += [w for w, _ in chained if w not in we_actions]
    return i_actions, we_actions, i_states


def _subjectless(text: str) -> list[str]:
    """A note or bullet that starts with a past action verb and no subject ("Migrated the
    service", "Root cause: found a race", "**Reproduced it**: wrote a test") is the teller's
    action, as the same words after "I" would be; the verbs chained after it count too."""
    body = text
    label = _LABEL_PREFIX.match(body)
    if label:
        word = words_of(label.group(0))
        first = base_form(word[0]) if len(word) == 1 else None
        body = body if first in lexicon.ACTION_VERBS else body[label.end() :]
    tokens = words_of(body.replace("*", ""))
    if not tokens or not tokens[0][:1].isupper():
        return []
    base = base_form(tokens[0])
    if base is None or not (_acts(base) or base in lexicon.OUTCOME_VERBS):
        return []
    chained = [(w, b) for w, b in _chained_verbs(body) if w != tokens[0].lower()]
    if base in lexicon.OUTCOME_VERBS:
        # "Reduced costs by 30%" is the outcome; "Switched supplier, added a lot check"
        # goes on with acts of its own and names no size: the teller's actions.
        acts = [w for w, b in chained if b not in lexicon.OUTCOME_VERBS]
        if not acts or _MEASURE.search(body.lower()):
            return []
    return [tokens[0]] + [w for w, _ in chained]


def _outcome_verbs(tokens: list[str]) -> list[str]:
    """Past outcome verbs not under "to", "if", "would"... (not done yet), and present
    ones that state an effect ("reduces", "saves")."""
    lowered = [t.lower() for t in tokens]
    found = [
        t
        for i, t in enumerate(tokens)
        if base_form(t) in lexicon.OUTCOME_VERBS and not _NOT_DONE & set(lowered[max(0, i - 4) : i])
    ]
    return found + [
        t
        for t in tokens
        if t.lower() in ("reduces", "saves", "improves", "increases", "cuts", "takes")
    ]


# "We saw a big improvement" tells the outcome, not an analysis.
_INSIGHT = re.compile(
    # "It turned out that a third of the delay was insurance rejections": what the analysis
    # found (not "it turned out to be a success", "it turned out well")
    r"^\W*it turned out (?:that )?(?!(?:to be |really |very |quite )?(?:an? )?(?:great|good|"
    r"success\w*|well|fine|better|worse|okay|ok|nicely|perfect\w*)\b)(?=[a-z0-9])|"
    r"\b(?:i|we) (?:found|noticed|realised|realized|saw|discovered)\b"
    r"(?! (?:an? )?(?:noticeable|significant|big|huge|clear|dramatic|real|great|marked|"
    r"immediate)\b| (?:an? )?improvements?\b)"
)


def _insight(low: str, i_actions: list[str]) -> str:
    """ "I found that", "we noticed": analysis, which is an action."""
    match = _INSIGHT.search(low)
    if match:
        return match.group(0).strip()
    return next(
        (w for w in i_actions if base_form(w) in ("find", "notice", "discover", "realise")), ""
    )


def _opener(start: str) -> str:
    """A context opener ("At the time", "Last spring") the sentence starts with."""
    if start.startswith(_OPENERS):
        return next(o for o in _OPENERS if start.startswith(o))
    dated = re.match(lexicon.TIME_OPENER, start)
    return dated.group(0) if dated else ""


def _measured_outcome(
    low: str, numbers: list[str], outcomes: list[str], measures: list[str]
) -> list[str]:
    """An outcome verb with a quantity ("cut … from 5 days to 2", "lost no bookings")."""
    quantities = measures or [n for n in numbers if n.lower() != "one"]
    if not quantities:
        return []
    found = [m.group(0) for m in _NEGATED_LOSS.finditer(low)]
    if outcomes and measures:
        found.insert(0, f"{outcomes[0]} … {measures[0]}")
    return found


def extract(text: str, position: float) -> Features:
    """Features of one sentence at relative `position` in its story."""
    tokens = words_of(text)
    low = " " + text.lower() + " "
    # Openers are read past a leading quote mark or emphasis: '"Last month I ...'.
    start = low.lstrip().lstrip("\"'*\u201c\u2018_( ")
    # ... and past a spoken lead-in: "So, last spring ...", "Well, at my last job ..."
    start = _LEAD_IN.sub("", start)
    spoken = _SPOKEN_FILLER.sub(" ", text)  # "I, um, rewrote ..." is "I rewrote ..."
    i_actions, we_actions, i_states = _actors(spoken, words_of(spoken))
    if not i_actions and not we_actions:
        i_actions = _subjectless(text)
    outcome_verbs = _outcome_verbs(tokens)
    numbers, timeframes = _numbers(text, tokens)
    # before anything is done; at the end, "35% higher than forecast" is a result
    off_the_mark = position < 0.5 and bool(_AGAINST_THE_PLAN.search(low))
    measures = [] if off_the_mark else [m.group(0) for m in _MEASURE.finditer(low)]
    role_opener = _ROLE_OPENER.match(start)
    return Features(
        words=len(tokens),
        position=position,
        i_actions=i_actions,
        we_actions=we_actions,
        i_states=i_states,
        background=_background(low, position),
        role=bool(i_actions)
        and all(base_form(w) in lexicon.ROLE_VERBS for w in i_actions)
        and not works_alongside_only(text),
        past_verbs=[t for t in tokens if base_form(t) is not None],
        task_cues=[m.group(0) for m in _TASK.finditer(low)],
        situation_cues=list(dict.fromkeys(m.group(0) for m in _CUES.finditer(low))),
        opener=_opener(start).strip(),
        role_opener=role_opener.group(0) if role_opener else "",
        outcome_verbs=outcome_verbs,
        outcome_phrases=[] if off_the_mark else _outcome_phrases(low),
        measures=measures,
        numbers=numbers,
        timeframes=timeframes,
        insight=_insight(low, i_actions),
        vague=list(vague_in(text, teller_only=False)),
        measured_outcome=_measured_outcome(low, numbers, outcome_verbs, measures),
        result_lead=_result_lead(text),
        others_act=bool(_OTHERS_ACT.search(low)),
        lasting=_lasting(low),
        lesson=_first_match(_LESSON, low.strip()),
        pleasantry=_pleasantry(start, len(tokens), acting=bool(i_actions or we_actions)),
        worsening=_first_match(_WORSENING, low.strip()),
        problem=_first_match(_PROBLEM, low.strip()),
        verdict=_first_match(_VERDICT, low.strip()),
        aim="" if _AIM_MET.search(low) else _first_match(_AIM, low.strip()),
        method=_first_match(_METHOD, start),
        **_chain(text),
    )


_ARROW = re.compile(r"\s*(?:\u2192|->|=>|\u27f6)\s*")
CHAIN_ARROWS = 2  # "A → B → C": a chain of steps, not one change ("15% → 5%")


def _chain(text: str) -> dict[str, Any]:
    steps = _ARROW.split(text)
    if len(steps) - 1 < CHAIN_ARROWS:
        return {}
    last = steps[-1].strip(" .*")
    return {"chain": len(steps) - 1, "chain_outcome": last if _MEASURE.search(last) else ""}


# A comparison with the plan, not with before: "came in £180,000 higher than expected" is
# how things stood when the story starts, not an outcome.
_OFF_THE_MARK = re.compile(r"\s*" + lexicon.PLAN_MARK)
_AGAINST_THE_PLAN = re.compile(r"\b" + lexicon.AGAINST_THE_PLAN)


# Someone agreeing is an outcome ("the lead agreed to try it"); the teller agreeing with
# someone to do a thing ("I then agreed with the doctors' lead to make ...") is a step.
_TELLER_AGREED = re.compile(r"\bi (?:\w+ )?$")


def _outcome_phrases(low: str) -> list[str]:
    found = (
        m
        for m in _PHRASES.finditer(low)
        if not _OFF_THE_MARK.match(low, m.end())
        and not (m.group(0).startswith("agreed") and _TELLER_AGREED.search(low, 0, m.start()))
    )
    return list(dict.fromkeys(m.group(0) for m in found))


def _pleasantry(start: str, words: int, *, acting: bool = False) -> str:
    """ "That's a great question.", the question itself read out before the answer, or a
    maxim ("Ownership, to me, is closing the gap nobody owns"): no part of the story."""
    if words <= PLEASANTRY_WORDS and (found := _first_match(_PLEASANTRY, start)):
        return found
    if words <= lexicon.PROMPT_WORDS and _PROMPT.match(start.strip()):
        return "the question itself"
    # a maxim that leads into the teller's act ("Communication is key, so I set up a
    # daily standup") is part of the story
    if words <= lexicon.MAXIM_WORDS and not acting and _MAXIM.search(start.strip()):
        return "a maxim"
    return ""


def _first_match(pattern: re.Pattern[str], text: str) -> str:
    match = pattern.search(text)
    return match.group(0).strip(" :") if match else ""


def _background(low: str, position: float) -> list[str]:
    """The background-tense verbs of a sentence ("was introducing", "had been"), leaving
    out a closing relative clause and a past perfect dated as an outcome late in a story."""
    if position >= 0.5 and _BY_THEN.match(low):
        return []
    return _BACKGROUND.findall(_TRAILING_RELATIVE.sub("", low))


def _lasting(low: str) -> str:
    match = _LASTING.search(low.strip())
    return match.group(0).strip() if match else ""


def _result_lead(text: str) -> str:
    """ "The result was that", "As a result", "it worked well" at the start of a sentence or
    of its second clause ("We shipped with PostgreSQL and it worked well")."""
    for part in (text, *re.split(r",? (?:and|so) ", text)[1:]):
        match = _RESULT_LEAD.match(part.strip())
        if match:
            return match.group(0).strip(" *\"'")
    return ""
