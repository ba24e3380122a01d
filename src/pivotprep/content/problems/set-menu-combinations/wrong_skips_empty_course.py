"""Skips a course with no dishes instead of concluding that no combination exists."""


def menu_combinations(courses):
    courses = [c for c in courses if c]
    found, picked = [], []

    def choose(i):
        if i == len(courses):
            found.append(list(picked))
            return
        for dish in courses[i]:
            picked.append(dish)
            choose(i + 1)
            picked.pop()

    choose(0)
    return found
