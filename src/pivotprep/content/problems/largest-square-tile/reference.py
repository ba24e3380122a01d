"""Greatest common divisor of all sides with Euclid's algorithm. O(n log V)."""


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def largest_tile_side(rooms: list[list[int]]) -> int:
    side = 0
    for width, length in rooms:
        side = _gcd(_gcd(side, width), length)
    return side
