"""Wrong: sorts everyone by severity up front, treating patients before they have arrived."""


def treatment_order(patients: list[list[int]]) -> list[int]:
    return sorted(range(len(patients)), key=lambda i: (-patients[i][1], patients[i][0], i))
