"""Sweep over sorted starts and ends; an end at t frees a room for a start at t. O(n log n)."""


def rooms_needed(exams: list[list[int]]) -> int:
    starts = sorted(s for s, _ in exams)
    ends = sorted(e for _, e in exams)
    rooms = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:  # rooms freed at or before this start
            rooms -= 1
            j += 1
        rooms += 1
        best = max(best, rooms)
    return best
