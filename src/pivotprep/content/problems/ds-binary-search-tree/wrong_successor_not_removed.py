"""With two children it copies the successor's key but never unlinks the successor, so that key appears twice."""

from __future__ import annotations

from typing import Any


class _Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key: Any) -> None:
        self.key = key
        self.left: _Node | None = None
        self.right: _Node | None = None


class BinarySearchTree:
    """O(h) insert, contains, delete, min and max (h: height, log n on random input)."""

    def __init__(self) -> None:
        self._root: _Node | None = None
        self._size = 0

    def size(self) -> int:
        return self._size

    def insert(self, key: Any) -> bool:
        if self._root is None:
            self._root = _Node(key)
            self._size = 1
            return True
        node = self._root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key))
                self._size += 1
                return True
            node = child

    def contains(self, key: Any) -> bool:
        node = self._root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def delete(self, key: Any) -> bool:
        parent, node = None, self._root
        while node is not None and node.key != key:
            parent, node = node, (node.left if key < node.key else node.right)
        if node is None:
            return False
        if node.left is not None and node.right is not None:
            # Two children: copy the in-order successor's key here, then unlink the successor.
            succ_parent, succ = node, node.right
            while succ.left is not None:
                succ_parent, succ = succ, succ.left
            node.key = succ.key
            self._size -= 1
            return True
        child = node.left if node.left is not None else node.right
        if parent is None:
            self._root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child
        self._size -= 1
        return True

    def min(self) -> Any:
        node = self._root
        if node is None:
            return None
        while node.left is not None:
            node = node.left
        return node.key

    def max(self) -> Any:
        node = self._root
        if node is None:
            return None
        while node.right is not None:
            node = node.right
        return node.key

    def in_order(self) -> list[Any]:
        out: list[Any] = []
        stack: list[_Node] = []
        node = self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.key)
            node = node.right
        return out
