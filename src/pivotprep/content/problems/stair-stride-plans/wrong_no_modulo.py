"""Forgets the modulo, so large counts come back as huge exact integers."""


def count_stride_plans(steps, strides):
    plans = [0] * (steps + 1)
    plans[0] = 1
    for i in range(1, steps + 1):
        plans[i] = sum(plans[i - s] for s in strides if s <= i)
    return plans[steps]
