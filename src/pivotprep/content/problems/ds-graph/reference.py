"""An adjacency-list graph with BFS, DFS and fewest-edges paths."""

from __future__ import annotations

from collections import deque
from typing import Any


class Graph:
    """O(1) add_vertex/add_edge (amortised); O(V + E) bfs, dfs and shortest_path."""

    def __init__(self, directed: bool) -> None:
        self._directed = directed
        self._adj: dict[Any, list[Any]] = {}
        self._edges: set[tuple[Any, Any]] = set()

    def add_vertex(self, v: Any) -> bool:
        if v in self._adj:
            return False
        self._adj[v] = []
        return True

    def add_edge(self, u: Any, v: Any) -> bool:
        if (u, v) in self._edges:
            return False
        self.add_vertex(u)
        self.add_vertex(v)
        self._edges.add((u, v))
        self._adj[u].append(v)
        if not self._directed and u != v:
            self._edges.add((v, u))
            self._adj[v].append(u)
        return True

    def neighbors(self, v: Any) -> list[Any]:
        return list(self._adj.get(v, []))

    def bfs(self, start: Any) -> list[Any]:
        if start not in self._adj:
            return []
        order, seen, queue = [], {start}, deque([start])
        while queue:
            v = queue.popleft()
            order.append(v)
            for w in self._adj[v]:
                if w not in seen:
                    seen.add(w)
                    queue.append(w)
        return order

    def dfs(self, start: Any) -> list[Any]:
        """Pre-order, exploring neighbours in the order their edges were added."""
        if start not in self._adj:
            return []
        order, seen = [start], {start}
        stack = [iter(self._adj[start])]
        while stack:
            for w in stack[-1]:
                if w not in seen:
                    seen.add(w)
                    order.append(w)
                    stack.append(iter(self._adj[w]))
                    break
            else:
                stack.pop()
        return order

    def shortest_path(self, source: Any, target: Any) -> list[Any]:
        if source not in self._adj or target not in self._adj:
            return []
        parent: dict[Any, Any] = {source: None}
        queue = deque([source])
        while queue:
            v = queue.popleft()
            if v == target:
                path = [v]
                while parent[v] is not None:
                    v = parent[v]
                    path.append(v)
                return path[::-1]
            for w in self._adj[v]:
                if w not in parent:
                    parent[w] = v
                    queue.append(w)
        return []
