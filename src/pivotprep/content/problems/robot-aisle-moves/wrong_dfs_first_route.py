"""Depth-first search returns the length of the first route it finds, which is not always the shortest."""


def fewest_moves(floor):
    rows, cols = len(floor), len(floor[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if floor[r][c] == "S")
    seen = {start}
    stack = [(start, 0)]
    while stack:
        (r, c), d = stack.pop()
        if floor[r][c] == "T":
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                stack.append(((nr, nc), d + 1))
    return -1
