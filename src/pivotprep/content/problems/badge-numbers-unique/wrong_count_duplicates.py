"""Counts one reprint per duplicate, forgetting that a raised badge can collide again."""


def fewest_increments(badges):
    return len(badges) - len(set(badges))
