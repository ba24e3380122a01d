"""Wrong: assumes the distances come out in the same order as the readings."""


def rank_deviations(temps: list[int], setpoint: int) -> list[int]:
    return [abs(t - setpoint) for t in temps]
