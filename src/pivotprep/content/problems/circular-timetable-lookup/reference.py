"""Reference: binary search on a rotated sorted list, one search per query. O(q log n) time."""


def _locate(departures: list[int], minute: int) -> int:
    lo, hi = 0, len(departures) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if departures[mid] == minute:
            return mid
        if departures[lo] <= departures[mid]:  # left half is sorted
            if departures[lo] <= minute < departures[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif departures[mid] < minute <= departures[hi]:  # right half is sorted
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def find_departures(departures: list[int], queries: list[int]) -> list[int]:
    """Return, per queried minute, its index in the rotated departures list, or -1."""
    return [_locate(departures, minute) for minute in queries]
