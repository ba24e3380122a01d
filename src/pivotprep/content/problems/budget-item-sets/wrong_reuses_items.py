"""Recurses from the same index instead of the next one, so an item can be bought several times."""


def exact_spend_sets(prices, budget):
    ordered = sorted(prices)
    found, chosen = [], []

    def search(start, left):
        if left == 0:
            found.append(list(chosen))
            return
        for i in range(start, len(ordered)):
            if ordered[i] > left:
                break
            chosen.append(ordered[i])
            search(i, left - ordered[i])
            chosen.pop()

    search(0, budget)
    return found
