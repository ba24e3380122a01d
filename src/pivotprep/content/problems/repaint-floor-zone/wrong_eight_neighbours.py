"""Treats diagonal cells as connected, so zones leak through corners."""


def repaint_zone(grid, row, col, code):
    old = grid[row][col]
    if old == code:
        return grid
    grid[row][col] = code
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == old:
                    grid[nr][nc] = code
                    stack.append((nr, nc))
    return grid
