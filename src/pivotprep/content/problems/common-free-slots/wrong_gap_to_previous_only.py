"""Measures each gap from the previous busy period's end, not from the latest end seen, so contained periods open false gaps."""


def common_free_slots(calendars, day_start, day_end, duration):
    busy = sorted(p for c in calendars for p in c)
    slots = []
    free_from = day_start
    for start, end in busy:
        if start - free_from >= duration and start <= day_end:
            slots.append([free_from, start])
        free_from = max(day_start, end)
    if day_end - free_from >= duration:
        slots.append([free_from, day_end])
    return slots
