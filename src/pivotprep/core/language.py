"""Which language a text is written in, told cheaply: the script of its letters and the
share of its words that are common function words of English or of another Latin-script
language. Pure; used by the story analyzer (which refuses a non-English answer) and the
ATS scan (which warns that a non-English resume or posting gives a rate that means little).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ENGLISH_STOPWORDS",
    "FOREIGN_STOPWORDS",
    "MIN_LATIN_SHARE",
    "WORD",
    "english_share",
    "foreign_share",
    "latin_share",
    "script_reason",
]

MIN_LATIN_SHARE = 0.5  # English letters are Latin script; CJK, Cyrillic, Arabic ... are not


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common English function words, for the "is this English?" check.
ENGLISH_STOPWORDS = _words(
    """
    a about after all also an and any are as at be because been before but by can could
    did do does each even for from had has have he her him his how i if in into is it
    its just me more most my no not now of on once one only or other our out over own
    same she should so some such than that the their them then there these they this
    those through to too under up very was we were what when where which while who why
    will with would you your
    """
)

# Function words of other languages written in the Latin alphabet (Spanish, French,
# German, Portuguese, Italian, Dutch) that are not English words: what tells a foreign
# text from terse English notes, which have few English function words too.
FOREIGN_STOPWORDS = _words(
    """
    el la los las del que y en un una por para con es al lo como pero sus fue muy
    le les des et est pour dans une du au aux qui sont avec sur ce cette nous vous ils pas
    der die das und ist nicht mit ein eine zu den von ich wir sie auf dem des im sich auch
    habe hat wurde oder für bei nach
    il di che per non sono della delle gli una nel alla come anche
    os um uma com não nao ao dos das foi são mas
    het een van niet ik wij zij dat op voor met zijn maar ook
    """
)


WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # a word: letters only


def english_share(text: str) -> float:
    """The share of words that are common English function words."""
    return _share(text, ENGLISH_STOPWORDS)


def foreign_share(text: str) -> float:
    """The share of words that are function words of another Latin-script language."""
    return _share(text, FOREIGN_STOPWORDS)


def _share(text: str, words: frozenset[str]) -> float:
    tokens = [t.lower() for t in WORD.findall(text)]
    if not tokens:
        return 0.0
    return sum(t in words for t in tokens) / len(tokens)


def _is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def latin_share(text: str) -> float:
    """The share of letters written in Latin script (1.0 when there are no letters).

    Word counts cannot judge Chinese or Japanese, which put no spaces between words:
    a whole paragraph is one "token". The script of the letters can.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(_is_latin(c) for c in letters) / len(letters)


def script_reason(text: str) -> str:
    """Why `text` cannot be English by its script alone ("most of its letters (92%) are not
    in the Latin alphabet"), or "" when it is mostly Latin letters."""
    latin = latin_share(text)
    if latin < MIN_LATIN_SHARE:
        return f"most of its letters ({1 - latin:.0%}) are not in the Latin alphabet"
    return ""
