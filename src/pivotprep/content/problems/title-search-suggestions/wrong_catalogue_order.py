"""Wrong: suggests the first three matches in catalogue order instead of the alphabetically smallest."""


def suggestions_while_typing(titles: list[str], typed: str) -> list[list[str]]:
    out = []
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        out.append([t for t in titles if t.startswith(prefix)][:3])
    return out
