"""Prunes with >= instead of >, so an item that exactly uses up the remaining budget is never taken."""


def exact_spend_sets(prices, budget):
    ordered = sorted(prices)
    found, chosen = [], []

    def search(start, left):
        if left == 0:
            found.append(list(chosen))
            return
        for i in range(start, len(ordered)):
            if ordered[i] >= left and len(chosen) > 0:
                break
            chosen.append(ordered[i])
            search(i + 1, left - ordered[i])
            chosen.pop()

    search(0, budget)
    return found
