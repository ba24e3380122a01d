"""Wrong: walks down as if the tree were ordered (smaller numbers left), which it is not."""


def shared_manager(root, a, b):
    node = root
    while node is not None:
        if a < node.val and b < node.val and node.left is not None:
            node = node.left
        elif a > node.val and b > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
    return root.val
