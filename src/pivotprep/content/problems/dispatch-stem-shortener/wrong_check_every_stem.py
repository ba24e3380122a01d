"""Correct but slow: O(n^2), tries every stem against every word."""


def shorten_message(stems: list[str], message: str) -> str:
    out = []
    for word in message.split():
        best = word
        for stem in stems:
            if len(stem) < len(best) and word.startswith(stem):
                best = stem
        out.append(best)
    return " ".join(out)
