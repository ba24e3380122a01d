"""Off by one: the loop stops one day early, so the last window is never considered."""


def busiest_span(sales: list[int], k: int) -> int:
    if not 1 <= k <= len(sales):
        raise ValueError("k must be between 1 and the number of days")
    window = sum(sales[:k])
    best = window
    for day in range(k, len(sales) - 1):
        window += sales[day] - sales[day - k]
        best = max(best, window)
    return best
