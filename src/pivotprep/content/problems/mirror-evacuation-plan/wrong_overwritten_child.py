"""Wrong: assigns root.left first and then mirrors the already-overwritten root.left again."""


def mirror_plan(root):
    if root is None:
        return None
    root.left = mirror_plan(root.right)
    root.right = mirror_plan(root.left)
    return root
