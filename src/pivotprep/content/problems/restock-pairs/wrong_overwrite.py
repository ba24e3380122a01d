"""Wrong: overwrites the stored position of a repeated weight, so it pairs with the latest crate."""


def pair_for_capacity(weights: list[int], capacity: int) -> list[int]:
    where = {}
    for j, weight in enumerate(weights):
        if capacity - weight in where:
            return [where[capacity - weight], j]
        where[weight] = j
    return []
