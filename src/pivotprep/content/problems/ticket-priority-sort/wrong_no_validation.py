"""Wrong: never checks the values, so invalid priorities are silently left in the list."""


def sort_by_priority(tickets: list[int]) -> list[int]:
    low, current, high = 0, 0, len(tickets) - 1
    while current <= high:
        if tickets[current] == 0:
            tickets[low], tickets[current] = tickets[current], tickets[low]
            low += 1
            current += 1
        elif tickets[current] == 2:
            tickets[current], tickets[high] = tickets[high], tickets[current]
            high -= 1
        else:
            current += 1
    return tickets
