"""Reference: a stack of values. O(n) time, O(n) space."""

OPERATORS = "+-*/"


def evaluate_fare(tokens: list[str]) -> int:
    """Evaluate postfix tokens with truncating division; ValueError if malformed."""
    values: list[int] = []
    for token in tokens:
        if token not in OPERATORS:
            values.append(int(token))
            continue
        if len(values) < 2:
            raise ValueError(f"operator {token!r} needs two operands")
        right = values.pop()
        left = values.pop()
        if token == "+":
            values.append(left + right)
        elif token == "-":
            values.append(left - right)
        elif token == "*":
            values.append(left * right)
        else:
            if right == 0:
                raise ValueError("division by zero")
            quotient = abs(left) // abs(right)
            values.append(quotient if (left < 0) == (right < 0) else -quotient)
    if len(values) != 1:
        raise ValueError("the expression must leave exactly one value")
    return values[0]
