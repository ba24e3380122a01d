"""Wrong: records the crate before looking for its partner, so a crate can pair with itself."""


def pair_for_capacity(weights: list[int], capacity: int) -> list[int]:
    where = {}
    for j, weight in enumerate(weights):
        where.setdefault(weight, j)
        if capacity - weight in where:
            return [where[capacity - weight], j]
    return []
