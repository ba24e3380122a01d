"""Reference: two pointers from both ends of the sorted prices. O(n) time, O(1) space."""


def best_pair_total(prices: list[int], budget: int) -> int:
    """Return the largest total of two different items not above budget, or -1."""
    best = -1
    lo, hi = 0, len(prices) - 1
    while lo < hi:
        total = prices[lo] + prices[hi]
        if total > budget:
            hi -= 1
        else:
            best = max(best, total)
            lo += 1
    return best
