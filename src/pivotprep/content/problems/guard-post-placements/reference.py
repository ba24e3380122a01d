"""Row-by-row backtracking: leave the row empty or post a guard in a free column. Exponential."""


def count_guard_placements(floor: list[str], k: int) -> int:
    rows, cols = len(floor), len(floor[0])
    used = [False] * cols

    def place(row: int, left: int) -> int:
        if left == 0:
            return 1
        if rows - row < left:
            return 0  # not enough rows remain
        total = place(row + 1, left)  # nobody in this row
        for c in range(cols):
            if floor[row][c] == "." and not used[c]:
                used[c] = True
                total += place(row + 1, left - 1)
                used[c] = False
        return total

    return place(0, k)
