"""Greedy: always cuts the longest matching code, so it finds at most one split and misses others."""


def count_splits(tag, codes):
    i = 0
    while i < len(tag):
        match = max((c for c in codes if tag.startswith(c, i)), key=len, default=None)
        if match is None:
            return 0
        i += len(match)
    return 1
