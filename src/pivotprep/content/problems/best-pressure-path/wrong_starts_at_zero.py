"""Wrong: starts the best total at 0, as if an empty path were allowed, so all-negative networks report 0."""


def best_path_gain(root):
    best = 0

    def down(node):
        nonlocal best
        if node is None:
            return 0
        left = max(down(node.left), 0)
        right = max(down(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    down(root)
    return best
