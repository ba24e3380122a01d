"""Reference: iterative in-order walk, checking strictly increasing IDs. O(n) time, O(n) space."""


def is_valid_index(root: TreeNode | None) -> bool:  # noqa: F821 - injected
    """Return True if the tree is a binary search tree with no duplicate values."""
    stack = []
    node = root
    previous = None
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous:
            return False
        previous = node.val
        node = node.right
    return True
