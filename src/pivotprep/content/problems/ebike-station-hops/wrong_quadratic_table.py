"""Correct but slow: O(n^2) worst case, a table where every station updates all stations in its range."""


def fewest_recharges(reach):
    n = len(reach)
    best = [0] + [-1] * (n - 1)
    for i in range(n):
        if best[i] == -1:
            continue
        for j in range(i + 1, min(n, i + reach[i] + 1)):
            if best[j] == -1 or best[i] + 1 < best[j]:
                best[j] = best[i] + 1
    return best[-1]
