"""Reference: two dictionaries, one per direction. O(n) time, O(1) space (at most 36 codes)."""


def same_route_shape(first: str, second: str) -> bool:
    """Return True if first's codes can be renamed one-to-one to give second."""
    if len(first) != len(second):
        return False
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    for a, b in zip(first, second, strict=True):
        if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
            return False
    return True
