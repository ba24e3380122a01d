"""Reference: sliding window with a count of items still missing.

O(n + m) time; O(1) extra space because there are at most 26 item types.
"""

from collections import Counter


def shortest_slip_window(conveyor: str, required: str) -> str:
    """Return the leftmost shortest section of conveyor covering required, or ""."""
    if not required:
        return ""
    need = Counter(required)
    missing = len(required)
    best_start, best_len = 0, 0
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
        if best_len == 0 or right - left + 1 < best_len:
            best_start, best_len = left, right - left + 1
        need[conveyor[left]] += 1
        missing += 1
        left += 1
    return conveyor[best_start : best_start + best_len]
