"""Wrong: counts nodes in pre-order (node before its subtrees), which is not price order."""


def kth_cheapest(root, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    stack = [root] if root is not None else []
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen == k:
            return node.val
        for child in (node.right, node.left):
            if child is not None:
                stack.append(child)
    raise ValueError("k is larger than the number of listings")
