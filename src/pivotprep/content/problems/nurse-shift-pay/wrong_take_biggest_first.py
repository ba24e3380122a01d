"""Greedy: repeatedly takes the best-paid remaining day and blocks its neighbours."""


def best_shift_pay(pay):
    blocked = [False] * len(pay)
    total = 0
    for i in sorted(range(len(pay)), key=lambda i: -pay[i]):
        if not blocked[i]:
            total += pay[i]
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(pay):
                    blocked[j] = True
    return total
