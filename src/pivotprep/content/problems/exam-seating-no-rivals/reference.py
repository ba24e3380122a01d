"""Backtracking desk by desk, pruning when a rival would sit next to the last student. O(n!)."""


def count_seatings(n: int, rivals: list[list[int]]) -> int:
    forbidden = [[False] * n for _ in range(n)]
    for a, b in rivals:
        forbidden[a][b] = forbidden[b][a] = True
    seated = [False] * n

    def seat(desk: int, previous: int) -> int:
        if desk == n:
            return 1
        total = 0
        for s in range(n):
            if not seated[s] and (previous < 0 or not forbidden[previous][s]):
                seated[s] = True
                total += seat(desk + 1, s)
                seated[s] = False
        return total

    return seat(0, -1)
