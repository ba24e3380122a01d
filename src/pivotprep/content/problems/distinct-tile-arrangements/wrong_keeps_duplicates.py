"""Permutes tile positions, so identical tiles produce the same string several times."""


def tile_arrangements(tiles):
    found = []
    used = [False] * len(tiles)
    current = []

    def build():
        if len(current) == len(tiles):
            found.append("".join(current))
            return
        for i, t in enumerate(tiles):
            if not used[i]:
                used[i] = True
                current.append(t)
                build()
                current.pop()
                used[i] = False

    build()
    return sorted(found)
