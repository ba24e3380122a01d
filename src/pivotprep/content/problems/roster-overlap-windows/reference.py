"""Two pointers over both rosters; advance whichever shift ends first. O(n + m)."""


def both_on_duty(doctor: list[list[int]], nurse: list[list[int]]) -> list[list[int]]:
    shared = []
    i = j = 0
    while i < len(doctor) and j < len(nurse):
        start = max(doctor[i][0], nurse[j][0])
        end = min(doctor[i][1], nurse[j][1])
        if start <= end:
            shared.append([start, end])
        if doctor[i][1] < nurse[j][1]:
            i += 1
        else:
            j += 1
    return shared
