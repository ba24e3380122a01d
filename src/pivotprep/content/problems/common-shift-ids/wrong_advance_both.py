"""Wrong: moves both pointers on a mismatch, skipping IDs that could still match."""


def common_ids(site_a: list[int], site_b: list[int]) -> list[int]:
    common = []
    i = j = 0
    while i < len(site_a) and j < len(site_b):
        if site_a[i] == site_b[j] and (not common or common[-1] != site_a[i]):
            common.append(site_a[i])
        i += 1
        j += 1
    return common
