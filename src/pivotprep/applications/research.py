"""A company's research file: the checklist's sections, how complete they are, and the
Markdown form you can edit in any text editor.

    # Research: Acme Analytics
    ## What they sell and to whom
    <!-- the item's prompt, as a reminder; ignored when read back -->
    Your notes ...

Pure: answers (section id -> text) and the checklist in, values or text out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pivotprep.applications.content import ResearchChecklist

MAX_SECTION_CHARS = 8_000
MAX_FILE_CHARS = 80_000
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class SectionStatus:
    id: str
    title: str
    prompt: str
    text: str
    words: int
    min_words: int

    @property
    def done(self) -> bool:
        return self.words >= self.min_words


@dataclass(frozen=True)
class ResearchStatus:
    sections: tuple[SectionStatus, ...]
    mostly_empty_below: float

    @property
    def done(self) -> int:
        return sum(s.done for s in self.sections)

    @property
    def total(self) -> int:
        return len(self.sections)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def mostly_empty(self) -> bool:
        return self.done < self.mostly_empty_below * self.total

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(s.title for s in self.sections if not s.done)


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text))


def status(answers: Mapping[str, str], checklist: ResearchChecklist) -> ResearchStatus:
    """How complete the research is: each section done when it has its minimum words."""
    sections = tuple(
        SectionStatus(
            item.id,
            item.title,
            item.prompt,
            answers.get(item.id, ""),
            word_count(answers.get(item.id, "")),
            item.min_words,
        )
        for item in checklist.items
    )
    return ResearchStatus(sections, checklist.mostly_empty_below)


def to_markdown(company: str, answers: Mapping[str, str], checklist: ResearchChecklist) -> str:
    """The research file as Markdown, with each section's prompt as a comment."""
    lines = [f"# Research: {company}", ""]
    for item in checklist.items:
        lines += [f"## {item.title}", f"<!-- {item.prompt} -->"]
        text = answers.get(item.id, "").strip()
        lines += [text, ""] if text else [""]
    return "\n".join(lines).rstrip() + "\n"


def _section_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


def from_markdown(text: str, checklist: ResearchChecklist) -> dict[str, str]:
    """Answers from a Markdown research file: each `## Section` heading's text.

    Headings are matched to the checklist by title or id, ignoring case and punctuation.
    Raises ValueError naming an unknown heading or a section over the size limit.
    """
    if len(text) > MAX_FILE_CHARS:
        raise ValueError(f"The research file is over {MAX_FILE_CHARS:,} characters.")
    known = {_section_key(i.title): i.id for i in checklist.items}
    known.update({_section_key(i.id): i.id for i in checklist.items})
    answers: dict[str, list[str]] = {}
    current: str | None = None
    for line in _COMMENT.sub("", text).splitlines():
        if line.startswith("## "):
            key = _section_key(line[3:])
            if key not in known:
                titles = "; ".join(i.title for i in checklist.items)
                raise ValueError(
                    f"Unknown section {line[3:].strip()!r}. The sections are: {titles}."
                )
            current = known[key]
            answers.setdefault(current, [])
        elif current is not None and not line.startswith("# "):
            answers[current].append(line)
    out = {key: "\n".join(lines).strip() for key, lines in answers.items()}
    for key, value in out.items():
        if len(value) > MAX_SECTION_CHARS:
            raise ValueError(f"Section {key} is over {MAX_SECTION_CHARS:,} characters.")
    return out
