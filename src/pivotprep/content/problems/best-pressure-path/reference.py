"""Reference: post-order walk computing each station's best downward gain.

O(n) time, O(h) recursion stack, at most O(n) space.
"""


def best_path_gain(root: TreeNode) -> int:  # noqa: F821 - injected
    """Return the largest sum of values along any path of at least one node."""
    best = root.val

    def downward(node: TreeNode | None) -> int:  # noqa: F821
        nonlocal best
        if node is None:
            return 0
        left = max(downward(node.left), 0)
        right = max(downward(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    downward(root)
    return best
