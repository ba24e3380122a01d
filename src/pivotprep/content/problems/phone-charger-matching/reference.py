"""Sort both; give each charger, weakest first, to the neediest phone it can serve. O(n log n)."""


def phones_charged(needs: list[int], chargers: list[int]) -> int:
    phones = sorted(needs)
    served = 0
    for watts in sorted(chargers):
        if served < len(phones) and phones[served] <= watts:
            served += 1
    return served
