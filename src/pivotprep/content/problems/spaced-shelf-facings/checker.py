"""Accept any arrangement of the same letters with no equal neighbours; "" only if impossible."""

from collections import Counter


def check(input: dict, expected, actual) -> bool:
    if not isinstance(actual, str):
        return False
    if expected == "":
        return actual == ""
    if Counter(actual) != Counter(input["facings"]):
        return False
    return all(actual[i] != actual[i + 1] for i in range(len(actual) - 1))
