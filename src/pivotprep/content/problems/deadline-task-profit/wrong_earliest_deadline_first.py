"""Takes jobs in deadline order whenever a day is still free, never swapping out a cheap job."""


def best_task_profit(deadlines, profits):
    day = 0
    total = 0
    for deadline, profit in sorted(zip(deadlines, profits)):
        if day < deadline:
            day += 1
            total += profit
    return total
