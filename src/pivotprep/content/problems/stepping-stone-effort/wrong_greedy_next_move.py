"""Greedy: always makes the cheaper of the two possible next moves, which can lead to expensive stones."""


def least_effort(heights):
    i, total = 0, 0
    last = len(heights) - 1
    while i < last:
        step = abs(heights[i + 1] - heights[i])
        if i + 2 <= last and abs(heights[i + 2] - heights[i]) <= step:
            total += abs(heights[i + 2] - heights[i])
            i += 2
        else:
            total += step
            i += 1
    return total
