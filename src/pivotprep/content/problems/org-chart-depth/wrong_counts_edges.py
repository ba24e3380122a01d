"""Off by one: counts the links on the longest chain instead of the people."""


def management_levels(root):
    if root is None:
        return 0

    def edges(node):
        if node.left is None and node.right is None:
            return 0
        return 1 + max(edges(c) for c in (node.left, node.right) if c is not None)

    return edges(root)
