"""A layered layout for parsed diagrams (the Sugiyama recipe, kept small).

1. Cycles are broken by reversing the back edges a depth-first search finds.
2. Longest-path layering: a node sits one layer below its deepest predecessor.
3. Edges longer than one layer get a dummy point in every layer they cross.
4. Order within each layer: a few down and up sweeps sorting by the barycentre of the
   neighbours in the previous layer, nodes of one subgraph kept side by side.
5. Coordinates: layers are rows (TD) or columns (LR); nodes are spaced within a layer and
   each layer is centred on the widest one.

Pure: no I/O. The result holds boxes and polylines in SVG user units.
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from dataclasses import dataclass

from pivotprep.design.diagram.parse import Diagram, Edge

CHAR_WIDTH = 7.2
LINE_HEIGHT = 16
WRAP = 26
NODE_GAP = 28
LAYER_GAP = 64
MARGIN = 24
GROUP_PAD = 14
GROUP_TITLE = 18
SWEEPS = 4


@dataclass(frozen=True)
class Box:
    id: str
    x: float  # top-left
    y: float
    width: float
    height: float
    lines: tuple[str, ...]
    shape: str

    @property
    def cx(self) -> float:
        return self.x + self.width / 2

    @property
    def cy(self) -> float:
        return self.y + self.height / 2


@dataclass(frozen=True)
class Route:
    edge: Edge
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class GroupBox:
    id: str
    title: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: dict[str, Box]
    routes: tuple[Route, ...]
    groups: tuple[GroupBox, ...]


def layout(diagram: Diagram) -> Layout:
    """Boxes, edge routes and group frames for `diagram`."""
    ids = [n.id for n in diagram.nodes]
    forward = _acyclic_edges(ids, diagram.edges)
    layer = _layers(ids, forward)
    chains, layers = _with_dummies(ids, forward, layer)
    top_group = {n.id: _top_group(diagram, n.group) for n in diagram.nodes}
    order = _order(layers, chains, top_group)
    sizes = {n.id: _size(n.label, n.shape) for n in diagram.nodes}
    centres = _coordinates(order, sizes, diagram.direction)
    boxes = {n.id: _box(n.id, centres[n.id], sizes[n.id], n.shape, n.label) for n in diagram.nodes}
    routes = tuple(
        _route(e, chains.get(i, []), boxes, centres) for i, e in enumerate(diagram.edges)
    )
    groups = _group_boxes(diagram, boxes)
    return _framed(boxes, routes, groups)


def _acyclic_edges(ids: list[str], edges: tuple[Edge, ...]) -> dict[int, tuple[str, str]]:
    """Edge index -> (upper, lower) node, with back edges reversed and self-loops left out."""
    succ: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, e in enumerate(edges):
        if e.source != e.target:
            succ[e.source].append((i, e.target))
    state: dict[str, int] = {}
    back: set[int] = set()
    for root in ids:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            step = next(children, None)
            if step is None:
                state[node] = 2
                stack.pop()
                continue
            index, child = step
            if state.get(child) == 1:
                back.add(index)
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(succ[child])))
    return {
        i: ((e.target, e.source) if i in back else (e.source, e.target))
        for i, e in enumerate(edges)
        if e.source != e.target
    }


def _layers(ids: list[str], forward: dict[int, tuple[str, str]]) -> dict[str, int]:
    preds: dict[str, list[str]] = defaultdict(list)
    indegree = dict.fromkeys(ids, 0)
    for upper, lower in forward.values():
        preds[lower].append(upper)
        indegree[lower] += 1
    ready = [n for n in ids if indegree[n] == 0]
    succ: dict[str, list[str]] = defaultdict(list)
    for upper, lower in forward.values():
        succ[upper].append(lower)
    layer = dict.fromkeys(ids, 0)
    while ready:
        node = ready.pop(0)
        for child in succ[node]:
            layer[child] = max(layer[child], layer[node] + 1)
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
    return layer


def _with_dummies(
    ids: list[str], forward: dict[int, tuple[str, str]], layer: dict[str, int]
) -> tuple[dict[int, list[str]], list[list[str]]]:
    """Dummy points for long edges (edge index -> dummy ids, upper to lower), and the
    members of each layer in first-seen order."""
    depth = max(layer.values(), default=0)
    layers: list[list[str]] = [[] for _ in range(depth + 1)]
    for node in ids:
        layers[layer[node]].append(node)
    chains: dict[int, list[str]] = {}
    for index, (upper, lower) in forward.items():
        span = range(layer[upper] + 1, layer[lower])
        chain = [f"\0{index}:{k}" for k in span]
        for k, dummy in zip(span, chain, strict=True):
            layers[k].append(dummy)
        chains[index] = [upper, *chain, lower]
    return chains, layers


def _top_group(diagram: Diagram, group: str | None) -> str | None:
    parents = {g.id: g.parent for g in diagram.groups}
    while group is not None and parents.get(group) is not None:
        group = parents[group]
    return group


def _order(
    layers: list[list[str]], chains: dict[int, list[str]], top_group: dict[str, str | None]
) -> list[list[str]]:
    up: dict[str, list[str]] = defaultdict(list)
    down: dict[str, list[str]] = defaultdict(list)
    for chain in chains.values():
        for a, b in zip(chain, chain[1:], strict=False):
            up[b].append(a)
            down[a].append(b)
    order = [list(layer) for layer in layers]
    for sweep in range(SWEEPS):
        downward = sweep % 2 == 0
        indices = range(1, len(order)) if downward else range(len(order) - 2, -1, -1)
        for i in indices:
            reference = order[i - 1] if downward else order[i + 1]
            neighbours = up if downward else down
            order[i] = _sorted_layer(order[i], reference, neighbours, top_group)
    return order


def _sorted_layer(
    members: list[str],
    reference: list[str],
    neighbours: dict[str, list[str]],
    top_group: dict[str, str | None],
) -> list[str]:
    position = {node: p for p, node in enumerate(reference)}
    bary: dict[str, float] = {}
    for p, node in enumerate(members):
        linked = [position[n] for n in neighbours[node] if n in position]
        bary[node] = sum(linked) / len(linked) if linked else float(p)
    cluster: dict[str | None, list[float]] = defaultdict(list)
    for node in members:
        cluster[top_group.get(node)].append(bary[node])

    def key(node: str) -> tuple[float, float]:
        group = top_group.get(node)
        if group is None:
            return bary[node], bary[node]
        values = cluster[group]
        return sum(values) / len(values), bary[node]

    return sorted(members, key=key)


def _lines(label: str) -> tuple[str, ...]:
    return tuple(textwrap.wrap(label, WRAP, break_long_words=True)) or (label,)


def _size(label: str, shape: str) -> tuple[float, float]:
    lines = _lines(label)
    width = max(90.0, max(len(line) for line in lines) * CHAR_WIDTH + 28)
    height = 22.0 + LINE_HEIGHT * len(lines)
    if shape == "diamond":  # the text must fit inside the rhombus
        return width + 40, height + 20
    if shape == "cylinder":  # room for the top and bottom ellipses
        return width, height + 12
    return width, height


def _coordinates(
    order: list[list[str]], sizes: dict[str, tuple[float, float]], direction: str
) -> dict[str, tuple[float, float]]:
    """Centre of every node and dummy point."""
    across = 0 if direction == "TD" else 1  # which size runs along a layer
    thickness = [
        max((sizes[n][1 - across] for n in layer if n in sizes), default=0.0) for layer in order
    ]
    spans = [
        sum(sizes[n][across] if n in sizes else 0.0 for n in layer) + NODE_GAP * (len(layer) - 1)
        for layer in order
    ]
    widest = max(spans, default=0.0)
    centres: dict[str, tuple[float, float]] = {}
    offset_along = 0.0
    for index, layer in enumerate(order):
        middle = offset_along + thickness[index] / 2
        cursor = (widest - spans[index]) / 2
        for node in layer:
            extent = sizes[node][across] if node in sizes else 0.0
            spot = cursor + extent / 2
            centres[node] = (spot, middle) if direction == "TD" else (middle, spot)
            cursor += extent + NODE_GAP
        offset_along += thickness[index] + LAYER_GAP
    return centres


def _box(
    node_id: str, centre: tuple[float, float], size: tuple[float, float], shape: str, label: str
) -> Box:
    width, height = size
    return Box(
        node_id, centre[0] - width / 2, centre[1] - height / 2, width, height, _lines(label), shape
    )


def _clip(box: Box, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the segment from the box's centre toward `toward` leaves the box."""
    dx, dy = toward[0] - box.cx, toward[1] - box.cy
    if dx == 0 and dy == 0:
        return box.cx, box.cy
    scale = min(
        (box.width / 2) / abs(dx) if dx else float("inf"),
        (box.height / 2) / abs(dy) if dy else float("inf"),
    )
    return box.cx + dx * scale, box.cy + dy * scale


def _route(
    edge: Edge, chain: list[str], boxes: dict[str, Box], centres: dict[str, tuple[float, float]]
) -> Route:
    source, target = boxes[edge.source], boxes[edge.target]
    if edge.source == edge.target:  # a self-loop: a small hook on the right side
        x, y = source.x + source.width, source.cy
        return Route(edge, ((x, y - 6), (x + 22, y - 6), (x + 22, y + 6), (x, y + 6)))
    middle = [centres[d] for d in chain[1:-1]]
    if chain and chain[0] != edge.source:  # a reversed (back) edge: walk the chain backwards
        middle.reverse()
    first = middle[0] if middle else (target.cx, target.cy)
    last = middle[-1] if middle else (source.cx, source.cy)
    return Route(edge, (_clip(source, first), *middle, _clip(target, last)))


def _group_boxes(diagram: Diagram, boxes: dict[str, Box]) -> tuple[GroupBox, ...]:
    depth = {g.id: _depth(diagram, g.id) for g in diagram.groups}
    frames: dict[str, GroupBox] = {}
    for group in sorted(diagram.groups, key=lambda g: -depth[g.id]):  # innermost first
        parts = [boxes[n] for n in diagram.members(group.id) if n in boxes]
        inner = [frames[g.id] for g in diagram.groups if g.parent == group.id and g.id in frames]
        rects = [(b.x, b.y, b.width, b.height) for b in parts]
        rects += [(f.x, f.y, f.width, f.height) for f in inner]
        if not rects:
            continue
        left = min(r[0] for r in rects) - GROUP_PAD
        top = min(r[1] for r in rects) - GROUP_PAD - GROUP_TITLE
        right = max(r[0] + r[2] for r in rects) + GROUP_PAD
        bottom = max(r[1] + r[3] for r in rects) + GROUP_PAD
        frames[group.id] = GroupBox(group.id, group.title, left, top, right - left, bottom - top)
    return tuple(frames[g.id] for g in diagram.groups if g.id in frames)


def _depth(diagram: Diagram, group_id: str) -> int:
    parents = {g.id: g.parent for g in diagram.groups}
    depth, current = 0, parents.get(group_id)
    while current is not None:
        depth += 1
        current = parents.get(current)
    return depth


def _framed(
    boxes: dict[str, Box], routes: tuple[Route, ...], groups: tuple[GroupBox, ...]
) -> Layout:
    """Shift everything so the drawing starts at the margin; the canvas fits it."""
    xs = [b.x for b in boxes.values()] + [g.x for g in groups]
    ys = [b.y for b in boxes.values()] + [g.y for g in groups]
    xs += [p[0] for r in routes for p in r.points]
    ys += [p[1] for r in routes for p in r.points]
    right = [b.x + b.width for b in boxes.values()] + [g.x + g.width for g in groups]
    bottom = [b.y + b.height for b in boxes.values()] + [g.y + g.height for g in groups]
    right += [p[0] for r in routes for p in r.points]
    bottom += [p[1] for r in routes for p in r.points]
    if not xs:
        return Layout(2 * MARGIN, 2 * MARGIN, {}, (), ())
    dx, dy = MARGIN - min(xs), MARGIN - min(ys)
    moved = {
        k: Box(b.id, b.x + dx, b.y + dy, b.width, b.height, b.lines, b.shape)
        for k, b in boxes.items()
    }
    moved_routes = tuple(
        Route(r.edge, tuple((x + dx, y + dy) for x, y in r.points)) for r in routes
    )
    moved_groups = tuple(
        GroupBox(g.id, g.title, g.x + dx, g.y + dy, g.width, g.height) for g in groups
    )
    width = max(right) + dx + MARGIN
    height = max(bottom) + dy + MARGIN
    return Layout(width, height, moved, moved_routes, moved_groups)
