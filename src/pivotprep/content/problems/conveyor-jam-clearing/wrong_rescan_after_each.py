"""Correct but slow: O(n^2), rescans the whole line from the start after every removal."""


def clear_jams(items: str, k: int) -> str:
    if k < 2:
        raise ValueError("k must be at least 2")
    line = items
    while True:
        run_start = 0
        for i in range(1, len(line) + 1):
            if i == len(line) or line[i] != line[run_start]:
                if i - run_start >= k:
                    line = line[:run_start] + line[run_start + k :]
                    break
                run_start = i
        else:
            return line
