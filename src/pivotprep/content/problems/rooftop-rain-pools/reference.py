"""Reference: two pointers with the highest section seen from each end. O(n) time, O(1) space."""


def pooled_water(heights: list[int]) -> int:
    """Return the total water held between higher sections on both sides."""
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if heights[left] < heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
