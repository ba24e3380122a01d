"""Starts the sieve with 1 marked prime, so every count is one too high."""


def count_prime_lockers(n):
    if n < 1:
        return 0
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for q in range(p * p, n + 1, p):
                is_prime[q] = False
        p += 1
    return sum(is_prime)
