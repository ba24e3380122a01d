"""A written answer as a worksheet: the text of each phase and the diagram.

Headings are optional. A Markdown heading (`## API`), a bold line (`**API**`) or a short
line ending in a colon (`API:`) starts a phase when its words name one (each phase lists
the heading words it answers to); text before any heading, or under a heading that names
no phase, is kept as "answer" and reviewed like the rest. The diagram is the first fenced
block marked `mermaid` or starting with `flowchart`/`graph`. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

UNSORTED = "answer"
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
FENCE = re.compile(r"^\s*(```+|~~~+)\s*([\w-]*)\s*$")
HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+(.+?)\s*#*\s*|\*\*(.+?)\*\*:?\s*|([A-Z][\w /&,()-]{1,40}):\s*)$"
)


@dataclass(frozen=True)
class PhaseHeadings:
    id: str
    headings: tuple[str, ...]


@dataclass
class Worksheet:
    texts: dict[str, str] = field(default_factory=dict)  # phase id (or "answer") -> text
    diagram: str = ""

    def text_of(self, phase: str) -> str:
        return self.texts.get(phase, "")


def phase_for(heading: str, phases: list[PhaseHeadings]) -> str | None:
    """The phase a heading names, by its listed words (first match wins)."""
    lowered = heading.lower()
    for phase in phases:
        if any(re.search(rf"\b{re.escape(word)}", lowered) for word in phase.headings):
            return phase.id
    return None


def _fence_is_diagram(lang: str, first_line: str) -> bool:
    return lang.lower() == "mermaid" or first_line.strip().lower().startswith(
        ("flowchart", "graph")
    )


def parse_worksheet(text: str, phases: list[PhaseHeadings]) -> Worksheet:
    """Split `text` into phases and pull out the diagram."""
    sheet = Worksheet()
    text = COMMENT.sub("", text)
    current = UNSORTED
    buffers: dict[str, list[str]] = {}
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        fence = FENCE.match(line)
        if fence:
            index = _fenced(lines, index, fence, sheet, buffers.setdefault(current, []))
            continue
        heading = HEADING.match(line)
        if heading:
            title = next(g for g in heading.groups() if g)
            named = phase_for(title, phases)
            if named is not None:
                current = named
                index += 1
                continue
        buffers.setdefault(current, []).append(line)
        index += 1
    sheet.texts = {k: "\n".join(v).strip() for k, v in buffers.items() if "\n".join(v).strip()}
    return sheet


def _fenced(
    lines: list[str], start: int, fence: re.Match[str], sheet: Worksheet, buffer: list[str]
) -> int:
    """Consume a fenced block; the first diagram-like one becomes the diagram. Returns the
    index after the closing fence."""
    marker = fence.group(1)
    end = start + 1
    while end < len(lines) and not lines[end].strip().startswith(marker[:3]):
        end += 1
    body = lines[start + 1 : end]
    first = next((b for b in body if b.strip()), "")
    if not sheet.diagram and _fence_is_diagram(fence.group(2), first):
        sheet.diagram = "\n".join(body)
    else:
        buffer.extend(body)
    return end + 1


def diagram_line_offset(text: str) -> int:
    """Lines before the diagram's first line in `text` (to name lines as the file does)."""
    for number, line in enumerate(text.splitlines()):
        fence = FENCE.match(line)
        if fence:
            rest = text.splitlines()[number + 1 :]
            first = next((b for b in rest if b.strip()), "")
            if _fence_is_diagram(fence.group(2), first):
                return number + 1
    return 0
