"""Shifts the exponent before testing its lowest bit, so the lowest bit is never used."""


def power_mod(base, exponent, modulus):
    result = 1 % modulus
    base %= modulus
    while exponent > 0:
        exponent >>= 1
        base = base * base % modulus
        if exponent & 1:
            result = result * base % modulus
    return result
