"""Wrong: starts the best total at 0, so it reports 0 when every span loses money."""


def busiest_span(sales: list[int], k: int) -> int:
    if not 1 <= k <= len(sales):
        raise ValueError("k must be between 1 and the number of days")
    best = 0
    window = 0
    for day, amount in enumerate(sales):
        window += amount
        if day >= k:
            window -= sales[day - k]
        if day >= k - 1:
            best = max(best, window)
    return best
