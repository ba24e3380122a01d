"""Wrong: stretches each building's banner only to the right, never to the left."""


def largest_banner(heights: list[int]) -> int:
    best = 0
    for i, height in enumerate(heights):
        j = i
        while j < len(heights) and heights[j] >= height:
            j += 1
        best = max(best, height * (j - i))
    return best
