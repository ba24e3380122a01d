"""Wrong: looks for the first level strictly below the threshold, so hitting it exactly is missed."""


def first_hours_at_or_below(levels: list[int], thresholds: list[int]) -> list[int]:
    out = []
    for threshold in thresholds:
        lo, hi = 0, len(levels)
        while lo < hi:
            mid = (lo + hi) // 2
            if levels[mid] >= threshold:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo if lo < len(levels) else -1)
    return out
