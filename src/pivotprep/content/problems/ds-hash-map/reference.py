"""A hash map with open addressing, linear probing, tombstones and doubling."""

from __future__ import annotations

from typing import Any

_EMPTY = object()
_DELETED = object()


class HashMap:
    """Average O(1) put, get, remove; the table doubles when over two-thirds used."""

    def __init__(self) -> None:
        self._keys: list[Any] = [_EMPTY] * 8
        self._values: list[Any] = [None] * 8
        self._count = 0  # live entries
        self._used = 0  # live entries plus tombstones

    def _slot(self, key: Any) -> tuple[int, bool]:
        """Index holding `key` (found=True) or the first free index to put it (found=False)."""
        mask = len(self._keys) - 1
        i = hash(key) & mask
        first_free = -1
        while True:
            k = self._keys[i]
            if k is _EMPTY:
                return (first_free if first_free >= 0 else i), False
            if k is _DELETED:
                if first_free < 0:
                    first_free = i
            elif k == key:
                return i, True
            i = (i + 1) & mask

    def _grow(self) -> None:
        old = [
            (k, v)
            for k, v in zip(self._keys, self._values, strict=True)
            if k is not _EMPTY and k is not _DELETED
        ]
        self._keys = [_EMPTY] * (len(self._keys) * 2)
        self._values = [None] * len(self._keys)
        self._count = self._used = 0
        for k, v in old:
            self.put(k, v)

    def put(self, key: Any, value: Any) -> None:
        i, found = self._slot(key)
        if found:
            self._values[i] = value
            return
        if self._keys[i] is _EMPTY:
            self._used += 1
        self._keys[i] = key
        self._values[i] = value
        self._count += 1
        if self._used * 3 > len(self._keys) * 2:
            self._grow()

    def get(self, key: Any) -> Any:
        i, found = self._slot(key)
        return self._values[i] if found else None

    def contains(self, key: Any) -> bool:
        return self._slot(key)[1]

    def remove(self, key: Any) -> bool:
        i, found = self._slot(key)
        if not found:
            return False
        self._keys[i] = _DELETED
        self._values[i] = None
        self._count -= 1
        return True

    def size(self) -> int:
        return self._count
