"""The complexity chart: yours and the reference, time against n on log-log axes, as SVG.

Only numbers and fixed labels go into the SVG (no user text), so it can be inlined.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from pivotprep.practice.complexity import Comparison

W, H, PAD = 520, 280, 48


def _scale(
    values: list[float], lo_px: float, hi_px: float
) -> tuple[Callable[[float], float], float, float]:
    lo, hi = math.log10(min(values)), math.log10(max(values))
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5

    def scale(v: float) -> float:
        return lo_px + (math.log10(v) - lo) / (hi - lo) * (hi_px - lo_px)

    return scale, lo, hi


def complexity_svg(comparison: Comparison) -> str:
    curves = [
        ("yours", comparison.yours, "#c2410c"),
        ("reference", comparison.reference, "#1d4ed8"),
    ]
    ns = [n for _, f, _ in curves for n in f.sizes]
    ts = [max(t, 1e-7) * 1e3 for _, f, _ in curves for t in f.times]
    if not ns:
        return ""
    sx, _, _ = _scale([float(n) for n in ns], PAD, W - 16)
    sy, ylo, yhi = _scale(ts, H - PAD, 16)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" '
        f'height="{H}" role="img" aria-label="running time against input size">',
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - 16}" y2="{H - PAD}" stroke="#555"/>',
        f'<line x1="{PAD}" y1="16" x2="{PAD}" y2="{H - PAD}" stroke="#555"/>',
        f'<text x="{W / 2:.0f}" y="{H - 10}" text-anchor="middle" font-size="12">'
        "input size n (log scale)</text>",
        f'<text x="14" y="{H / 2:.0f}" font-size="12" transform="rotate(-90 14 {H / 2:.0f})" '
        'text-anchor="middle">time, ms (log)</text>',
    ]
    for n in sorted(set(ns)):
        x = sx(float(n))
        parts.append(
            f'<text x="{x:.1f}" y="{H - PAD + 14}" font-size="10" text-anchor="middle">{n}</text>'
        )
    for exp in range(math.floor(ylo), math.ceil(yhi) + 1):
        value = 10.0**exp
        if min(ts) / 10 <= value <= max(ts) * 10:
            y = sy(value)
            if 16 <= y <= H - PAD:
                parts.append(
                    f'<text x="{PAD - 4}" y="{y + 3:.1f}" font-size="10" '
                    f'text-anchor="end">{value:g}</text>'
                )
    for i, (name, fit, colour) in enumerate(curves):
        points = " ".join(
            f"{sx(float(n)):.1f},{sy(max(t, 1e-7) * 1e3):.1f}"
            for n, t in zip(fit.sizes, fit.times, strict=True)
        )
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>'
        )
        for n, t in zip(fit.sizes, fit.times, strict=True):
            parts.append(
                f'<circle cx="{sx(float(n)):.1f}" cy="{sy(max(t, 1e-7) * 1e3):.1f}" r="3" '
                f'fill="{colour}"/>'
            )
        label = fit.label if fit.conclusive else "inconclusive"
        parts.append(
            f'<text x="{PAD + 10}" y="{28 + 16 * i}" font-size="12" fill="{colour}">'
            f"{name}: {label}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
