"""Forgets the free time between the last busy period and the end of the day."""


def common_free_slots(calendars, day_start, day_end, duration):
    busy = sorted(p for c in calendars for p in c)
    slots = []
    free_from = day_start
    for start, end in busy:
        if start - free_from >= duration and start <= day_end:
            slots.append([free_from, start])
        free_from = max(free_from, end)
    return slots
