"""Reference: a set of seats, counting only from block starts. O(n) time, O(n) space."""


def longest_seat_run(seats: list[int]) -> int:
    """Return the length of the longest block of consecutive booked seat numbers."""
    booked = set(seats)
    best = 0
    for seat in booked:
        if seat - 1 in booked:
            continue
        end = seat
        while end + 1 in booked:
            end += 1
        best = max(best, end - seat + 1)
    return best
