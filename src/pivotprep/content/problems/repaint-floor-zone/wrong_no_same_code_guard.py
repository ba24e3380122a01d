"""Recursive fill without the same-code check: when code equals the old code it recurses forever."""


def repaint_zone(grid, row, col, code):
    old = grid[row][col]

    def fill(r, c):
        if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
            return
        grid[r][c] = code
        fill(r + 1, c)
        fill(r - 1, c)
        fill(r, c + 1)
        fill(r, c - 1)

    fill(row, col)
    return grid
