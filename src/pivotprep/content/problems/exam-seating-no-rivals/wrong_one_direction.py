"""Stores each rival pair in one direction only, so 'b then a' is still allowed."""


def count_seatings(n, rivals):
    forbidden = [[False] * n for _ in range(n)]
    for a, b in rivals:
        forbidden[a][b] = True
    seated = [False] * n

    def seat(desk, previous):
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
