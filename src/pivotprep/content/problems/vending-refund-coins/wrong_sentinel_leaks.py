"""Forgets to turn the 'impossible' sentinel back into -1."""


def fewest_refund_coins(coins, amount):
    fewest = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                fewest[a] = min(fewest[a], fewest[a - c] + 1)
    return fewest[amount]
