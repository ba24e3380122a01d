"""Wrong: suggests titles that contain the typed text anywhere, not only at the start."""


def suggestions_while_typing(titles: list[str], typed: str) -> list[list[str]]:
    ordered = sorted(titles)
    return [[t for t in ordered if typed[:i] in t][:3] for i in range(1, len(typed) + 1)]
