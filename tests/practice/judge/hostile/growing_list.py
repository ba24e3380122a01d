"""A memory blow-up: a list that grows until the address-space limit."""


def first_repeated(scans):
    hog = []
    while True:
        hog.append([0] * 1000)
