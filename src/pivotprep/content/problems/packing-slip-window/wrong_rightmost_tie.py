"""Wrong: replaces the best window on equal length too, so ties return the rightmost section."""

from collections import Counter


def shortest_slip_window(conveyor: str, required: str) -> str:
    if not required:
        return ""
    need = Counter(required)
    missing = len(required)
    best = None
    left = 0
    for right, item in enumerate(conveyor):
        if need[item] > 0:
            missing -= 1
        need[item] -= 1
        if missing:
            continue
        while need[conveyor[left]] < 0:
            need[conveyor[left]] += 1
            left += 1
        if best is None or right - left + 1 <= best[1] - best[0]:
            best = (left, right + 1)
        need[conveyor[left]] += 1
        missing += 1
        left += 1
    return "" if best is None else conveyor[best[0] : best[1]]
