"""Wrong: counts parts that contain the typed text anywhere, not only at the start."""


def prefix_counts(catalogue: list[str], prefixes: list[str]) -> list[int]:
    return [sum(1 for part in catalogue if prefix in part) for prefix in prefixes]
