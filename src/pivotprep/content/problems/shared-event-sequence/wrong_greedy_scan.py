"""Greedy: matches each event of the first log with the next occurrence in the second, never reconsidering."""


def longest_shared(log_a, log_b):
    j = 0
    count = 0
    for a in log_a:
        k = j
        while k < len(log_b) and log_b[k] != a:
            k += 1
        if k < len(log_b):
            count += 1
            j = k + 1
    return count
