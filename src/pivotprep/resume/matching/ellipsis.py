"""Skills written with a shared head word: "Unit/Integration testing", "unit and
integration tests", "front-end or back-end development".

English drops the repeated head of coordinated phrases, so "Unit/Integration testing"
asks for unit testing as much as for integration testing, yet only the second is written
out in full. For each first conjunct X joined by a slash, "and", "or" or "&" to a second
conjunct Y that is followed by more words (or heading a comma list whose last item is Y:
"unit, integration and end-to-end tests"), the phrase "X + the words after Y" is looked up
in the same index as every alias. Only phrases of two words or more count (a bare first
word is too weak a clue), and only aliases the caller allows (an ambiguous short name
needs the guards of a real mention). A hyphenated conjunct is one word here: "integration and
end-to-end testing" names integration testing, "front-end or back-end development"
front-end development.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pivotprep.resume.matching.normalize import PhraseHit, PhraseIndex, Token

_JOINING_WORDS = frozenset({"and", "or", "&"})


def _second_conjunct(text: str, tokens: list[Token], keys: list[str], i: int) -> int | None:
    """Index of Y when token i is a first conjunct X ("X/Y", "X and Y", "X, W and Y"),
    else None."""
    n = len(tokens)
    if i + 2 < n and keys[i + 1] in _JOINING_WORDS and not tokens[i + 1].brk:
        return i + 2 if not tokens[i + 2].brk else None
    if i + 1 < n and text[tokens[i].end : tokens[i + 1].start] == "/" and not tokens[i + 1].brk:
        return i + 1
    return _after_brackets(text, tokens, keys, i) or _last_list_item(text, tokens, keys, i)


_BRACKET_WORDS = 8  # words of an example list in brackets between X and "and Y" walked


def _after_brackets(text: str, tokens: list[Token], keys: list[str], i: int) -> int | None:
    """Index of Y when X at token i is followed by its examples in brackets and then "and
    Y" ("relational (e.g., PostgreSQL, MySQL) and NoSQL databases"), else None."""
    n = len(tokens)
    if i + 1 >= n or not text[tokens[i].end : tokens[i + 1].start].lstrip().startswith("("):
        return None
    for k in range(i + 2, min(n - 1, i + 2 + _BRACKET_WORDS)):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if "(" in gap:
            return None
        if ")" in gap:
            ok = keys[k] in _JOINING_WORDS and not tokens[k + 1].brk
            return k + 1 if ok else None
    return None


_LIST_ITEMS = 6  # items of a comma list ("unit, integration, and end-to-end tests") walked


def _last_list_item(text: str, tokens: list[Token], keys: list[str], i: int) -> int | None:
    """Index of the last item Y of a comma list that starts with X at token i ("unit,
    integration and end-to-end tests"), when every item between is one word or one
    hyphenated compound; None for anything else (a list of full names, a sentence)."""
    n, k = len(tokens), i
    for _ in range(_LIST_ITEMS):
        if k + 2 >= n or text[tokens[k].end : tokens[k + 1].start].strip() != ",":
            return None
        k += 1
        if keys[k] in _JOINING_WORDS:  # the serial comma: ", and Y"
            return k + 1 if not tokens[k + 1].brk else None
        k = _hyphen_end(text, tokens, k)
        if k + 2 < n and keys[k + 1] in _JOINING_WORDS and not tokens[k + 1].brk:
            return k + 2 if not tokens[k + 2].brk else None
    return None


def _hyphen_end(text: str, tokens: list[Token], k: int) -> int:
    """Last token of the hyphenated compound that starts at token k ("end-to-end")."""
    while k + 1 < len(tokens) and text[tokens[k].end : tokens[k + 1].start] == "-":
        k += 1
    return k


def _hyphen_start(text: str, tokens: list[Token], k: int) -> int:
    """First token of the hyphenated compound that ends at token k ("front-end")."""
    while k > 0 and text[tokens[k - 1].end : tokens[k].start] == "-":
        k -= 1
    return k


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
        after = text[tokens[i].end : tokens[i].end + 2]
        if keys[i + 1] not in _JOINING_WORDS and after[:1] not in "/," and after != " (":
            continue  # the cheap test first: most words are followed by neither
        y = _second_conjunct(text, tokens, keys, i)
        if y is None:
            continue
        first, y_end = _hyphen_start(text, tokens, i), _hyphen_end(text, tokens, y)
        x_words = keys[first : i + 1]
        tail_end = y_end + 1
        while tail_end < min(n, y_end + index.max_len) and not tokens[tail_end].brk:
            tail_end += 1
        # "X" + the words after Y, longest first; one word of the tail at least.
        for length, found in reversed(index.prefixes([*x_words, *keys[y_end + 1 : tail_end]])):
            values = [v for v in found if usable(v)] if length > len(x_words) else []
            if values:
                last = y_end + length - len(x_words)
                for value in values:
                    yield PhraseHit(value, first, last, tokens[first].start, tokens[last].end)
                break


# Modifiers that postings share across a list of the things they qualify ("data cleansing,
# processing, and wrangling"; "model training, evaluation and deployment"). Only these:
# "load planning, balancing and dispatch" or "unit pricing, testing and labelling" share
# an ordinary word, and reading it into the later items would make skills of them.
_SHARED_FRONT = frozenset({"data", "model"})


def _front_items(text: str, tokens: list[Token], keys: list[str], k: int) -> list[int]:
    """First tokens of the items after the first one of a list whose first item ends at
    token k ("data cleansing, processing, and wrangling": "processing", "wrangling"); each
    item but the last is one word or one hyphenated compound. Empty when no list follows."""
    n = len(tokens)
    starts: list[int] = []
    for _ in range(_LIST_ITEMS):
        if k + 2 < n and keys[k + 1] in _JOINING_WORDS and not tokens[k + 1].brk:
            return [] if tokens[k + 2].brk else [*starts, k + 2]
        if k + 2 >= n or text[tokens[k].end : tokens[k + 1].start].strip() != ",":
            return []
        k += 1
        if keys[k] in _JOINING_WORDS:  # the serial comma: ", and Y"
            return [] if tokens[k + 1].brk else [*starts, k + 1]
        starts.append(k)
        k = _hyphen_end(text, tokens, k)
    return []


def front_shared_hits(
    text: str,
    tokens: list[Token],
    index: PhraseIndex[int],
    usable: Callable[[int], bool],
) -> list[PhraseHit[int]]:
    """Hits for the later items of a list that share the modifier in front of its first
    one: "data cleansing, processing, and wrangling" names data wrangling too, "model
    training, evaluation and deployment" model evaluation and model deployment. Each hit
    spans the item as written ("wrangling"); the last item may run on ("quality checks")."""
    keys = [t.key for t in tokens]
    out: list[PhraseHit[int]] = []
    for i in range(len(tokens) - 3):
        if keys[i] not in _SHARED_FRONT or tokens[i + 1].brk or keys[i + 1] in _JOINING_WORDS:
            continue
        starts = _front_items(text, tokens, keys, _hyphen_end(text, tokens, i + 1))
        for n_item, start in enumerate(starts, 1):
            end = start + 1
            if n_item == len(starts):  # the last item: as far as a phrase goes
                while end < min(len(tokens), start + index.max_len) and not tokens[end].brk:
                    end += 1
            else:
                end = _hyphen_end(text, tokens, start) + 1
            for length, found in reversed(index.prefixes([keys[i], *keys[start:end]])):
                values = [v for v in found if usable(v)] if length > 1 else []
                if values:
                    last = start + length - 2
                    span = (tokens[start].start, tokens[last].end)
                    out.extend(PhraseHit(v, start, last, *span) for v in values)
                    break
    return out
