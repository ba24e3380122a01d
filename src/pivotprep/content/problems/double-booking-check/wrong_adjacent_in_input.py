"""Compares each meeting only with the next one in the given order, without sorting."""


def can_attend_all(meetings):
    for a, b in zip(meetings, meetings[1:]):
        if a[0] < b[1] and b[0] < a[1]:
            return False
    return True
