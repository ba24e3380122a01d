"""Wrong: remembers k instead of the characters actually removed, so undo restores too much."""


def replay_edits(commands: list[str]) -> str:
    text = ""
    history = []
    typed = ""
    for command in commands:
        if command == "undo":
            if history:
                kind, value = history.pop()
                if kind == "type":
                    text = text[: len(text) - len(value)]
                else:
                    text += typed[len(text) : len(text) + value]
            continue
        kind, _, arg = command.partition(":")
        if kind == "type":
            text += arg
            typed = text
            history.append(("type", arg))
        else:
            text = text[: max(0, len(text) - int(arg))]
            history.append(("delete", int(arg)))
    return text
