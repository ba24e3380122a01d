"""Reference: one pass, remembering the first position of every weight. O(n) time and space."""


def pair_for_capacity(weights: list[int], capacity: int) -> list[int]:
    """Return [i, j] of the first pair (by j, then i) filling capacity exactly, or []."""
    first_at: dict[int, int] = {}
    for j, weight in enumerate(weights):
        i = first_at.get(capacity - weight)
        if i is not None:
            return [i, j]
        first_at.setdefault(weight, j)
    return []
