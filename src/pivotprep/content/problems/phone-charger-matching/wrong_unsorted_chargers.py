"""Sorts the phones but walks the chargers in the order they were listed."""


def phones_charged(needs, chargers):
    phones = sorted(needs)
    served = 0
    for watts in chargers:
        if served < len(phones) and phones[served] <= watts:
            served += 1
    return served
