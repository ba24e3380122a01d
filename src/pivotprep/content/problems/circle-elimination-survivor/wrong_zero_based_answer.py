"""Returns the 0-based position from the recurrence instead of the person's number."""


def last_standing(n, k):
    position = 0
    for size in range(2, n + 1):
        position = (position + k) % size
    return position
