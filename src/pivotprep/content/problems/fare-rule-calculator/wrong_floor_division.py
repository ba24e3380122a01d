"""Wrong: uses //, which rounds negative quotients down instead of toward zero."""


def evaluate_fare(tokens: list[str]) -> int:
    stack = []
    for token in tokens:
        if token in "+-*/":
            if len(stack) < 2:
                raise ValueError("missing operand")
            right, left = stack.pop(), stack.pop()
            if token == "/" and right == 0:
                raise ValueError("division by zero")
            stack.append({"+": left + right, "-": left - right, "*": left * right}.get(token) if token != "/" else left // right)
        else:
            stack.append(int(token))
    if len(stack) != 1:
        raise ValueError("malformed")
    return stack[0]
