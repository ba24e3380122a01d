"""Wrong: averages only the leftmost and rightmost customer of each generation."""


def average_per_generation(root):
    averages = []
    level = [root] if root is not None else []
    while level:
        averages.append((level[0].val + level[-1].val) / 2)
        level = [child for node in level for child in (node.left, node.right) if child]
    return averages
