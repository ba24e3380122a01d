"""Counts events common to both logs (as a multiset), ignoring their order."""

from collections import Counter


def longest_shared(log_a, log_b):
    return sum((Counter(log_a) & Counter(log_b)).values())
