"""Wrong: accepts equal IDs (checks < instead of <=), so duplicates slip through."""


def is_valid_index(root):
    values = []
    stack, node = [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        values.append(node.val)
        node = node.right
    return all(a <= b for a, b in zip(values, values[1:]))
