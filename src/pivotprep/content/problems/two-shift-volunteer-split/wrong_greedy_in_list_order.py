"""Assigns shifts clash by clash in list order and never revisits, so it cannot fix earlier choices."""


def can_split_shifts(n, clashes):
    shift = [-1] * n
    for a, b in clashes:
        if shift[a] == -1 and shift[b] == -1:
            shift[a], shift[b] = 0, 1
        elif shift[a] == -1:
            shift[a] = 1 - shift[b]
        elif shift[b] == -1:
            shift[b] = 1 - shift[a]
        elif shift[a] == shift[b]:
            return False
    return True
