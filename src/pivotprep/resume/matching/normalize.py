"""Tokens and phrase lookup shared by the taxonomy, the translation map and the scan.

Text becomes a list of `Token`s with character spans. Each token has a `key`: lower
case, hyphens and slashes split off, plurals and verb endings folded ("pipelines",
"pipeline"; "managed", "manages", "managing", "manage"; "modelling", "modeling"; and the
irregular past forms resumes are written in: "built", "build"; "led", "lead"), so that a
phrase matches whatever inflection the writer chose. Aliases are normalised the
same way, which is all that matters: both sides meet in the same key space.

`PhraseIndex` finds the longest known phrase starting at each token with one dict
lookup per candidate length: an index built once over every alias, then a single
left-to-right pass over the text (no regex per skill).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

# A word, a version number, or a tech name with inner dots/plus/sharp: C++, C#, .NET,
# node.js, ASP.NET, 3.11. Hyphens and slashes separate tokens (scikit-learn, CI/CD).
_TOKEN = re.compile(r"\.?[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*[+#]*")
_VOWELS = set("aeiouy")


# Irregular past forms of verbs that jobs ask in the present ("Build dashboards") and
# resumes answer in the past ("Built dashboards"). Suffix folding cannot reach them, so
# without this table "build" would be missing from a resume that says "Built" twice while
# "maintain" matches "Maintained". Only words with no common other sense are listed
# ("found", "saw", "lay" are left out).
_IRREGULAR = {
    "built": "build",
    "rebuilt": "rebuild",
    "led": "lead",
    "wrote": "write",
    "written": "write",
    "rewrote": "rewrite",
    "rewritten": "rewrite",
    "ran": "run",
    "grew": "grow",
    "grown": "grow",
    "drove": "drive",
    "driven": "drive",
    "made": "make",
    "taught": "teach",
    "sold": "sell",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "bought": "buy",
    "held": "hold",
    "kept": "keep",
    "spoke": "speak",
    "spoken": "speak",
    "chose": "choose",
    "chosen": "choose",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "undertook": "undertake",
    "undertaken": "undertake",
    "oversaw": "oversee",
    "overseen": "oversee",
    "understood": "understand",
    "won": "win",
    "met": "meet",
    "sent": "send",
    "spent": "spend",
    "told": "tell",
    "shown": "show",
    "drew": "draw",
    "drawn": "draw",
    "flew": "fly",
}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str
    brk: bool = False  # punctuation before it (comma, bracket, full stop): phrases stop here


def fold(word: str) -> str:
    """Fold one lower-case word to its match key: plurals, -ed, -ing, final -e, -ise/-ize,
    irregular past forms ("built" -> "build")."""
    word = _IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    w = word
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "ches", "shes", "xes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ys")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5 and set(w[:-3]) & _VOWELS:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4 and set(w[:-2]) & _VOWELS:
        w = w[:-2]
        if w.endswith("i"):
            w = w[:-1] + "y"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] != "s":
        w = w[:-1]
    if w.endswith(("iz", "yz")):
        w = w[:-1] + "s"
    return w


@lru_cache(maxsize=65536)
def token_key(raw: str) -> str:
    lower = raw.lower()
    if lower.endswith(".") and len(lower) > 1:
        lower = lower.rstrip(".")
    if "'" in lower:
        lower = lower.replace("'s", "").replace("'", "")
    return fold(lower)


_JOINERS = " \t\r\n-/\u00a0'\u2019"


def tokenize(text: str) -> list[Token]:
    """Tokens with spans. A phrase never spans punctuation other than hyphen and slash.

    The same text gives the same tokens, so they are kept for recent short texts (a
    resume's lines and the taxonomy's phrases are read again for every job): at most
    8,192 texts of up to 400 characters, a few MB. Each call gets its own list.
    """
    if len(text) <= _CACHED_CHARS:
        return list(_cached_tokens(text))
    return list(_tokens(text))


_CACHED_CHARS = 400


@lru_cache(maxsize=8192)
def _cached_tokens(text: str) -> tuple[Token, ...]:
    return _tokens(text)


def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    previous_end = 0
    for m in _TOKEN.finditer(text):
        between = text[previous_end : m.start()]
        brk = bool(out) and bool(between.strip(_JOINERS))
        out.append(Token(m.group(), m.start(), m.end(), token_key(m.group()), brk))
        previous_end = m.end()
    return tuple(out)


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


@lru_cache(maxsize=16384)
def surface(text: str) -> str:
    """How a phrase is written, for exact-vs-variant: lower case, single spaces, no punctuation."""
    return " ".join(t.text.lower().rstrip(".") for t in tokenize(text))


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[T]):
    value: T
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character span in the text
    end: int


class PhraseIndex(Generic[T]):
    """Longest-match phrase lookup over token keys. Build once, scan many texts."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[T]] = {}
        self._firsts: set[str] = set()
        self.max_len = 0

    def add(self, phrase: str | tuple[str, ...], value: T) -> None:
        key = phrase_key(phrase) if isinstance(phrase, str) else phrase
        if not key:
            return
        self._phrases.setdefault(key, []).append(value)
        self._firsts.add(key[0])
        self.max_len = max(self.max_len, len(key))

    def __len__(self) -> int:
        return len(self._phrases)

    def lookup(self, key: tuple[str, ...]) -> list[T]:
        """The values of exactly this phrase key (empty when unknown)."""
        return self._phrases.get(key, [])

    def scan(
        self,
        tokens: list[Token],
        accept: Callable[[T, list[Token], int, int], bool] | None = None,
    ) -> Iterable[PhraseHit[T]]:
        """Yield the longest accepted phrase at each position, left to right, no overlaps."""
        phrases, firsts = self._phrases, self._firsts
        keys = [t.key for t in tokens]
        n = len(keys)
        # reach[i]: how many tokens a phrase starting at i may span before punctuation.
        reach = [0] * n
        run = 0
        for j in range(n - 1, -1, -1):
            run = 1 if j + 1 >= n or tokens[j + 1].brk else run + 1
            reach[j] = run
        i = 0
        while i < n:
            if keys[i] not in firsts:
                i += 1
                continue
            found = False
            for length in range(min(self.max_len, reach[i]), 0, -1):
                values = phrases.get(tuple(keys[i : i + length]))
                if not values:
                    continue
                last = i + length - 1
                chosen = [v for v in values if accept is None or accept(v, tokens, i, last)]
                if chosen:
                    for value in chosen:
                        yield PhraseHit(value, i, last, tokens[i].start, tokens[last].end)
                    i = last + 1
                    found = True
                    break
            if not found:
                i += 1
