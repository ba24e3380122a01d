"""Skips a tile equal to the previous one even when the previous one is in use, losing valid strings."""


def tile_arrangements(tiles):
    tiles = sorted(tiles)
    found = []
    used = [False] * len(tiles)
    current = []

    def build():
        if len(current) == len(tiles):
            found.append("".join(current))
            return
        for i, t in enumerate(tiles):
            if used[i] or (i > 0 and tiles[i] == tiles[i - 1]):
                continue
            used[i] = True
            current.append(t)
            build()
            current.pop()
            used[i] = False

    build()
    return found
