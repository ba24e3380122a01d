"""Heapify sifts down from the root forwards, so a small value deep in the list never rises to the top."""

from __future__ import annotations

from typing import Any


class MinHeap:
    """O(log n) push and pop, O(1) peek, O(n) heapify in the constructor."""

    def __init__(self, items: list[Any] | None = None) -> None:
        self._a: list[Any] = list(items) if items else []
        for i in range(len(self._a) // 2):
            self._sift_down(i)

    def _sift_up(self, i: int) -> None:
        a = self._a
        while i > 0:
            parent = (i - 1) // 2
            if a[i] >= a[parent]:
                break
            a[i], a[parent] = a[parent], a[i]
            i = parent

    def _sift_down(self, i: int) -> None:
        a, n = self._a, len(self._a)
        while True:
            smallest, left, right = i, 2 * i + 1, 2 * i + 2
            if left < n and a[left] < a[smallest]:
                smallest = left
            if right < n and a[right] < a[smallest]:
                smallest = right
            if smallest == i:
                return
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def push(self, value: Any) -> None:
        self._a.append(value)
        self._sift_up(len(self._a) - 1)

    def pop(self) -> Any:
        a = self._a
        if not a:
            return None
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            self._sift_down(0)
        return top

    def peek(self) -> Any:
        return self._a[0] if self._a else None

    def size(self) -> int:
        return len(self._a)
