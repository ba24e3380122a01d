"""Returns the repeated badge whose first scan is earliest, not the one that comes back first."""


def first_repeated(scans: list[int]) -> int:
    for i, badge in enumerate(scans):
        if badge in scans[i + 1 :]:
            return badge
    return -1
