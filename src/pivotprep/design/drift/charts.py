"""Server-side SVG charts of a feature's distribution: reference against current.

Numeric features: two histograms on shared bins (share of rows per bin), side by side.
Categorical features: grouped bars per category. Labels are escaped. Pure (numpy only).
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import numpy as np

WIDTH, HEIGHT = 380, 190
LEFT, RIGHT, TOP, BOTTOM = 38, 10, 26, 34
REF_COLOUR, CUR_COLOUR = "#94a3b8", "#2563eb"
BINS = 20


def _shares_numeric(ref: np.ndarray, cur: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
    r = np.asarray(ref, dtype=float)
    c = np.asarray(cur, dtype=float)
    r, c = r[np.isfinite(r)], c[np.isfinite(c)]
    both = np.concatenate([r, c]) if len(r) + len(c) else np.array([0.0, 1.0])
    low, high = float(np.quantile(both, 0.005)), float(np.quantile(both, 0.995))
    if high <= low:
        high = low + 1.0
    edges = np.linspace(low, high, BINS + 1)
    rh = np.histogram(np.clip(r, low, high), edges)[0] / max(len(r), 1)
    ch = np.histogram(np.clip(c, low, high), edges)[0] / max(len(c), 1)
    labels = [f"{edges[0]:,.3g}", f"{edges[len(edges) // 2]:,.3g}", f"{edges[-1]:,.3g}"]
    return labels, rh, ch


def _shares_categorical(
    ref: np.ndarray, cur: np.ndarray
) -> tuple[list[str], np.ndarray, np.ndarray]:
    r = np.array(["(missing)" if v is None else str(v) for v in ref], dtype=object)
    c = np.array(["(missing)" if v is None else str(v) for v in cur], dtype=object)
    labels = sorted(set(r.tolist()) | set(c.tolist()))
    rh = np.array([np.mean(r == label) for label in labels])
    ch = np.array([np.mean(c == label) for label in labels])
    return labels, rh, ch


def chart(
    feature: str, kind: str, ref: np.ndarray, cur: np.ndarray, *, reference_name: str = "reference"
) -> str:
    """An SVG comparing the two samples of `feature`."""
    if kind == "numeric":
        labels, rh, ch = _shares_numeric(ref, cur)
    else:
        labels, rh, ch = _shares_categorical(ref, cur)
    top = float(max(rh.max(initial=0.0), ch.max(initial=0.0))) or 1.0
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(rh)
    bar = slot * 0.42
    parts = [_head(feature, reference_name, top)]
    for i, (a, b) in enumerate(zip(rh, ch, strict=True)):
        x = LEFT + i * slot + slot * 0.08
        parts.append(_bar(x, a / top * plot_h, bar, plot_h, REF_COLOUR))
        parts.append(_bar(x + bar, b / top * plot_h, bar, plot_h, CUR_COLOUR))
    parts.append(_axis_labels(labels, kind, slot))
    parts.append("</svg>")
    return "".join(parts)


def _head(feature: str, reference_name: str, top: float) -> str:
    title = f"{feature}: {reference_name} (grey) against current (blue)"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label={quoteattr(title)} '
        'font-family="system-ui, sans-serif" font-size="10">'
        f"<title>{escape(title)}</title>"
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>'
        f'<text x="{LEFT}" y="14" font-size="12" font-weight="600">{escape(feature)}</text>'
        f'<text x="{WIDTH - RIGHT}" y="14" text-anchor="end" fill="#475569">'
        f'<tspan fill="{REF_COLOUR}">■</tspan> {escape(reference_name)} '
        f'<tspan fill="{CUR_COLOUR}">■</tspan> current</text>'
        f'<text x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end" fill="#64748b">{top:.0%}</text>'
        f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" '
        f'y2="{HEIGHT - BOTTOM}" stroke="#cbd5e1"/>'
    )


def _bar(x: float, height: float, width: float, plot_h: float, colour: str) -> str:
    y = TOP + plot_h - height
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" fill="{colour}"/>'
    )


def _axis_labels(labels: list[str], kind: str, slot: float) -> str:
    y = HEIGHT - BOTTOM + 14
    if kind == "numeric":
        spots = [LEFT, LEFT + (WIDTH - LEFT - RIGHT) / 2, WIDTH - RIGHT]
        anchors = ["start", "middle", "end"]
        return "".join(
            f'<text x="{x:.1f}" y="{y}" text-anchor="{a}" fill="#475569">{escape(t)}</text>'
            for x, a, t in zip(spots, anchors, labels, strict=True)
        )
    return "".join(
        f'<text x="{LEFT + (i + 0.5) * slot:.1f}" y="{y}" text-anchor="middle" '
        f'fill="#475569">{escape(t[:11])}</text>'
        for i, t in enumerate(labels)
    )
