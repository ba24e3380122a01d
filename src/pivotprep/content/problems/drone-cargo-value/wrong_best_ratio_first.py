"""Greedy: loads parcels by value per gram while they fit, which can leave space badly used."""


def best_cargo_value(weights, values, capacity):
    total = 0
    for w, v in sorted(zip(weights, values), key=lambda p: -p[1] / p[0]):
        if w <= capacity:
            capacity -= w
            total += v
    return total
