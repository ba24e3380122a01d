"""Correct but slow: O(n^2) on chains, no union by size and no path compression, so trees become long lists."""


class UnionFind:
    def __init__(self, n):
        self._parent = list(range(n))
        self._size = [1] * n
        self._count = n

    def _find(self, x):
        while self._parent[x] != x:
            x = self._parent[x]
        return x

    def union(self, a, b):
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        self._size[rb] += self._size[ra]
        self._count -= 1
        return True

    def connected(self, a, b):
        return self._find(a) == self._find(b)

    def component_size(self, a):
        return self._size[self._find(a)]

    def count(self):
        return self._count
