"""Reference: running balance with the first hour each balance was seen. O(n) time and space."""


def longest_balanced_stretch(shifts: str) -> int:
    """Return the length of the longest stretch with as many D hours as N hours."""
    first_seen = {0: -1}
    balance = 0
    best = 0
    for hour, team in enumerate(shifts):
        balance += 1 if team == "D" else -1
        if balance in first_seen:
            best = max(best, hour - first_seen[balance])
        else:
            first_seen[balance] = hour
    return best
