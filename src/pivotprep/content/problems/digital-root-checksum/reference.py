"""A number and its digit sum agree modulo 9, so the digital root is 1 + (n - 1) % 9. O(1)."""


def digit_checksum(number: int) -> int:
    if number == 0:
        return 0
    return 1 + (number - 1) % 9
