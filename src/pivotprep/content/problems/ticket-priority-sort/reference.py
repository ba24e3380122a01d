"""Reference: three pointers in one pass (the "Dutch flag" partition). O(n) time, O(1) space."""


def sort_by_priority(tickets: list[int]) -> list[int]:
    """Reorder tickets in place as all 0s, then 1s, then 2s, and return the list."""
    low, current, high = 0, 0, len(tickets) - 1
    while current <= high:
        ticket = tickets[current]
        if ticket == 0:
            tickets[low], tickets[current] = tickets[current], tickets[low]
            low += 1
            current += 1
        elif ticket == 2:
            tickets[current], tickets[high] = tickets[high], tickets[current]
            high -= 1
        elif ticket == 1:
            current += 1
        else:
            raise ValueError(f"invalid priority {ticket!r}")
    return tickets
