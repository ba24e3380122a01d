"""Reference: iterative in-order walk that stops at the k-th node. O(h + k) time, O(h) space."""


def kth_cheapest(root: TreeNode | None, k: int) -> int:  # noqa: F821 - injected
    """Return the k-th smallest value of the binary search tree."""
    if k < 1:
        raise ValueError("k must be at least 1")
    stack = []
    node = root
    seen = 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        seen += 1
        if seen == k:
            return node.val
        node = node.right
    raise ValueError("k is larger than the number of listings")
