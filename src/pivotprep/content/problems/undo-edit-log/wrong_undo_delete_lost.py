"""Wrong: undoing a delete does not bring the removed characters back."""


def replay_edits(commands: list[str]) -> str:
    text = ""
    history = []
    for command in commands:
        if command == "undo":
            if history:
                kind, chars = history.pop()
                if kind == "type":
                    text = text[: len(text) - len(chars)]
            continue
        kind, _, arg = command.partition(":")
        if kind == "type":
            text += arg
            history.append(("type", arg))
        else:
            count = min(int(arg), len(text))
            text = text[: len(text) - count]
            history.append(("delete", ""))
    return text
