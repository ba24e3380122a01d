"""Fills each trolley with as many light parcels as fit, forgetting that a trolley holds at most two."""


def fewest_trolleys(weights, limit):
    ordered = sorted(weights)
    light, heavy, trips = 0, len(ordered) - 1, 0
    while light <= heavy:
        load = ordered[heavy]
        heavy -= 1
        while light <= heavy and load + ordered[light] <= limit:
            load += ordered[light]
            light += 1
        trips += 1
    return trips
