"""The story bank as a one-page Markdown cheat sheet: for each story its title, signals and
one line per STAR part (the first sentence the analyzer labelled as such), the result's
number, then the signals with no story. Pure: takes stories and their analyses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pivotprep.stories.analyzer.analysis import Analysis
from pivotprep.stories.coverage import Coverage
from pivotprep.stories.models import Story

LINE_LIMIT = 140


def _cell(text: str) -> str:
    """Markdown-safe one-liner: no table breaks, no raw HTML surprises."""
    flat = " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    return flat if len(flat) <= LINE_LIMIT else flat[: LINE_LIMIT - 1].rstrip() + "…"


def _part(analysis: Analysis | None, key: str) -> str:
    if analysis is None:
        return ""
    for sentence in analysis.sentences:
        if sentence.label == key:
            return sentence.text
    for sentence in analysis.sentences:
        if key in sentence.also:
            return sentence.text
    return ""


def cheat_sheet(
    stories: Sequence[tuple[Story, Analysis | None]],
    coverage: Coverage,
    signal_names: dict[str, str],
    *,
    name: str = "",
    on: date | None = None,
) -> str:
    title = f"# Story bank{f' — {name}' if name else ''}"
    lines = [title, ""]
    lines.append(
        f"{coverage.goal_text()} Core signals covered: "
        f"{coverage.core_covered}/{coverage.core_total}."
        + (f" Exported {on.isoformat()}." if on else "")
    )
    lines.append("")
    for story, analysis in stories:
        signals = ", ".join(signal_names.get(s, s) for s in story.signals) or "no signals tagged"
        score = f" · score {analysis.score}/100" if analysis else ""
        lines.append(f"## {_cell(story.title)}")
        origin = " · ".join(x for x in (story.past_role, story.domain) if x)
        lines.append(f"*{_cell(signals)}*{f' · {_cell(origin)}' if origin else ''}{score}")
        lines.append("")
        for key, label in (("S", "S"), ("T", "T"), ("A", "A"), ("R", "R")):
            text = _part(analysis, key)
            lines.append(f"- **{label}**: {_cell(text) if text else '—'}")
        if analysis and analysis.findings:
            todo = ", ".join(f.code.replace("_", " ") for f in analysis.findings[:4])
            lines.append(f"- *to fix*: {todo}")
        lines.append("")
    if coverage.gaps:
        lines.append("## Gaps")
        lines.extend(f"- {gap.text}" for gap in coverage.gaps)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
