"""Initialises the first row and column with zeros, so edits against an empty prefix are free."""


def edit_count(typed, registered):
    n, m = len(typed), len(registered)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (typed[i - 1] != registered[j - 1]))
    return d[n][m]
