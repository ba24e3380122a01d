"""Wrong: runs an ordinary binary search, as if the list were not rotated."""


def find_departures(departures: list[int], queries: list[int]) -> list[int]:
    out = []
    for minute in queries:
        lo, hi = 0, len(departures) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if departures[mid] == minute:
                found = mid
                break
            if departures[mid] < minute:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(found)
    return out
