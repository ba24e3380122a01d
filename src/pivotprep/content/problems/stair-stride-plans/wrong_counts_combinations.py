"""Loops over strides in the outer loop, which counts multisets of strides, not ordered plans."""

MOD = 1_000_000_007


def count_stride_plans(steps, strides):
    plans = [0] * (steps + 1)
    plans[0] = 1
    for s in strides:
        for i in range(s, steps + 1):
            plans[i] = (plans[i] + plans[i - s]) % MOD
    return plans[steps]
