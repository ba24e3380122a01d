"""Reference: walk both sorted lists with one pointer each. O(n + m) time, O(n) output."""


def common_ids(site_a: list[int], site_b: list[int]) -> list[int]:
    """Return the sorted IDs present in both sorted lists, without repeats."""
    common: list[int] = []
    i = j = 0
    while i < len(site_a) and j < len(site_b):
        a, b = site_a[i], site_b[j]
        if a < b:
            i += 1
        elif a > b:
            j += 1
        else:
            if not common or common[-1] != a:
                common.append(a)
            i += 1
            j += 1
    return common
