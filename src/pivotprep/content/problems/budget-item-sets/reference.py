"""Backtracking over sorted prices with pruning once a price exceeds what is left. O(2^n)."""


def exact_spend_sets(prices: list[int], budget: int) -> list[list[int]]:
    ordered = sorted(prices)
    found: list[list[int]] = []
    chosen: list[int] = []

    def search(start: int, left: int) -> None:
        if left == 0:
            found.append(list(chosen))
            return
        for i in range(start, len(ordered)):
            if ordered[i] > left:
                break  # sorted: every later price is too big as well
            chosen.append(ordered[i])
            search(i + 1, left - ordered[i])
            chosen.pop()

    search(0, budget)
    return found
