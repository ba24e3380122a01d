"""Evicts the most recently used tile instead of the least recently used one."""

from __future__ import annotations

from typing import Any


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key: Any = None, value: Any = None) -> None:
        self.key = key
        self.value = value
        self.prev: _Node = self
        self.next: _Node = self


class LRUCache:
    """O(1) get and put: the list runs from least recent (after the sentinel) to most recent."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._nodes: dict[Any, _Node] = {}
        self._sentinel = _Node()

    def _unlink(self, node: _Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node: _Node) -> None:
        last = self._sentinel.prev
        last.next = node
        node.prev = last
        node.next = self._sentinel
        self._sentinel.prev = node

    def get(self, key: Any) -> Any:
        node = self._nodes.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key: Any, value: Any) -> None:
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if self._capacity == 0:
            return
        if len(self._nodes) == self._capacity:
            oldest = self._sentinel.prev
            self._unlink(oldest)
            del self._nodes[oldest.key]
        node = _Node(key, value)
        self._nodes[key] = node
        self._append(node)

    def size(self) -> int:
        return len(self._nodes)
