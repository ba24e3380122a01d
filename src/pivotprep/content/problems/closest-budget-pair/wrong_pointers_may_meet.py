"""Wrong: loops while lo <= hi, so it can buy the same item twice."""


def best_pair_total(prices: list[int], budget: int) -> int:
    best = -1
    lo, hi = 0, len(prices) - 1
    while lo <= hi:
        total = prices[lo] + prices[hi]
        if total > budget:
            hi -= 1
        else:
            best = max(best, total)
            lo += 1
    return best
