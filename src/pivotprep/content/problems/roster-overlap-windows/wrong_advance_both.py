"""Advances both rosters after every comparison, skipping shifts that overlap more than one shift of the other."""


def both_on_duty(doctor, nurse):
    shared = []
    i = j = 0
    while i < len(doctor) and j < len(nurse):
        start = max(doctor[i][0], nurse[j][0])
        end = min(doctor[i][1], nurse[j][1])
        if start <= end:
            shared.append([start, end])
        i += 1
        j += 1
    return shared
