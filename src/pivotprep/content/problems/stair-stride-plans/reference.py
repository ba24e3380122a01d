"""Bottom-up counting: plans(i) = sum of plans(i - s) for each stride s. O(steps * k)."""

MOD = 1_000_000_007


def count_stride_plans(steps: int, strides: list[int]) -> int:
    plans = [0] * (steps + 1)
    plans[0] = 1
    for i in range(1, steps + 1):
        plans[i] = sum(plans[i - s] for s in strides if s <= i) % MOD
    return plans[steps]
