"""Reference: a fixed-size window with a running sum. O(n) time, O(1) space."""


def busiest_span(sales: list[int], k: int) -> int:
    """Return the largest total of k consecutive days."""
    if not 1 <= k <= len(sales):
        raise ValueError("k must be between 1 and the number of days")
    window = sum(sales[:k])
    best = window
    for day in range(k, len(sales)):
        window += sales[day] - sales[day - k]
        best = max(best, window)
    return best
