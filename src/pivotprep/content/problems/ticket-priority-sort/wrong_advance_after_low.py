"""Wrong: moves on after swapping a low ticket to the back, without checking what was swapped in."""


def sort_by_priority(tickets: list[int]) -> list[int]:
    low, current, high = 0, 0, len(tickets) - 1
    while current <= high:
        ticket = tickets[current]
        if ticket not in (0, 1, 2):
            raise ValueError("invalid priority")
        if ticket == 0:
            tickets[low], tickets[current] = tickets[current], tickets[low]
            low += 1
        elif ticket == 2:
            tickets[current], tickets[high] = tickets[high], tickets[current]
            high -= 1
        current += 1
    return tickets
