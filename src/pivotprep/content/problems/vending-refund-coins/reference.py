"""Unbounded-coins DP over amounts: fewest[a] = 1 + min(fewest[a - c]). O(amount * k)."""


def fewest_refund_coins(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    fewest = [0] + [impossible] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return fewest[amount] if fewest[amount] != impossible else -1
