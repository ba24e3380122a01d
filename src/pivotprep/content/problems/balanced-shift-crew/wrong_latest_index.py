"""Wrong: overwrites the hour of each balance with the latest one, so stretches come out too short."""


def longest_balanced_stretch(shifts: str) -> int:
    seen = {0: -1}
    balance = 0
    best = 0
    for hour, team in enumerate(shifts):
        balance += 1 if team == "D" else -1
        if balance in seen:
            best = max(best, hour - seen[balance])
        seen[balance] = hour
    return best
