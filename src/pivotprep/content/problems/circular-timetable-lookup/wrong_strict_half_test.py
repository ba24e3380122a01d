"""Wrong: tests the sorted half with < instead of <=, which misjudges ranges of one or two."""


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
            if departures[lo] < departures[mid]:
                if departures[lo] <= minute < departures[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            elif departures[mid] < minute <= departures[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        out.append(found)
    return out
