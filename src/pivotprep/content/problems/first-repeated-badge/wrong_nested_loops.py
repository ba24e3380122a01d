"""Correct but slow: O(n^2), each scan is compared with every earlier scan."""


def first_repeated(scans: list[int]) -> int:
    for j in range(len(scans)):
        for i in range(j):
            if scans[i] == scans[j]:
                return scans[j]
    return -1
