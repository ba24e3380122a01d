"""Sieves only up to n - 1, so when n itself is prime it is not counted."""


def count_prime_lockers(n):
    if n < 3:
        return 0
    is_prime = [True] * n
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(n**0.5) + 1):
        if is_prime[p]:
            for q in range(p * p, n, p):
                is_prime[q] = False
    return sum(is_prime)
