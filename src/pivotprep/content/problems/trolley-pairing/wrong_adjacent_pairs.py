"""Pairs neighbours in sorted order, so light parcels pair with each other and heavy ones go alone."""


def fewest_trolleys(weights, limit):
    ordered = sorted(weights)
    trips, i = 0, 0
    while i < len(ordered):
        if i + 1 < len(ordered) and ordered[i] + ordered[i + 1] <= limit:
            i += 2
        else:
            i += 1
        trips += 1
    return trips
