"""Sort, then pair the heaviest remaining parcel with the lightest if they fit. O(n log n)."""


def fewest_trolleys(weights: list[int], limit: int) -> int:
    ordered = sorted(weights)
    light, heavy = 0, len(ordered) - 1
    trips = 0
    while light <= heavy:
        if light < heavy and ordered[light] + ordered[heavy] <= limit:
            light += 1
        heavy -= 1
        trips += 1
    return trips
