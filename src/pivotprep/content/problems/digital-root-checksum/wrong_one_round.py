"""Adds the digits only once, which can leave two digits."""


def digit_checksum(number):
    return sum(int(d) for d in str(number))
