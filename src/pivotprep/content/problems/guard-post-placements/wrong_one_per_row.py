"""Always posts a guard in each of the first k rows, never leaving a row empty."""


def count_guard_placements(floor, k):
    cols = len(floor[0])
    used = [False] * cols

    def place(row, left):
        if left == 0:
            return 1
        if row == len(floor):
            return 0
        total = 0
        for c in range(cols):
            if floor[row][c] == "." and not used[c]:
                used[c] = True
                total += place(row + 1, left - 1)
                used[c] = False
        return total

    return place(0, k)
