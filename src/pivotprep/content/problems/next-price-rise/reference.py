"""Reference: a monotonic stack of days still waiting. O(n) time, O(n) space."""


def days_until_higher(prices: list[int]) -> list[int]:
    """Return, for each day, the days until a strictly higher price (0 if never)."""
    wait = [0] * len(prices)
    waiting: list[int] = []  # day indices; their prices never increase bottom to top
    for day, price in enumerate(prices):
        while waiting and prices[waiting[-1]] < price:
            earlier = waiting.pop()
            wait[earlier] = day - earlier
        waiting.append(day)
    return wait
