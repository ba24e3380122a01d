"""Reference: a trie with a pass-through counter on every node.

O(total characters) time and space: O(n) for part numbers of bounded length.
"""


class _Node:
    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.count = 0


def prefix_counts(catalogue: list[str], prefixes: list[str]) -> list[int]:
    """Return, for each prefix, how many catalogue entries start with it."""
    root = _Node()
    for part in catalogue:
        node = root
        node.count += 1
        for char in part:
            child = node.children.get(char)
            if child is None:
                child = node.children[char] = _Node()
            node = child
            node.count += 1
    counts = []
    for prefix in prefixes:
        node: _Node | None = root
        for char in prefix:
            node = node.children.get(char)
            if node is None:
                break
        counts.append(node.count if node is not None else 0)
    return counts
