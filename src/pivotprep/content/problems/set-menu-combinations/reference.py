"""Backtracking course by course: one dish per level. O(product of course sizes)."""


def menu_combinations(courses: list[list[str]]) -> list[list[str]]:
    found: list[list[str]] = []
    picked: list[str] = []

    def choose(course: int) -> None:
        if course == len(courses):
            found.append(list(picked))
            return
        for dish in courses[course]:
            picked.append(dish)
            choose(course + 1)
            picked.pop()

    choose(0)
    return found
