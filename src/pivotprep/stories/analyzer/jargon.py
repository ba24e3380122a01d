"""Past-domain jargon in a story: terms of the teller's old field and unexplained
acronyms that an interviewer outside that field would not know. Pure.

Two sources, both limited to what a listener would stumble on:

- the translation map's phrases (found by the finder passed in), except everyday work
  words ("scheduled", "quota") and phrases any interviewer understands ("customer
  service", "supply chain", "sales targets"): those help translate a resume but are not
  jargon in a told story;
- acronyms of two capitals or more, except those a tech or business interviewer knows
  ("API", "SLA", "R&D") and those the story spells out somewhere ("average order value
  (AOV)", "AOV (average order value)", or words whose initials spell it): once explained,
  every later use is too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pivotprep.core.language import ENGLISH_STOPWORDS
from pivotprep.stories.analyzer import lexicon
from pivotprep.stories.analyzer.findings import JargonFinder
from pivotprep.stories.analyzer.labels import LabelledSentence

ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}s?\b")  # two capitals or more: checked below
_LINKING = frozenset(["of", "and", "the", "for", "a", "an", "to", "in", "on", "&", "x", "vs"])
KNOWN = lexicon.KNOWN_ACRONYMS | lexicon.TECH_ACRONYMS


def _plain_phrase(term: str) -> bool:
    """An everyday word or phrase of the map: "scheduled", "customer service", "pivot tables"."""
    low = term.lower().replace("-", " ").replace("\u2019", "'")
    if low in lexicon.COMMON_WORK_WORDS or low in lexicon.PLAIN_DOMAIN_PHRASES:
        return True
    return low.endswith("s") and low[:-1] in lexicon.PLAIN_DOMAIN_PHRASES


# An identifier from the code in backticks ("`keyword_in_grounded`"): the project's own
# word, which an interviewer hearing the story cannot know.
_CODE_NAME = re.compile(r"`([A-Za-z]\w*_\w+)`")  # an identifier; a file name says what it is
_IN_BACKTICKS = re.compile(r"`[^`\n]{1,200}`")
# Function words that are also a field's acronym in stories: AT (assistive technology).
_FUNCTION_WORD_ACRONYMS = frozenset({"AT"})
_ROMAN = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")  # "Phase II", "Tier III"


def _known_acronym(term: str) -> bool:
    if _ROMAN.match(term):
        return True
    upper = term.upper()
    singular = upper[:-1] if term.endswith("s") else upper
    if upper in KNOWN or singular in KNOWN or upper in lexicon.EMPHASIS_WORDS:
        return True
    # a function word in capitals is emphasis ("Do BOTH", "It was SO slow"), not an
    # acronym, save the two-letter ones a past field uses as one ("AT devices", assistive
    # technology)
    return upper not in _FUNCTION_WORD_ACRONYMS and term.lower() in ENGLISH_STOPWORDS


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _LINKING).upper()


def _spelled_by(letters: str, text: str) -> bool:
    """Whether the last or the first words of `text` have `letters` as their initials
    ("average order value" for AOV; linking words such as "of" may stand between)."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    for size in range(len(letters), len(letters) + 4):
        if len(words) >= size and _initials(words[-size:]) == letters:
            return True
        if len(words) >= size and _initials(words[:size]) == letters:
            return True
    return False


def _explained_at(text: str, match: re.Match[str]) -> bool:
    """This use of the acronym is spelled out beside it: "(AOV)" after its words, or
    "AOV (average order value)" / "AOV, or average order value"."""
    letters = match.group(0).rstrip("s").replace("&", "")
    if len(letters) < 2:
        return False
    before = text[max(0, match.start() - 80) : match.start()]
    after = text[match.end() : match.end() + 80]
    if before.endswith("(") and _spelled_by(letters, before[:-1].split("\n")[-1]):
        return True
    opened = re.match(r"\s*(?:\(|,\s*or\s+|-\s+|\u2014\s*)([^)\n]{3,70})", after)
    if opened and _spelled_by(letters, opened.group(1)):
        return True
    # "an ICE prioritization framework (Impact x Confidence x Ease)": spelled out in a
    # bracket a few words on
    later = re.match(r"(?:\s+[\w-]+){1,3}\s*\(([^)\n]{3,70})\)", after)
    if later and _spelled_by(letters, later.group(1)):
        return True
    # "(AOV)" or "AOV (...)" with any wording: the writer meant it as a definition.
    return before.endswith("(") or bool(re.match(r"\s*\((?!\))", after))


def _explained(text: str) -> set[str]:
    """The acronyms the story spells out at any of their uses."""
    return {m.group(0).rstrip("s") for m in ACRONYM.finditer(text) if _explained_at(text, m)}


def _sentence_at(labelled: Sequence[LabelledSentence], offset: int) -> int | None:
    for s in labelled:
        if s.sentence.start <= offset < max(s.sentence.end, s.sentence.start + 1):
            return s.sentence.index
    return None


def find_story_jargon(
    text: str,
    labelled: Sequence[LabelledSentence],
    domain: str | None,
    finder: JargonFinder | None,
) -> list[tuple[int, str, str]]:
    """(sentence, term, advice) for past-domain terms and unexplained acronyms, each once."""
    hits: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    explained = _explained(text)
    for hit in finder(text, domain) if finder is not None else []:
        if _plain_phrase(hit.term) or _known_acronym(hit.term):
            continue
        if hit.term.rstrip("s") in explained:
            continue
        index = _sentence_at(labelled, hit.start)
        advice = getattr(hit, "suggestion", "") or ""
        key = advice or hit.term.lower()
        if index is not None and key not in seen:
            seen.add(key)
            seen.add(hit.term.lower())
            hits.append((index, hit.term, advice))
    for match in _CODE_NAME.finditer(text):
        term, at = match.group(1), match.start(1)
        index = _sentence_at(labelled, at)
        if index is not None and term.lower() not in seen:
            seen.add(term.lower())
            hits.append((index, term, "say what it does in plain words"))
    # quoted code, in order and apart: found by bisection, not read once per capital
    code = [m.span() for m in _IN_BACKTICKS.finditer(text)]
    code_starts = [start for start, _ in code]
    for match in ACRONYM.finditer(text):
        term = match.group(0)
        if sum(c.isupper() for c in term) < 2 or _known_acronym(term):
            continue
        at = bisect_right(code_starts, match.start()) - 1
        if at >= 0 and match.start() < code[at][1]:
            continue  # `CREATE INDEX CONCURRENTLY`: code quoted as code, not an acronym
        if term.lower() in seen or term.rstrip("s") in explained:
            continue
        index = _sentence_at(labelled, match.start())
        if index is not None:
            seen.add(term.lower())
            hits.append((index, term, "spell it out and say what it means"))
    return hits
