"""Starts the table with ways[0] = 0, so nothing can ever be built on it."""

MOD = 1_000_000_007


def count_splits(tag, codes):
    ways = [0] * (len(tag) + 1)
    for i in range(1, len(tag) + 1):
        for code in set(codes):
            if len(code) <= i and tag.startswith(code, i - len(code)):
                ways[i] = (ways[i] + (ways[i - len(code)] if i > len(code) else 1)) % MOD
    return ways[len(tag)] if tag else 0
