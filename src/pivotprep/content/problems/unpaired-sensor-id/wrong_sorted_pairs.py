"""Sorts and compares neighbours two at a time, but never checks the last element, so a largest unpaired id is missed."""


def unpaired_id(ids):
    s = sorted(ids)
    for i in range(0, len(s) - 1, 2):
        if s[i] != s[i + 1]:
            return s[i]
    return s[0]
