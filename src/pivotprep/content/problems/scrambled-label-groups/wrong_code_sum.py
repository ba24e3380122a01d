"""Wrong: keys groups by the sum of character codes, which collides (\"ad\" and \"bc\")."""


def group_scrambled_labels(labels: list[str]) -> list[list[str]]:
    groups = {}
    for label in labels:
        groups.setdefault(sum(map(ord, label)), []).append(label)
    return list(groups.values())
