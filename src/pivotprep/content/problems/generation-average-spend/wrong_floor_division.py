"""Wrong: uses floor division, so averages lose their fractional part."""


def average_per_generation(root):
    averages = []
    level = [root] if root is not None else []
    while level:
        averages.append(sum(node.val for node in level) // len(level))
        level = [child for node in level for child in (node.left, node.right) if child]
    return averages
