"""Treats an exam ending at minute t as still using its room at t, so back-to-back exams need two rooms."""


def rooms_needed(exams):
    events = []
    for s, e in exams:
        events.append((s, 0))
        events.append((e, 1))
    rooms = best = 0
    for _, kind in sorted(events):
        rooms += 1 if kind == 0 else -1
        best = max(best, rooms)
    return best
