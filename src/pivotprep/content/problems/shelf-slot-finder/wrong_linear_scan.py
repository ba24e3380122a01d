"""Correct but slow: O(n^2) overall, scans the shelf from the start for every incoming book."""


def insertion_slots(shelf: list[int], incoming: list[int]) -> list[int]:
    slots = []
    for value in incoming:
        i = 0
        while i < len(shelf) and shelf[i] < value:
            i += 1
        slots.append(i)
    return slots
