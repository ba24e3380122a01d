"""Chooses guards one at a time anywhere on the floor, counting each set once per order (k! times too many)."""


def count_guard_placements(floor, k):
    rows, cols = len(floor), len(floor[0])
    used_r, used_c = [False] * rows, [False] * cols

    def place(left):
        if left == 0:
            return 1
        total = 0
        for r in range(rows):
            for c in range(cols):
                if floor[r][c] == "." and not used_r[r] and not used_c[c]:
                    used_r[r] = used_c[c] = True
                    total += place(left - 1)
                    used_r[r] = used_c[c] = False
        return total

    return place(k)
