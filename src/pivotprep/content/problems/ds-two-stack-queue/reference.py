"""A FIFO queue from two stacks: each value moves from inbox to outbox at most once."""

from __future__ import annotations

from typing import Any


class TwoStackQueue:
    """Amortised O(1) per operation: the outbox is refilled only when it is empty."""

    def __init__(self) -> None:
        self._inbox: list[Any] = []
        self._outbox: list[Any] = []

    def _refill(self) -> None:
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def enqueue(self, value: Any) -> None:
        self._inbox.append(value)

    def dequeue(self) -> Any:
        self._refill()
        return self._outbox.pop() if self._outbox else None

    def peek(self) -> Any:
        self._refill()
        return self._outbox[-1] if self._outbox else None

    def size(self) -> int:
        return len(self._inbox) + len(self._outbox)

    def is_empty(self) -> bool:
        return not self._inbox and not self._outbox
