"""Wrong: never checks that the stack is empty at the end, so unclosed brackets pass."""


def brackets_balanced(config: str) -> bool:
    stack = []
    closing = {")": "(", "]": "[", "}": "{"}
    for char in config:
        if char in "([{":
            stack.append(char)
        elif char in closing:
            if not stack or stack.pop() != closing[char]:
                return False
    return True
