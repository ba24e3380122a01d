"""Wrong: returns the direct manager of a, ignoring where b is."""


def shared_manager(root, a, b):
    if root.val in (a, b):
        return root.val
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                if child.val == a:
                    return node.val
                stack.append(child)
    return root.val
