"""reverse() relinks the nodes but leaves the tail pointing at the old last node."""

from __future__ import annotations

from typing import Any


class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value: Any, next: _Node | None = None) -> None:
        self.value = value
        self.next = next


class SinglyLinkedList:
    """O(1) push_front, push_back, pop_front; O(n) remove, index_of, reverse, to_list."""

    def __init__(self) -> None:
        self._head: _Node | None = None
        self._tail: _Node | None = None
        self._size = 0

    def size(self) -> int:
        return self._size

    def push_front(self, value: Any) -> None:
        self._head = _Node(value, self._head)
        if self._tail is None:
            self._tail = self._head
        self._size += 1

    def push_back(self, value: Any) -> None:
        node = _Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            self._tail.next = node
            self._tail = node
        self._size += 1

    def pop_front(self) -> Any:
        if self._head is None:
            return None
        node = self._head
        self._head = node.next
        if self._head is None:
            self._tail = None
        self._size -= 1
        return node.value

    def index_of(self, value: Any) -> int:
        node, i = self._head, 0
        while node is not None:
            if node.value == value:
                return i
            node, i = node.next, i + 1
        return -1

    def remove(self, value: Any) -> bool:
        prev, node = None, self._head
        while node is not None and node.value != value:
            prev, node = node, node.next
        if node is None:
            return False
        if prev is None:
            self._head = node.next
        else:
            prev.next = node.next
        if node is self._tail:
            self._tail = prev
        self._size -= 1
        return True

    def reverse(self) -> None:
        prev, node = None, self._head
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self._head = prev

    def to_list(self) -> list[Any]:
        out = []
        node = self._head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out
