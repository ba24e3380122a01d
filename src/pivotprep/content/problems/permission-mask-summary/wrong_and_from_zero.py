"""Starts the 'every' mask at 0 instead of all ones, so it always stays 0."""


def summarise_permissions(masks):
    every = once = twice = 0
    for m in masks:
        every &= m
        twice |= once & m
        once = (once | m) & ~twice
    return [every, once | twice, once]
