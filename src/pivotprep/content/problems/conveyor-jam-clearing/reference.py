"""Reference: a stack of (item, run length). O(n) time, O(n) space."""


def clear_jams(items: str, k: int) -> str:
    """Remove runs of k identical neighbours repeatedly and return what is left."""
    if k < 2:
        raise ValueError("k must be at least 2")
    runs: list[list] = []  # [item, run length]
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
            if runs[-1][1] == k:
                runs.pop()
        else:
            runs.append([item, 1])
    return "".join(item * length for item, length in runs)
