"""Forgets to un-seat a student after exploring a branch, so later branches run out of students."""


def count_seatings(n, rivals):
    forbidden = [[False] * n for _ in range(n)]
    for a, b in rivals:
        forbidden[a][b] = forbidden[b][a] = True
    seated = [False] * n

    def seat(desk, previous):
        if desk == n:
            return 1
        total = 0
        for s in range(n):
            if not seated[s] and (previous < 0 or not forbidden[previous][s]):
                seated[s] = True
                total += seat(desk + 1, s)
        return total

    return seat(0, -1)
