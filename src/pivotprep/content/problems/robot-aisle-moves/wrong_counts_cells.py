"""Counts the cells on the route including the dock, one more than the number of moves."""

from collections import deque


def fewest_moves(floor):
    rows, cols = len(floor), len(floor[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if floor[r][c] == "S")
    dist = {start: 1}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if floor[r][c] == "T":
            return dist[(r, c)]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
