"""Wrong: compares each node only with its own children, missing deeper violations."""


def is_valid_index(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.left is not None:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if node.right.val <= node.val:
                return False
            stack.append(node.right)
    return True
