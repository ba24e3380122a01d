"""Reference: a stack of open brackets. O(n) time, O(n) space."""

PAIRS = {")": "(", "]": "[", "}": "{"}


def brackets_balanced(config: str) -> bool:
    """Return True if every bracket in config is closed by the same kind, in order."""
    open_brackets: list[str] = []
    for char in config:
        if char in "([{":
            open_brackets.append(char)
        elif char in PAIRS and (not open_brackets or open_brackets.pop() != PAIRS[char]):
            return False
    return not open_brackets
