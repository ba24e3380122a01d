"""Wrong: sorts but treats a double booking as a break in the block."""


def longest_seat_run(seats: list[int]) -> int:
    if not seats:
        return 0
    ordered = sorted(seats)
    best = current = 1
    for prev, seat in zip(ordered, ordered[1:]):
        current = current + 1 if seat == prev + 1 else 1
        best = max(best, current)
    return best
