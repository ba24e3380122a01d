"""0/1 knapsack over capacities, iterating capacity downwards: O(n * capacity), O(capacity)."""


def best_cargo_value(weights: list[int], values: list[int], capacity: int) -> int:
    best = [0] * (capacity + 1)  # best value within each weight budget
    for w, v in zip(weights, values, strict=True):
        for c in range(capacity, w - 1, -1):  # downwards: each parcel is used at most once
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[capacity]
