"""ways[i] = number of splits of tag[:i]; extend with every code that ends at i. O(n * k * L)."""

MOD = 1_000_000_007


def count_splits(tag: str, codes: list[str]) -> int:
    unique = set(codes)
    ways = [0] * (len(tag) + 1)
    ways[0] = 1
    for i in range(1, len(tag) + 1):
        total = 0
        for code in unique:
            if len(code) <= i and tag.startswith(code, i - len(code)):
                total += ways[i - len(code)]
        ways[i] = total % MOD
    return ways[len(tag)]
