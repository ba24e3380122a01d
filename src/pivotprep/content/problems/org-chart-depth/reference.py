"""Reference: breadth-first walk counting levels. O(n) time, O(n) space."""


def management_levels(root: TreeNode | None) -> int:  # noqa: F821 - injected by the judge
    """Return the number of nodes on the longest root-to-leaf chain."""
    levels = 0
    level = [root] if root is not None else []
    while level:
        levels += 1
        level = [child for node in level for child in (node.left, node.right) if child]
    return levels
