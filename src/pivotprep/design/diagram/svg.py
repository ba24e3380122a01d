"""Draw a laid-out diagram as a standalone SVG document (no script, no external reference).

Every label is XML-escaped, so a label such as `</svg><script>` is drawn as text. Pure.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from pivotprep.design.diagram.layout import Box, GroupBox, Layout, Route, layout
from pivotprep.design.diagram.parse import Diagram, parse

STROKE = "#334155"
FILL = "#f8fafc"
STORE_FILL = "#ecfdf5"
DECISION_FILL = "#fffbeb"
GROUP_FILL = "#eef2ff"
FONT = 'font-family="system-ui, -apple-system, \'Segoe UI\', sans-serif" font-size="13"'


def render(diagram: Diagram, *, title: str = "Design diagram") -> str:
    """The SVG for a parsed diagram."""
    drawn = layout(diagram)
    parts = [_open(drawn, title)]
    parts += [_group(g) for g in drawn.groups]
    parts += [_edge(r) for r in drawn.routes]
    parts += [_node(b) for b in drawn.boxes.values()]
    parts += [_edge_label(r) for r in drawn.routes if r.edge.label]
    parts.append("</svg>")
    return "\n".join(p for p in parts if p)


def render_text(text: str, *, title: str = "Design diagram") -> str:
    """Parse and draw; DiagramError (naming the line) when the text breaks the subset."""
    return render(parse(text), title=title)


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _open(drawn: Layout, title: str) -> str:
    w, h = _n(drawn.width), _n(drawn.height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
        f'viewBox="0 0 {w} {h}" role="img" aria-label={quoteattr(title)} {FONT}>\n'
        f"<title>{escape(title)}</title>\n"
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" '
        'orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{STROKE}"/></marker></defs>\n'
        f'<rect width="100%" height="100%" fill="#ffffff"/>'
    )


def _group(g: GroupBox) -> str:
    return (
        f'<g class="group"><rect x="{_n(g.x)}" y="{_n(g.y)}" width="{_n(g.width)}" '
        f'height="{_n(g.height)}" rx="8" fill="{GROUP_FILL}" fill-opacity="0.55" '
        f'stroke="#6366f1" stroke-dasharray="6 4"/>'
        f'<text x="{_n(g.x + 10)}" y="{_n(g.y + 15)}" font-weight="600" fill="#3730a3">'
        f"{escape(g.title)}</text></g>"
    )


def _edge(route: Route) -> str:
    points = " ".join(f"{_n(x)},{_n(y)}" for x, y in route.points)
    style = route.edge.style
    width = "3" if style == "thick" else "1.5"
    dash = ' stroke-dasharray="5 4"' if style == "dotted" else ""
    marker = ' marker-end="url(#arrow)"' if style != "line" else ""
    if style == "both":
        marker += ' marker-start="url(#arrow)"'
    return (
        f'<polyline class="edge" points="{points}" fill="none" stroke="{STROKE}" '
        f'stroke-width="{width}"{dash}{marker}/>'
    )


def _midpoint(points: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    if len(points) % 2 == 1:
        return points[len(points) // 2]
    a, b = points[len(points) // 2 - 1], points[len(points) // 2]
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


def _edge_label(route: Route) -> str:
    x, y = _midpoint(route.points)
    text = route.edge.label
    width = len(text) * 6.6 + 10
    return (
        f'<g class="edge-label"><rect x="{_n(x - width / 2)}" y="{_n(y - 10)}" '
        f'width="{_n(width)}" height="18" rx="3" fill="#ffffff" fill-opacity="0.9"/>'
        f'<text x="{_n(x)}" y="{_n(y + 4)}" text-anchor="middle" font-size="11" '
        f'fill="#475569">{escape(text)}</text></g>'
    )


def _shape(b: Box) -> str:
    x, y, w, h = b.x, b.y, b.width, b.height
    if b.shape == "diamond":
        points = (
            f"{_n(b.cx)},{_n(y)} {_n(x + w)},{_n(b.cy)} {_n(b.cx)},{_n(y + h)} {_n(x)},{_n(b.cy)}"
        )
        return f'<polygon points="{points}" fill="{DECISION_FILL}" stroke="{STROKE}"/>'
    if b.shape == "cylinder":
        ry = 6.0
        body = (
            f"M{_n(x)},{_n(y + ry)} A{_n(w / 2)},{_n(ry)} 0 0 1 {_n(x + w)},{_n(y + ry)} "
            f"L{_n(x + w)},{_n(y + h - ry)} A{_n(w / 2)},{_n(ry)} 0 0 1 {_n(x)},{_n(y + h - ry)} Z"
        )
        rim = f"M{_n(x)},{_n(y + ry)} A{_n(w / 2)},{_n(ry)} 0 0 0 {_n(x + w)},{_n(y + ry)}"
        return (
            f'<path d="{body}" fill="{STORE_FILL}" stroke="{STROKE}"/>'
            f'<path d="{rim}" fill="none" stroke="{STROKE}"/>'
        )
    radius = 14 if b.shape == "round" else 3
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" rx="{radius}" '
        f'fill="{FILL}" stroke="{STROKE}"/>'
    )


def _node(b: Box) -> str:
    first = b.cy - (len(b.lines) - 1) * 8 + 4
    text = "".join(
        f'<tspan x="{_n(b.cx)}" y="{_n(first + 16 * i)}">{escape(line)}</tspan>'
        for i, line in enumerate(b.lines)
    )
    return (
        f'<g class="node" data-id={quoteattr(b.id)}>{_shape(b)}'
        f'<text text-anchor="middle" fill="#0f172a">{text}</text></g>'
    )
