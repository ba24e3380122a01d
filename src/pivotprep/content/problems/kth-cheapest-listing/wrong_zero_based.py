"""Off by one: counts listings from 0, so it returns the (k+1)-th cheapest."""


def kth_cheapest(root, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    stack, node, seen = [], root, 0
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if seen == k:
            return node.val
        seen += 1
        node = node.right
    raise ValueError("k is larger than the number of listings")
