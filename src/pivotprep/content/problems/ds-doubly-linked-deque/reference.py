"""A double-ended queue on a doubly linked list."""

from __future__ import annotations

from typing import Any


class _Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value: Any) -> None:
        self.value = value
        self.prev: _Node | None = None
        self.next: _Node | None = None


class Deque:
    """O(1) pushes, pops and peeks at both ends; O(n) to_list and to_list_reversed."""

    def __init__(self) -> None:
        self._head: _Node | None = None
        self._tail: _Node | None = None
        self._size = 0

    def size(self) -> int:
        return self._size

    def push_front(self, value: Any) -> None:
        node = _Node(value)
        if self._head is None:
            self._head = self._tail = node
        else:
            node.next = self._head
            self._head.prev = node
            self._head = node
        self._size += 1

    def push_back(self, value: Any) -> None:
        node = _Node(value)
        if self._tail is None:
            self._head = self._tail = node
        else:
            node.prev = self._tail
            self._tail.next = node
            self._tail = node
        self._size += 1

    def pop_front(self) -> Any:
        node = self._head
        if node is None:
            return None
        self._head = node.next
        if self._head is None:
            self._tail = None
        else:
            self._head.prev = None
        self._size -= 1
        return node.value

    def pop_back(self) -> Any:
        node = self._tail
        if node is None:
            return None
        self._tail = node.prev
        if self._tail is None:
            self._head = None
        else:
            self._tail.next = None
        self._size -= 1
        return node.value

    def peek_front(self) -> Any:
        return None if self._head is None else self._head.value

    def peek_back(self) -> Any:
        return None if self._tail is None else self._tail.value

    def to_list(self) -> list[Any]:
        out, node = [], self._head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def to_list_reversed(self) -> list[Any]:
        out, node = [], self._tail
        while node is not None:
            out.append(node.value)
            node = node.prev
        return out
