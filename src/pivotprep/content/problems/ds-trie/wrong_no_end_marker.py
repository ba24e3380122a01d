"""contains only checks that the path exists, so every prefix of a stored word counts as a word."""

from __future__ import annotations


class _Node:
    __slots__ = ("children", "is_word", "count")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False
        self.count = 0  # words stored at or below this node


class Trie:
    """O(L) insert, contains, starts_with and count_prefix for a word or prefix of length L."""

    def __init__(self) -> None:
        self._root = _Node()

    def _walk(self, text: str) -> _Node | None:
        node = self._root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> bool:
        if self.contains(word):
            return False
        node = self._root
        node.count += 1
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.count += 1
        node.is_word = True
        return True

    def contains(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None

    def starts_with(self, prefix: str) -> bool:
        node = self._walk(prefix)
        return node is not None and node.count > 0

    def count_prefix(self, prefix: str) -> int:
        node = self._walk(prefix)
        return 0 if node is None else node.count

    def size(self) -> int:
        return self._root.count
