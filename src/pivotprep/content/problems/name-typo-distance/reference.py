"""Levenshtein distance with two rows: O(n * m) time, O(m) space."""


def edit_count(typed: str, registered: str) -> int:
    previous = list(range(len(registered) + 1))  # edits from "" to each prefix of registered
    for i, a in enumerate(typed, 1):
        current = [i] + [0] * len(registered)
        for j, b in enumerate(registered, 1):
            current[j] = min(
                previous[j] + 1,  # delete a
                current[j - 1] + 1,  # insert b
                previous[j - 1] + (a != b),  # keep or replace
            )
        previous = current
    return previous[-1]
