"""The progress chart: planned vs done hours per week, as a small inline SVG. Pure.

Drawn on the server so the dashboard needs no JavaScript or chart library. Every bar
has a <title> with its numbers, so the figure is readable by a screen reader too.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 520, 260
LEFT, BOTTOM, TOP = 36, 28, 14


def progress_svg(weeks: Sequence[tuple[int, float, float]], *, current: int, budget: float) -> str:
    """`weeks` holds (week number, planned hours, done hours)."""
    if not weeks:
        return ""
    top = max([budget, *(p for _, p, _ in weeks), *(d for _, _, d in weeks)]) or 1.0
    plot_w = WIDTH - LEFT - 8
    plot_h = HEIGHT - BOTTOM - TOP
    slot = plot_w / len(weeks)
    bar = max(2.0, slot * 0.38)
    parts = [
        f'<svg class="progress-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Planned and done hours per week" xmlns="http://www.w3.org/2000/svg">'
    ]
    for frac in (0, 0.5, 1):
        y = TOP + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dde2ea"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#5b6575">{top * frac:g}</text>'
        )
    for i, (number, planned, done) in enumerate(weeks):
        x = LEFT + i * slot + slot * 0.1
        if number == current:
            parts.append(
                f'<rect x="{LEFT + i * slot:.1f}" y="{TOP}" width="{slot:.1f}" '
                f'height="{plot_h}" fill="#eef3ff"/>'
            )
        hp = plot_h * planned / top
        hd = plot_h * done / top
        parts.append(
            f'<rect class="planned" x="{x:.1f}" y="{TOP + plot_h - hp:.1f}" width="{bar:.1f}" '
            f'height="{hp:.1f}" fill="#b9c7ea"><title>Week {number}: {planned:g} h planned'
            f"</title></rect>"
        )
        parts.append(
            f'<rect class="done" x="{x + bar:.1f}" y="{TOP + plot_h - hd:.1f}" '
            f'width="{bar:.1f}" height="{hd:.1f}" fill="#1f7a4d"><title>Week {number}: '
            f"{done:g} h done</title></rect>"
        )
        if len(weeks) <= 13 or number % 2 == 1 or number == current:
            parts.append(
                f'<text x="{x + bar:.1f}" y="{HEIGHT - 10}" font-size="10" '
                f'text-anchor="middle" fill="#5b6575">{number}</text>'
            )
    parts.append(
        f'<text x="{WIDTH - 8}" y="{TOP - 2}" font-size="11" text-anchor="end" fill="#5b6575">'
        f"{escape('■ planned  ■ done (hours logged that week)')}</text>"
    )
    parts.append("</svg>")
    return "".join(parts)
