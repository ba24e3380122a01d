"""Correct but slow: O(n^2), it removes people from a Python list one by one."""


def last_standing(n, k):
    people = list(range(1, n + 1))
    i = 0
    while len(people) > 1:
        i = (i + k - 1) % len(people)
        people.pop(i)
    return people[0]
