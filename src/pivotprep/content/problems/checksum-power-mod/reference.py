"""Right-to-left binary exponentiation: O(log exponent) multiplications."""


def power_mod(base: int, exponent: int, modulus: int) -> int:
    result = 1 % modulus
    base %= modulus
    while exponent > 0:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result
