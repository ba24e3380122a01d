"""Hands out the strongest chargers to the least demanding phones first, wasting power."""


def phones_charged(needs, chargers):
    strongest = sorted(chargers, reverse=True)
    served = 0
    for need in sorted(needs):
        if served < len(strongest) and strongest[served] >= need:
            served += 1
    return served
