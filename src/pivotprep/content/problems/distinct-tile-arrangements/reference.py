"""Backtracking over letter counts: each distinct letter is tried once per position. O(n * n!)."""

from collections import Counter


def tile_arrangements(tiles: str) -> list[str]:
    counts = Counter(tiles)
    letters = sorted(counts)
    found: list[str] = []
    current: list[str] = []

    def build() -> None:
        if len(current) == len(tiles):
            found.append("".join(current))
            return
        for letter in letters:  # alphabetical, so results come out sorted
            if counts[letter]:
                counts[letter] -= 1
                current.append(letter)
                build()
                current.pop()
                counts[letter] += 1

    build()
    return found
