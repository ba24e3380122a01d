"""Hostile: returns a list whose JSON is about 30 MB, for every case."""


def first_repeated(scans):
    return list(range(3_000_000))
