"""Skills written with a shared head word: "Unit/Integration testing", "unit and
integration tests", "front-end or back-end development".

English drops the repeated head of coordinated phrases, so "Unit/Integration testing"
asks for unit testing as much as for integration testing, yet only the second is written
out in full. For each first conjunct X joined by a slash, "and", "or" or "&" to a second
conjunct Y that is followed by more words, the phrase "X + the words after Y" is looked up
in the same index as every alias. Only phrases of two words or more count (a bare first
word is too weak a clue), and only unguarded aliases (an ambiguous short name needs the
guards of a real mention).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pivotprep.resume.matching.normalize import PhraseHit, PhraseIndex, Token

_JOINING_WORDS = frozenset({"and", "or", "&"})


def _second_conjunct(text: str, tokens: list[Token], keys: list[str], i: int) -> int | None:
    """Index of Y when token i is a first conjunct X ("X/Y", "X and Y"), else None."""
    n = len(tokens)
    if i + 2 < n and keys[i + 1] in _JOINING_WORDS:
        return i + 2 if not tokens[i + 1].brk and not tokens[i + 2].brk else None
    if i + 1 < n and text[tokens[i].end : tokens[i + 1].start] == "/" and not tokens[i + 1].brk:
        return i + 1
    return None


def elided_hits(
    text: str,
    tokens: list[Token],
    index: PhraseIndex[int],
    usable: Callable[[int], bool],
) -> Iterator[PhraseHit[int]]:
    """Hits for phrases whose head word is shared with the next conjunct. Each hit spans
    from X to the end of the shared words, so its text shows how the job wrote it."""
    keys = [t.key for t in tokens]
    n = len(tokens)
    for i in range(n - 1):
        if keys[i + 1] not in _JOINING_WORDS and text[tokens[i].end] != "/":
            continue  # the cheap test first: most words are followed by neither
        y = _second_conjunct(text, tokens, keys, i)
        if y is None:
            continue
        tail_end = y + 1
        while tail_end < min(n, y + index.max_len) and not tokens[tail_end].brk:
            tail_end += 1
        # "X" + the words after Y, longest first; two words at least.
        for length, found in reversed(index.prefixes([keys[i], *keys[y + 1 : tail_end]])):
            values = [v for v in found if usable(v)] if length >= 2 else []
            if values:
                last = y + length - 1
                for value in values:
                    yield PhraseHit(value, i, last, tokens[i].start, tokens[last].end)
                break
