"""Correct but slow: O(n^2), walks right from every seat instead of only from block starts."""


def longest_seat_run(seats: list[int]) -> int:
    booked = set(seats)
    best = 0
    for seat in booked:
        end = seat
        while end + 1 in booked:
            end += 1
        best = max(best, end - seat + 1)
    return best
