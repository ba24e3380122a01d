"""Wrong: only checks the renaming from first to second, so two codes can become the same code."""


def same_route_shape(first: str, second: str) -> bool:
    if len(first) != len(second):
        return False
    renamed = {}
    for a, b in zip(first, second):
        if renamed.setdefault(a, b) != b:
            return False
    return True
