"""Wrong: only checks whether the code appears again later, forgetting earlier occurrences."""


def first_unique_code(codes: str) -> int:
    for i, code in enumerate(codes):
        if codes.find(code, i + 1) == -1:
            return i
    return -1
