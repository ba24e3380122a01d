"""Reference: a trie of stems; each word walks down to the first stem end.

O(total characters) time and space: O(n) for words and stems of bounded length.
"""

_END = "$"  # marks the end of a stem; never a lowercase letter


def _shortest_stem(root: dict, word: str) -> str:
    node = root
    for char in word:
        node = node.get(char)
        if node is None:
            return word
        if _END in node:
            return node[_END]
    return word


def shorten_message(stems: list[str], message: str) -> str:
    """Replace every word by the shortest registered stem that starts it."""
    root: dict = {}
    for stem in stems:
        node = root
        for char in stem:
            node = node.setdefault(char, {})
        node[_END] = stem
    return " ".join(_shortest_stem(root, word) for word in message.split())
