"""Sieve of Eratosthenes: cross out multiples of each prime from its square. O(n log log n)."""


def count_prime_lockers(n: int) -> int:
    if n < 2:
        return 0
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    p = 2
    while p * p <= n:
        if is_prime[p]:
            is_prime[p * p :: p] = bytes(len(range(p * p, n + 1, p)))
        p += 1
    return sum(is_prime)
