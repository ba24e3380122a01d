"""Pool every busy period, sort, and sweep the gaps inside the day. O(n log n)."""


def common_free_slots(
    calendars: list[list[list[int]]], day_start: int, day_end: int, duration: int
) -> list[list[int]]:
    busy = sorted(period for calendar in calendars for period in calendar)
    slots = []
    free_from = day_start
    for start, end in busy:
        if start - free_from >= duration and start <= day_end:
            slots.append([free_from, start])
        free_from = max(free_from, end)
    if day_end - free_from >= duration:
        slots.append([free_from, day_end])
    return slots
