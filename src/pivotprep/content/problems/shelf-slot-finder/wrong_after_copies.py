"""Wrong: moves right on equal call numbers too, so a new copy lands after the existing copies."""


def insertion_slots(shelf: list[int], incoming: list[int]) -> list[int]:
    slots = []
    for value in incoming:
        lo, hi = 0, len(shelf)
        while lo < hi:
            mid = (lo + hi) // 2
            if shelf[mid] <= value:
                lo = mid + 1
            else:
                hi = mid
        slots.append(lo)
    return slots
