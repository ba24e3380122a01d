"""Reference: group by the sorted letters of each label. O(n) time for labels of bounded length."""


def group_scrambled_labels(labels: list[str]) -> list[list[str]]:
    """Return labels grouped by rearrangement, groups in order of first appearance."""
    groups: dict[str, list[str]] = {}
    for label in labels:
        groups.setdefault("".join(sorted(label)), []).append(label)
    return list(groups.values())
