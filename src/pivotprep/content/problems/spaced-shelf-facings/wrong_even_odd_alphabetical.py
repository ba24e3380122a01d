"""Wrong: fills even then odd positions in alphabetical order, which breaks when the most frequent letter is not first."""

from collections import Counter


def space_out(facings: str) -> str:
    counts = Counter(facings)
    if counts and max(counts.values()) > (len(facings) + 1) // 2:
        return ""
    ordered = sorted(facings)
    row = [""] * len(facings)
    positions = list(range(0, len(facings), 2)) + list(range(1, len(facings), 2))
    for pos, letter in zip(positions, ordered):
        row[pos] = letter
    return "".join(row)
