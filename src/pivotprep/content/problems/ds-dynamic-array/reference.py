"""A growable array on top of fixed-size blocks: doubling on full, halving at a quarter."""

from __future__ import annotations

from typing import Any


class DynamicArray:
    """Amortised O(1) append and pop; O(n) insert and remove_at in the middle."""

    def __init__(self) -> None:
        self._capacity = 2
        self._size = 0
        self._block: list[Any] = [None] * self._capacity

    def _resize(self, new_capacity: int) -> None:
        block: list[Any] = [None] * new_capacity
        for i in range(self._size):
            block[i] = self._block[i]
        self._block = block
        self._capacity = new_capacity

    def _maybe_shrink(self) -> None:
        if self._capacity > 2 and self._size <= self._capacity // 4:
            self._resize(max(2, self._capacity // 2))

    def size(self) -> int:
        return self._size

    def capacity(self) -> int:
        return self._capacity

    def append(self, value: Any) -> None:
        if self._size == self._capacity:
            self._resize(self._capacity * 2)
        self._block[self._size] = value
        self._size += 1

    def get(self, index: int) -> Any:
        if 0 <= index < self._size:
            return self._block[index]
        return None

    def set(self, index: int, value: Any) -> bool:
        if 0 <= index < self._size:
            self._block[index] = value
            return True
        return False

    def insert(self, index: int, value: Any) -> bool:
        if not 0 <= index <= self._size:
            return False
        if self._size == self._capacity:
            self._resize(self._capacity * 2)
        for i in range(self._size, index, -1):
            self._block[i] = self._block[i - 1]
        self._block[index] = value
        self._size += 1
        return True

    def pop(self) -> Any:
        if self._size == 0:
            return None
        self._size -= 1
        value = self._block[self._size]
        self._block[self._size] = None
        self._maybe_shrink()
        return value

    def remove_at(self, index: int) -> Any:
        if not 0 <= index < self._size:
            return None
        value = self._block[index]
        for i in range(index, self._size - 1):
            self._block[i] = self._block[i + 1]
        self._size -= 1
        self._block[self._size] = None
        self._maybe_shrink()
        return value
