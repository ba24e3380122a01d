"""Reference: parent map from one walk, then intersect the two ancestor chains.

O(n) time, O(n) space.
"""


def shared_manager(root: TreeNode, a: int, b: int) -> int:  # noqa: F821 - injected
    """Return the value of the lowest node whose subtree contains both a and b."""
    parent: dict[int, TreeNode | None] = {root.val: None}  # noqa: F821
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node
                stack.append(child)
    ancestors = set()
    value: int | None = a
    while value is not None:
        ancestors.add(value)
        up = parent[value]
        value = up.val if up is not None else None
    value = b
    while value not in ancestors:
        value = parent[value].val
    return value
