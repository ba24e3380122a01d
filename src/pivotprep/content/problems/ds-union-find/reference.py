"""Disjoint sets with union by size and path compression."""

from __future__ import annotations


class UnionFind:
    """Near-O(1) amortised union, connected and component_size (inverse Ackermann)."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))
        self._size = [1] * n
        self._count = n

    def _find(self, x: int) -> int:
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:  # path compression
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        self._size[ra] += self._size[rb]
        self._count -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self._find(a) == self._find(b)

    def component_size(self, a: int) -> int:
        return self._size[self._find(a)]

    def count(self) -> int:
        return self._count
