"""Builds the combinations so that the FIRST course changes fastest, the wrong order."""


def menu_combinations(courses):
    combos = [[]]
    for course in courses:
        combos = [combo + [dish] for dish in course for combo in combos]
    return combos
