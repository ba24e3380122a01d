"""Reference: a character stack for the text and a history stack of edits.

O(n) time and space: every command touches at most 20 characters.
"""


def replay_edits(commands: list[str]) -> str:
    """Return the text after replaying type, delete and undo commands."""
    text: list[str] = []
    history: list[tuple[str, str]] = []  # ("type", typed) or ("delete", removed)
    for command in commands:
        if command == "undo":
            if not history:
                continue
            kind, chars = history.pop()
            if kind == "type":
                del text[len(text) - len(chars) :]
            else:
                text.extend(chars)
            continue
        kind, _, arg = command.partition(":")
        if kind == "type":
            text.extend(arg)
            history.append(("type", arg))
        else:
            count = min(int(arg), len(text))
            removed = "".join(text[len(text) - count :])
            del text[len(text) - count :]
            history.append(("delete", removed))
    return "".join(text)
