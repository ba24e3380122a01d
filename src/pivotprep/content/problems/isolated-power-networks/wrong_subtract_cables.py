"""Assumes every cable joins two different networks: returns n minus the number of cables."""


def count_networks(n, cables):
    return max(1, n - len(cables))
