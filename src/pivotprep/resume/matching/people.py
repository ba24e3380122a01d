"""A product name that is a person's name in the sentence ("Julia, our head of data, will
onboard you", "Dr Jenkins", "Cassandra from our data team"): the posting introduces a
colleague, and asks for no skill. Pure."""

from __future__ import annotations

import re

from pivotprep.resume.matching.normalize import Token

_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"})
# After the name: an apposition that gives a person's role ("Ray, our data lead", "Julia,
# who leads ..."), or the team the person comes from ("Luigi from our data team").
_ROLE = (
    r"head|lead|leader|manager|director|founder|co-founder|ceo|cto|cdo|cio|vp|engineer|"
    r"analyst|scientist|colleague|mentor|coach|boss|chief|officer|designer|developer|"
    r"architect|administrator|recruiter|partner|dog|cat"
)
_PERSON_AFTER = re.compile(
    r",[ \t]*(?:who|whose|"
    rf"(?:our|my|your|the|his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,3}}(?:{_ROLE})\b)"
    r"|[ \t]+(?:from|of)[ \t]+(?:our|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:team|group|office)\b",
    re.IGNORECASE,
)


def a_person(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether the one capitalised word at tokens[first] names a person: after a title
    ("Dr", "Ms") or before an apposition or a team that says who they are."""
    if first != last:
        return False
    word = tokens[first].text
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if first > 0 and tokens[first - 1].text.lower().rstrip(".") in _HONORIFICS:
        return True
    return _PERSON_AFTER.match(text, tokens[first].end) is not None
