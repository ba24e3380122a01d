"""Reference: sort, then a trie whose nodes keep their first three titles.

O(n log n) time for the sort plus O(total characters) for the trie; O(n) space.
"""


def suggestions_while_typing(titles: list[str], typed: str) -> list[list[str]]:
    """Return up to three alphabetical suggestions after each typed character."""
    root: dict = {}
    for title in sorted(titles):
        node = root
        for char in title:
            node = node.setdefault(char, {"": []})
            if len(node[""]) < 3:
                node[""].append(title)
    suggestions: list[list[str]] = []
    node: dict | None = root
    for char in typed:
        node = node.get(char) if node is not None else None
        suggestions.append(list(node[""]) if node is not None else [])
    return suggestions
