"""Wrong: only considers paths that start at the top station and go straight down."""


def best_path_gain(root):
    def down(node):
        if node is None:
            return 0
        return node.val + max(down(node.left), down(node.right), 0)

    return down(root)
