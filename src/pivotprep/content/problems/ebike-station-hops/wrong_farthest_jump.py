"""Always rides to the farthest station in range instead of the one that reaches farthest next."""


def fewest_recharges(reach):
    last = len(reach) - 1
    i, charges = 0, 0
    while i < last:
        if reach[i] == 0:
            return -1
        charges += 1
        i = min(last, i + reach[i])
    return charges
