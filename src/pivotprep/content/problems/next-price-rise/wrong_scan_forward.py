"""Correct but slow: O(n^2), scans forward from every day."""


def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    for i, price in enumerate(prices):
        for j in range(i + 1, len(prices)):
            if prices[j] > price:
                wait[i] = j - i
                break
    return wait
