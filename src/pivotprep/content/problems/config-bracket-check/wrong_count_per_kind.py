"""Wrong: counts each kind of bracket separately, so crossed brackets like "([)]" pass."""


def brackets_balanced(config: str) -> bool:
    depth = {"(": 0, "[": 0, "{": 0}
    closing = {")": "(", "]": "[", "}": "{"}
    for char in config:
        if char in depth:
            depth[char] += 1
        elif char in closing:
            depth[closing[char]] -= 1
            if depth[closing[char]] < 0:
                return False
    return all(v == 0 for v in depth.values())
