"""Wrong: swaps the two branches at the top junction only, not below it."""


def mirror_plan(root):
    if root is not None:
        root.left, root.right = root.right, root.left
    return root
