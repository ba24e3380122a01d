"""Whether a name stands in a list of technology: the words either side of it once list
glue ("and", "or", "with", a comma or a slash) is stepped over.

A product name that is also an English word, a given name or a place ("Soda", "Pact",
"Flux", "Jersey") is read as the tool when another skill stands beside it in such a list
("Soda or Great Expectations", "contract tests with Pact") or when the first word beyond
the glue says what it is ("experience with Flux", "libraries such as Elm"). A technology
a few words away in the same sentence says nothing: "Soda Fridays and Python office
hours" puts Python beside the Fridays, not beside the Soda. Pure.
"""

from __future__ import annotations

import re

from pivotprep.resume.matching.normalize import Token

# Words that join the members of a list or introduce one, or close it ("or similar"); stepped
# over to reach the next member. "in" and "on" too: "written in Elixir", "deployed on Aurora".
GLUE = frozenset(
    {
        "and",
        "or",
        "nor",
        "&",
        "with",
        "using",
        "via",
        "plus",
        "such",
        "as",
        "like",
        "including",
        "incl",
        "e.g",
        "eg",
        "i.e",
        "ie",
        "in",
        "on",
        # "Evidently or similar tools", "Pact and other contract tools"
        "similar",
        "equivalent",
        "comparable",
        "other",
    }
)
# Verbs and nouns of knowing or using a tool: beside a name, they make it the tool ("you
# must know Prefect", "we use Soda"), as the matcher's context words do.
USE_WORDS = frozenset(
    {"use", "uses", "used", "know", "familiar", "familiarity", "expertise", "experienced"}
)
_ABBREVIATIONS = frozenset({"e.g", "eg", "i.e", "ie", "incl", "etc"})
_MAX_GLUE = 3  # "such as", ", e.g.", "or similar": no list puts more between two members
_SENTENCE_BREAK = re.compile(r"[.;!?\n]")


def _joined(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether nothing but list punctuation stands between tokens `a` < `b`: a full stop,
    semicolon or line break ends the list (the full stop of "e.g." does not)."""
    gap = text[tokens[a].end : tokens[b].start]
    if tokens[a].text.lower() in _ABBREVIATIONS:
        gap = gap.lstrip(".")
    return not _SENTENCE_BREAK.search(gap)


def beyond_glue(text: str, tokens: list[Token], edge: int, step: int) -> int:
    """The index of the first word past list glue from the hit edge `edge` in direction
    `step` (-1 left, +1 right), or -1 when the sentence or the text ends first."""
    prev, at = edge, edge + step
    for _ in range(_MAX_GLUE + 1):
        if not 0 <= at < len(tokens):
            return -1
        if not _joined(text, tokens, min(prev, at), max(prev, at)):
            return -1
        if tokens[at].text.lower() not in GLUE:
            return at
        prev, at = at, at + step
    return -1


def neighbours(text: str, tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """The words beside a hit spanning tokens[first:last + 1], list glue stepped over
    (-1 where there is none)."""
    return beyond_glue(text, tokens, first, -1), beyond_glue(text, tokens, last, 1)


def word_beside(tokens: list[Token], sides: tuple[int, int], words: frozenset[str]) -> bool:
    """Whether a word of `words` is one of the two neighbours `sides`."""
    return any(at >= 0 and tokens[at].text.lower() in words for at in sides)
