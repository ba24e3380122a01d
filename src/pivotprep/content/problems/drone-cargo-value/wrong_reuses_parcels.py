"""Iterates capacity upwards, so the same parcel can be loaded again and again."""


def best_cargo_value(weights, values, capacity):
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(w, capacity + 1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]
