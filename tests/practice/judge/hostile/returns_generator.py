"""Returns a generator instead of a value (a common slip with `yield`)."""


def first_repeated(scans):
    seen = set()
    for badge in scans:
        if badge in seen:
            yield badge
        seen.add(badge)
