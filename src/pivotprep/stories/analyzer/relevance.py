"""Does the story answer the question it was told for? Pure.

A behavioral question asks for one kind of moment (a conflict, a failure, a deadline, a
time you learned something fast...). Each kind has words that say what the question
asks for and words a story about that moment can hardly avoid ("disagreed", "pushed
back" for a conflict; "mistake", "missed", "should have" for a failure). When the
question asks for a kind and the story has none of its words, the story answers another
question: the finding quotes the sentence that shows what it is about instead.

Questions that ask for knowledge or motivation ("What do you know about the day-to-day
of this role?", "Why do you want to work here?") are not answered by a past story that
never mentions the role, the team or the company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pivotprep.stories.analyzer.labels import LabelledSentence


@dataclass(frozen=True)
class Theme:
    """A kind of moment a question can ask for, and how a story shows it."""

    name: str  # "a conflict", read in a sentence: "The question asks about a conflict"
    asks: re.Pattern[str]
    shows: re.Pattern[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


THEMES: tuple[Theme, ...] = (
    Theme(
        "a conflict or disagreement",
        _rx(
            r"\b(?:conflict|disagree\w*|difficult (?:team ?member|colleague|co-?worker|person|"
            r"teammate|manager|boss|stakeholder)|push(?:ed)? back|tension|clash\w*)\b"
        ),
        _rx(
            r"\b(?:disagree\w*|conflict\w*|argu\w*|push(?:ed)? back|tension|difficult|frustrat\w*|"
            r"object\w*|resist\w*|dismiss\w*|shoot down|shot down|clash\w*|complain\w*|upset|"
            r"angry|opposed|convinc\w*|persuad\w*|compromis\w*|concerns?|pulling (?:their|his|her) "
            r"weight|"
            r"missing \w+ meetings|believed \w+ was better|wanted to use|split on|"
            r"challenge\w*|harsh\w*|rude|lazy|defensive|nitpick\w*|differ\w*|debat\w*|"
            r"negotiat\w*|pushback|"
            # a row told without the usual words: "we went back and forth", "he was being
            # disrespectful to customers", "a shouting match"
            r"back and forth|disrespect\w*|heated|shout\w*|yell\w*|spat|"
            # two sides with their own view: "the PM wanted ...", "but I believed ..."
            r"(?:he|she|they|[a-z]+ (?:lead|manager|engineer|analyst|colleague|teammate|pm|"
            r"director|architect|designer)) (?:wanted|insisted|preferred|thought|believed|argued|"
            r"refused|proposed|advocated)|(?:but|while|whereas) i (?:thought|believed|felt|"
            r"wanted|preferred)|"
            # anyone named by a role with a plan of their own: "the contractor's foreman
            # wanted to pour before the formwork was inspected", "our client insisted"
            r"(?:the|my|our) [a-z'-]+(?: [a-z'-]+)? (?:insisted|refused|argued|wanted to "
            r"[^.;]{0,60}?\b(?:before|instead of|without|rather than)))\b"
        ),
    ),
    Theme(
        "a failure or a mistake",
        _rx(r"\b(?:fail\w*|mistake\w*|setback|regret\w*|went wrong|didn'?t go|missed a deadline)"),
        _rx(
            r"\b(?:fail\w*|mistake\w*|wrong|broke\w*|missed|outage|bug\w*|error\w*|lost|"
            r"underestimat\w*|overconfident|should have|rolled? back|regret\w*|late|"
            r"over-?budget|decreased|flawed|oops|didn'?t work|blam\w*|"
            # what did not happen and what it taught: "it did not scale", "the lesson"
            r"didn'?t|did not|wasn'?t|couldn'?t|could not|not enough|worse|drop\w*|declin\w*|"
            r"overlook\w*|forgot|incorrect\w*|crash\w*|incidents?|lessons?|learn\w*)\b"
        ),
    ),
    Theme(
        "pressure or a deadline",
        _rx(r"\b(?:pressure|deadline\w*|tight|urgent|stress\w*|short notice|under the gun)\b"),
        _rx(
            r"\b(?:deadline\w*|pressure|urgent\w*|tight|rush\w*|crunch|hours?|days?|weeks?|"
            r"overnight|asap|quickly|fast|in time|on time|late|behind|stress\w*|"
            # a moment pinned to the clock: "before the 11 am call", "by Friday", "same day"
            r"before (?:the|a|an|my|our|his|her|their) \w+|by (?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|noon|tomorrow|the end)|\d+ ?(?:am|pm)|same day|"
            r"weekend|night|peak|immediate\w*|escalat\w*|high-stakes)\b"
        ),
    ),
    Theme(
        "learning something new",
        _rx(
            r"\b(?:learn\w*|new (?:technology|skill|tool|language|domain)|taught yourself|"
            r"comfort zone)\b"
        ),
        _rx(
            r"\b(?:learn\w*|course|docs|documentation|tutorial\w*|read|practi[cs]\w*|new to|"
            r"never used|first time|stud\w+|taught|hands-on|picked up|no \w+ experience|"
            r"new|unfamiliar|self-taught|books?|videos?|online|bootcamp|certif\w*|mentor\w*)\b"
        ),
    ),
    Theme(
        "a customer",
        _rx(r"\b(?:customer\w*|client\w*)\b"),
        _rx(
            r"\b(?:customer\w*|client\w*|users?|patients?|guests?|students?|buyers?|account|"
            # whoever the teller served: members, parents, shoppers, the public ...
            r"stakeholders?|partners?|merchants?|members?|parents?|callers?|shoppers?|"
            r"visitors?|tenants?|residents?|citizens?|the public|audiences?|consumers?|"
            r"subscribers?|passengers?|families|"
            # a trade's own name for them: a couple at a table, diners, patrons, travellers
            r"couples?|diners?|patrons?|travell?ers?|holidaymakers?|donors?|applicants?|"
            r"borrowers?|homeowners?|listeners?|viewers?|readers?)\b"
        ),
    ),
    Theme(
        "feedback",
        _rx(r"\b(?:feedback|critici\w+)\b"),
        _rx(
            r"\b(?:feedback|review\w*|critici\w+|told me|pointed out|comments?|suggest\w*|"
            r"constructive\w*|performance issues?|underperform\w*|improve\w*|said|noted|"
            r"mentioned|advi[cs]\w*|coach\w*|mentor\w*|one-on-one|1:1)\b"
        ),
    ),
)
# Questions about the role, the company or the future: a past story alone does not answer.
KNOWLEDGE = _rx(
    r"\b(?:what do you know about|day-to-day|why do you want|why (?:this|our) (?:company|"
    r"role|team)|why are you leaving|where do you see yourself)\b"
)
ABOUT_ROLE = _rx(r"\b(?:this (?:role|job|position|team|company)|your (?:team|company|role)|here)\b")


# Words every behavioral question uses: sharing them says nothing about the topic.
_QUESTION_WORDS = frozenset(
    [
        "about", "describe", "situation", "example", "share", "where", "which", "there",
        "their", "would", "could", "should", "worked", "working", "handle", "handled",
        "dealt", "particular", "specific", "recent",
        # the people a question names are in most stories; the moment asked for is the topic
        "manager", "managers", "colleague", "colleagues", "coworker", "teammate",
        "member", "members", "person", "people", "someone", "supervisor", "lead",
        "leader", "other", "others", "project", "projects",
    ]
)  # fmt: skip
_WORD = re.compile(r"[a-z]{5,}")


def _shares_topic(question: str, text: str) -> bool:
    """The story uses a content word of the question (first five letters, so "deadline"
    meets "deadlines" and "prioritize" meets "priorities"): a sign it is on topic."""
    stems = {w[:5] for w in _WORD.findall(question.lower()) if w not in _QUESTION_WORDS}
    return bool(stems & {w[:5] for w in _WORD.findall(text.lower())})


@dataclass(frozen=True)
class OffTopic:
    """What the question asks for, and the sentence that shows what the story is about."""

    asks: str
    sentence: LabelledSentence


def _about(labelled: Sequence[LabelledSentence]) -> LabelledSentence:
    """The sentence that says what the story is about: its task, else its situation."""
    for label in ("T", "S", "A"):
        for s in labelled:
            if s.label == label:
                return s
    return labelled[0]


def off_topic(question: str, labelled: Sequence[LabelledSentence]) -> OffTopic | None:
    """The mismatch between `question` and the story, or None when it answers it (or the
    question asks for nothing this check knows)."""
    if not question.strip() or not labelled:
        return None
    text = " ".join(s.text for s in labelled)
    if KNOWLEDGE.search(question):
        return None if ABOUT_ROLE.search(text) else OffTopic("the role itself", _about(labelled))
    asked = [theme for theme in THEMES if theme.asks.search(question)]
    if not asked or any(theme.shows.search(text) for theme in asked):
        return None
    if _shares_topic(question, text):
        return None
    return OffTopic(asked[0].name, _about(labelled))
