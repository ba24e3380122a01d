"""Flood fill with an explicit stack: O(rows * cols) time and extra space."""


def repaint_zone(grid: list[list[int]], row: int, col: int, code: int) -> list[list[int]]:
    old = grid[row][col]
    if old == code:
        return grid
    rows, cols = len(grid), len(grid[0])
    grid[row][col] = code
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == old:
                grid[nr][nc] = code  # paint when pushed, so no cell is pushed twice
                stack.append((nr, nc))
    return grid
