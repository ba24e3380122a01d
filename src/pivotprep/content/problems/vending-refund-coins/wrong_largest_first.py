"""Greedy: always takes the largest coin that still fits, which is not always fewest (or possible)."""


def fewest_refund_coins(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
