"""Wrong: reports an ID once per matching pair, so IDs repeated at both sites come out repeated."""


def common_ids(site_a: list[int], site_b: list[int]) -> list[int]:
    common = []
    i = j = 0
    while i < len(site_a) and j < len(site_b):
        if site_a[i] < site_b[j]:
            i += 1
        elif site_a[i] > site_b[j]:
            j += 1
        else:
            common.append(site_a[i])
            i += 1
            j += 1
    return common
