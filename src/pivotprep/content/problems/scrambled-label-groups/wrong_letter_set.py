"""Wrong: groups by the set of letters, ignoring how many times each letter is used."""


def group_scrambled_labels(labels: list[str]) -> list[list[str]]:
    groups = {}
    for label in labels:
        groups.setdefault(frozenset(label), []).append(label)
    return list(groups.values())
