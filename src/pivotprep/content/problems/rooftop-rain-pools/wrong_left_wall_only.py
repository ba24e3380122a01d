"""Wrong: fills every section up to the highest section on its left, ignoring that water runs off the right end."""


def pooled_water(heights: list[int]) -> int:
    water = 0
    highest = 0
    for h in heights:
        highest = max(highest, h)
        water += highest - h
    return water
