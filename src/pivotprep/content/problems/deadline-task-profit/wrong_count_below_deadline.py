"""Takes jobs by profit and accepts one whenever fewer jobs than its deadline are accepted, ignoring which days they use."""


def best_task_profit(deadlines, profits):
    taken = total = 0
    for profit, deadline in sorted(zip(profits, deadlines), reverse=True):
        if taken < deadline:
            taken += 1
            total += profit
    return total
