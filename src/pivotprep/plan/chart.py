"""The progress chart: each week's planned hours, stacked by step (so the chart shows which
phase of the plan a week is in), next to the hours done, as a small inline SVG. Pure.

Drawn on the server so the dashboard needs no JavaScript or chart library. Every bar
has a <title> with its numbers, and the legend names the steps, so the figure is readable
by a screen reader too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 520, 296
LEFT, BOTTOM, TOP = 36, 64, 14
DONE = "#1f7a4d"
PLANNED = "#b9c7ea"  # a week whose mix is unknown
# The plan's step colours (as in plan.css), lightened for planned hours.
STEP_COLOURS = {
    "foundations": "#8fa9ea",
    "projects": "#b99be6",
    "system_design": "#86c6c6",
    "stories": "#e2bf85",
    "mocks": "#e49a94",
    "applications": "#8fc2a8",
}


def _axis(top: float, plot_h: float) -> list[str]:
    out = []
    for frac in (0, 0.5, 1):
        y = TOP + plot_h * (1 - frac)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dde2ea"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
            f'fill="#5b6575">{top * frac:g}</text>'
        )
    return out


def _planned(
    x: float, bar: float, base: float, scale: float, number: int,
    mix: Sequence[tuple[str, float]], planned: float, titles: Mapping[str, str],
) -> list[str]:  # fmt: skip
    """The planned bar: one segment per step, bottom to top in plan order."""
    segments = list(mix) or [("", planned)]
    out, y = [], base
    for step, hours in segments:
        h = scale * hours
        y -= h
        name = titles.get(step, step) if step else "planned"
        out.append(
            f'<rect class="planned" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
            f'fill="{STEP_COLOURS.get(step, PLANNED)}"><title>Week {number}: {hours:g} h '
            f"{escape(name)}</title></rect>"
        )
    return out


def _legend(steps: Sequence[str], titles: Mapping[str, str]) -> list[str]:
    """The steps' colours under the axis, then the done bar's, wrapping to a second row."""
    out, x, y = [], float(LEFT), HEIGHT - 24
    entries = [(STEP_COLOURS[s], titles.get(s, s).split(" and ")[0]) for s in steps]
    for colour, text in [*entries, (DONE, "done")]:
        width = 18 + 5.8 * len(text)
        if x + width > WIDTH - 4:
            x, y = float(LEFT), y + 16
        out.append(
            f'<rect x="{x:.1f}" y="{y - 9}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 13:.1f}" y="{y}" font-size="10" fill="#5b6575">{escape(text)}</text>'
        )
        x += width + 6
    return out


def progress_svg(
    weeks: Sequence[tuple[int, float, float]],
    *,
    current: int,
    budget: float,
    mix: Sequence[Sequence[tuple[str, float]]] = (),
    titles: Mapping[str, str] | None = None,
) -> str:
    """`weeks` holds (week number, planned hours, done hours); `mix[i]` the planned hours
    of week i by step ((step, hours) in plan order); `titles` the steps' names."""
    if not weeks:
        return ""
    names = dict(titles or {})
    top = max([budget, *(p for _, p, _ in weeks), *(d for _, _, d in weeks)]) or 1.0
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    slot = plot_w / len(weeks)
    bar = max(2.0, slot * 0.38)
    parts = [
        f'<svg class="progress-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Planned hours per week by step, and hours done" '
        f'xmlns="http://www.w3.org/2000/svg">',
        *_axis(top, plot_h),
    ]
    base, scale = TOP + plot_h, plot_h / top
    for i, (number, planned, done) in enumerate(weeks):
        x = LEFT + i * slot + slot * 0.1
        if number == current:
            parts.append(
                f'<rect x="{LEFT + i * slot:.1f}" y="{TOP}" width="{slot:.1f}" '
                f'height="{plot_h}" fill="#eef3ff"/>'
            )
        week_mix = mix[i] if i < len(mix) else ()
        parts += _planned(x, bar, base, scale, number, week_mix, planned, names)
        parts.append(
            f'<rect class="done" x="{x + bar:.1f}" y="{base - scale * done:.1f}" '
            f'width="{bar:.1f}" height="{scale * done:.1f}" fill="{DONE}"><title>Week {number}: '
            f"{done:g} h done</title></rect>"
        )
        if len(weeks) <= 13 or number % 2 == 1 or number == current:
            parts.append(
                f'<text x="{x + bar:.1f}" y="{base + 14}" font-size="10" '
                f'text-anchor="middle" fill="#5b6575">{number}</text>'
            )
    used = [s for s in STEP_COLOURS if any(s == step for m in mix for step, _ in m)]
    parts += _legend(used, names)
    parts.append("</svg>")
    return "".join(parts)
