"""Wrong: removes the runs present at the start only, missing runs that form after a removal."""

from itertools import groupby


def clear_jams(items: str, k: int) -> str:
    if k < 2:
        raise ValueError("k must be at least 2")
    return "".join(item * (len(list(group)) % k) for item, group in groupby(items))
