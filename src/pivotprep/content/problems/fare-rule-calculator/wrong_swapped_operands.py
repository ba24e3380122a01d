"""Wrong: pops the operands in the wrong order, so subtraction and division are reversed."""


def evaluate_fare(tokens: list[str]) -> int:
    stack = []
    for token in tokens:
        if token in "+-*/":
            if len(stack) < 2:
                raise ValueError("missing operand")
            left, right = stack.pop(), stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            elif token == "*":
                stack.append(left * right)
            else:
                if right == 0:
                    raise ValueError("division by zero")
                stack.append(int(left / right))
        else:
            stack.append(int(token))
    if len(stack) != 1:
        raise ValueError("malformed")
    return stack[0]
