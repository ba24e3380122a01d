"""Reference: breadth-first walk, averaging one level at a time. O(n) time, O(n) space."""


def average_per_generation(root: TreeNode | None) -> list[float]:  # noqa: F821 - injected
    """Return the average node value of each level, top level first."""
    averages: list[float] = []
    level = [root] if root is not None else []
    while level:
        averages.append(sum(node.val for node in level) / len(level))
        level = [child for node in level for child in (node.left, node.right) if child]
    return averages
