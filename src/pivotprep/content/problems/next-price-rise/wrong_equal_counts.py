"""Wrong: treats an equal price as higher (pops on <=), so ties end the wait too early."""


def days_until_higher(prices: list[int]) -> list[int]:
    wait = [0] * len(prices)
    stack = []
    for day, price in enumerate(prices):
        while stack and prices[stack[-1]] <= price:
            earlier = stack.pop()
            wait[earlier] = day - earlier
        stack.append(day)
    return wait
