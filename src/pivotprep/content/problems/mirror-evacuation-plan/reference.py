"""Reference: swap the children of every node, with an explicit stack. O(n) time, O(n) space."""


def mirror_plan(root: TreeNode | None) -> TreeNode | None:  # noqa: F821 - injected
    """Swap left and right at every node and return the root."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack.extend(child for child in (node.left, node.right) if child is not None)
    return root
