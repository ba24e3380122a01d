"""Starts the result at 1 without reducing it, so with modulus 1 and exponent 0 it returns 1."""


def power_mod(base, exponent, modulus):
    result = 1
    base %= modulus
    while exponent > 0:
        if exponent & 1:
            result = result * base % modulus
        base = base * base % modulus
        exponent >>= 1
    return result
