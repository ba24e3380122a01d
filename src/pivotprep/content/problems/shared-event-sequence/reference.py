"""Longest common subsequence with two rows: O(n * m) time, O(m) space."""


def longest_shared(log_a: list[str], log_b: list[str]) -> int:
    previous = [0] * (len(log_b) + 1)
    for a in log_a:
        current = [0] * (len(log_b) + 1)
        for j, b in enumerate(log_b, 1):
            if a == b:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = max(previous[j], current[j - 1])
        previous = current
    return previous[-1]
