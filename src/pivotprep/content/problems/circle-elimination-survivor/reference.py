"""Josephus recurrence on 0-based positions: J(1) = 0, J(m) = (J(m - 1) + k) mod m. O(n)."""


def last_standing(n: int, k: int) -> int:
    position = 0
    for size in range(2, n + 1):
        position = (position + k) % size
    return position + 1
