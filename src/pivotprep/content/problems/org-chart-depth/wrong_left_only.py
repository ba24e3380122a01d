"""Wrong: follows only the first report of each manager, as if the deepest chain were on the left."""


def management_levels(root):
    depth = 0
    node = root
    while node is not None:
        depth += 1
        node = node.left if node.left is not None else node.right
    return depth
