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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")

# A word, a version number, or a tech name with inner dots/plus/sharp: C++, C#, .NET,
# node.js, ASP.NET, 3.11. Hyphens and slashes separate tokens (scikit-learn, CI/CD).
# An ampersand is a token of its own that keys as "and", so "Weights & Biases", "W&B" and
# "research & development" read like their spelled-out forms instead of breaking a phrase.
# "C#/++" and "C/++" write C++ short: a "++" right after a slash is a token of its own that
# keys as "c++".
# One "+" between two words joins them ("Postgres+SQLAlchemy"): it ends no token.
_TOKEN = re.compile(
    r"\.?[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*[+#]*(?!(?<=[A-Za-z0-9]\+)[A-Za-z])|&|(?<=/)\+\+"
)
# The same tokens, each with the text between it and the previous one: `findall` returns
# plain (gap, word) pairs, so a long text is tokenized without a match object per word.
# The gap takes every character no token starts at (a token starts at a letter, a digit,
# "&" or a "." before one), without giving any back, and the text after the last token is
# one final gap with an empty word: a lazy gap ("[\s\S]*?") looked ahead to the end of the
# text from every character after the last token, and a story ending in 9,000 ")" took
# 1.5 s to tokenize.
_GAP_TOKEN = re.compile(
    r"((?:[^A-Za-z0-9.&+]|\.(?![A-Za-z0-9])|\+(?<!/\+))*+)(" + _TOKEN.pattern + r"|\Z)"
)
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


class Token(NamedTuple):
    """One word with its character span and match key. A named tuple, not a dataclass: a
    job of 5,000 characters has about 800 of them, and a tuple is several times cheaper to
    build than a frozen dataclass."""

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
    if raw == "&":
        return "and"
    if raw == "++":
        return "c++"
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
    """Each token of `_TOKEN`, its span counted from the lengths of the words and gaps; a
    token after anything but joiners (spaces, hyphen, slash, apostrophe) has `brk`."""
    out: list[Token] = []
    append, new, key, breaks = out.append, tuple.__new__, token_key, _breaks
    end = 0
    pairs = _GAP_TOKEN.findall(text)
    while pairs and not pairs[-1][1]:  # the text after the last token, and the end
        pairs.pop()
    for gap, word in pairs:
        start = end + len(gap)
        brk = end > 0 and breaks(gap)
        end = start + len(word)
        append(new(Token, (word, start, end, key(word), brk)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _breaks(gap: str) -> bool:
    """Whether the text between two tokens holds more than joiners (a comma, a full
    stop, a bracket): a few dozen different gaps make up most of any text."""
    return bool(gap.strip(_JOINERS))


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


# A node of the phrase trie: the words that may follow, and the values of the phrase ending
# here (the list `PhraseIndex.lookup` returns too; empty when no phrase ends here). A
# plain tuple: the index of ~9,600 aliases has ~15,000 nodes, built in every new process.
_Node = tuple[dict[str, Any], list[T]]


class PhraseIndex(Generic[T]):
    """Longest-match phrase lookup over token keys. Build once, scan many texts.

    The phrases are kept twice: by whole key (`lookup`), and as a trie of their words, so
    a scan follows a text's words only as far as some phrase goes instead of trying every
    length up to the longest phrase at each word."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], list[T]] = {}
        self._trie: dict[str, _Node[T]] = {}
        self.max_len = 0

    def add(self, phrase: str | tuple[str, ...], value: T) -> None:
        key = phrase_key(phrase) if isinstance(phrase, str) else phrase
        if not key:
            return
        values = self._phrases.get(key)
        if values is None:
            level = self._trie
            for word in key[:-1]:
                node = level.get(word)
                if node is None:
                    node = level[word] = ({}, [])
                level = node[0]
            last = level.get(key[-1])
            if last is None:
                last = level[key[-1]] = ({}, [])
            values = self._phrases[key] = last[1]
            if len(key) > self.max_len:
                self.max_len = len(key)
        values.append(value)

    def __len__(self) -> int:
        return len(self._phrases)

    def lookup(self, key: tuple[str, ...]) -> list[T]:
        """The values of exactly this phrase key (empty when unknown)."""
        return self._phrases.get(key, [])

    def prefixes(self, words: Sequence[str]) -> list[tuple[int, list[T]]]:
        """(length, values) of each phrase that `words` starts with, shortest first: one
        walk down the trie instead of a lookup per length."""
        found: list[tuple[int, list[T]]] = []
        level = self._trie
        for length, word in enumerate(words, 1):
            node = level.get(word)
            if node is None:
                break
            if node[1]:
                found.append((length, node[1]))
            level = node[0]
        return found

    def scan(
        self,
        tokens: list[Token],
        accept: Callable[[T, list[Token], int, int], bool] | None = None,
    ) -> Iterable[PhraseHit[T]]:
        """Yield the longest accepted phrase at each position, left to right, no overlaps."""
        trie = self._trie
        keys = [t.key for t in tokens]
        n = len(keys)
        i = 0
        while i < n:
            node = trie.get(keys[i])
            if node is None:
                i += 1
                continue
            # The phrases starting at i, shortest first; a phrase stops at punctuation.
            ends: list[tuple[int, list[T]]] = []
            j = i
            while True:
                if node[1]:
                    ends.append((j, node[1]))
                j += 1
                if j >= n or tokens[j].brk:
                    break
                follow = node[0].get(keys[j])
                if follow is None:
                    break
                node = follow
            found = False
            for last, values in reversed(ends):
                chosen = [v for v in values if accept is None or accept(v, tokens, i, last)]
                if chosen:
                    for value in chosen:
                        yield PhraseHit(value, i, last, tokens[i].start, tokens[last].end)
                    i = last + 1
                    found = True
                    break
            if not found:
                i += 1
