"""Wrong: only checks that each required letter is present once, ignoring repeated letters on the slip."""


def shortest_slip_window(conveyor: str, required: str) -> str:
    if not required:
        return ""
    need = set(required)
    best = ""
    for i in range(len(conveyor)):
        seen = set()
        for j in range(i, len(conveyor)):
            if conveyor[j] in need:
                seen.add(conveyor[j])
            if seen == need:
                if not best or j - i + 1 < len(best):
                    best = conveyor[i : j + 1]
                break
    return best
