"""A parser for the Mermaid flowchart subset learners draw designs in.

Supported (everything else is an error that names its line):

    flowchart TD            (or LR; `graph` for `flowchart`; TB is TD)
    api[API service]        a box          db[(Orders DB)]   a cylinder (a store)
    q(Queue)                a rounded box  ok{Valid?}       a diamond (a decision)
    a["label (with brackets)"]  quoted labels
    a --> b   a --- b   a -.-> b   a ==> b      arrow, line, dotted arrow, thick arrow
    a <--> b                                    arrows both ways
    a -->|label| b   a -- label --> b           edge labels
    a --> b --> c                               chains
    subgraph ingest [Ingestion] ... end         groups (nested allowed)
    %% a comment

Styling lines (`style`, `classDef`, `class`, `linkStyle`, `click`) are ignored with a
warning: they change colours, never the design. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pivotprep.core.errors import ValidationError

MAX_NODES = 150
MAX_EDGES = 300
MAX_LABEL = 120
MAX_LINE = 1000

SHAPES = (  # opener, closer, shape; longest openers first
    ("[(", ")]", "cylinder"),
    ("((", "))", "round"),
    ("([", "])", "round"),
    ("[", "]", "rect"),
    ("(", ")", "round"),
    ("{", "}", "diamond"),
)
EDGE = re.compile(
    r"\s*(?:"
    r"(?P<text_arrow>--\s*(?P<t1>[^-|>\s][^>]*?)\s*-{2,}>)"
    r"|(?P<text_dotted>-\.\s*(?P<t2>[^.>][^>]*?)\s*\.->)"
    r"|(?P<text_thick>==\s*(?P<t3>[^=>\s][^>]*?)\s*={2,}>)"
    r"|(?P<both><-{2,}>)"
    r"|(?P<dotted>-\.+->|-\.+-)"
    r"|(?P<thick>={2,}>|={3,})"
    r"|(?P<arrow>-{2,}>)"
    r"|(?P<line>-{3,})"
    r")"
)
ID = re.compile(r"\s*([A-Za-z0-9_]+)")
HEADER = re.compile(r"^(flowchart|graph)(?:\s+(\w+))?\s*;?$", re.IGNORECASE)
SUBGRAPH = re.compile(r"^subgraph(?:\s+(.*))?$")
STYLING = ("style ", "classdef ", "class ", "linkstyle ", "click ")
DIRECTIONS = {"TD": "TD", "TB": "TD", "LR": "LR"}


class DiagramError(ValidationError):
    """The diagram text breaks the subset; `line` is 1-based, as an editor numbers lines."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"Diagram line {line}: {message}", field="diagram")
        self.line = line


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    shape: str  # rect, round, cylinder, diamond
    line: int
    group: str | None = None  # innermost subgraph id


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    style: str  # arrow, line, dotted, thick, both
    label: str
    line: int


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    parent: str | None
    line: int


@dataclass(frozen=True)
class Diagram:
    direction: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    groups: tuple[Group, ...] = ()
    warnings: tuple[str, ...] = ()

    def node(self, node_id: str) -> Node:
        return next(n for n in self.nodes if n.id == node_id)

    def members(self, group_id: str) -> list[str]:
        """Node ids inside a group, nested groups included."""
        inside = {group_id}
        changed = True
        while changed:
            changed = False
            for g in self.groups:
                if g.parent in inside and g.id not in inside:
                    inside.add(g.id)
                    changed = True
        return [n.id for n in self.nodes if n.group in inside]


@dataclass
class _State:
    direction: str = "TD"
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    stack: list[Group] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def group(self) -> str | None:
        return self.stack[-1].id if self.stack else None


def parse(text: str) -> Diagram:
    """The diagram `text` describes; DiagramError names the first line that breaks the subset."""
    state = _State()
    lines = text.splitlines()
    header_seen = False
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE:
            raise DiagramError(number, f"the line is longer than {MAX_LINE} characters.")
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if not header_seen:
            state.direction = _header(line, number)
            header_seen = True
            continue
        for statement in _statements(line):
            _statement(state, statement, number)
    if not header_seen:
        raise DiagramError(1, "the diagram is empty: start with `flowchart TD` or `flowchart LR`.")
    if state.stack:
        open_group = state.stack[-1]
        raise DiagramError(
            open_group.line, f"subgraph {open_group.title!r} is never closed with `end`."
        )
    return Diagram(
        state.direction,
        tuple(state.nodes.values()),
        tuple(state.edges),
        tuple(state.groups),
        tuple(state.warnings),
    )


def _strip_comment(line: str) -> str:
    index = line.find("%%")
    return line if index < 0 else line[:index]


def _header(line: str, number: int) -> str:
    found = HEADER.match(line)
    if not found:
        raise DiagramError(
            number,
            f"a diagram starts with `flowchart TD` or `flowchart LR` (or `graph ...`), "
            f"not {line[:40]!r}.",
        )
    direction = (found.group(2) or "TD").upper()
    if direction not in DIRECTIONS:
        raise DiagramError(number, f"the direction must be TD or LR, not {found.group(2)!r}.")
    return DIRECTIONS[direction]


def _statements(line: str) -> list[str]:
    """Split on `;` outside quotes and brackets."""
    parts: list[str] = []
    current: list[str] = []
    depth, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "[({":
            depth += 1
        elif not quoted and char in "])}":
            depth = max(0, depth - 1)
        if char == ";" and not quoted and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _statement(state: _State, text: str, number: int) -> None:
    lowered = text.lower()
    if lowered == "end":
        if not state.stack:
            raise DiagramError(number, "`end` without an open `subgraph`.")
        state.stack.pop()
        return
    if lowered == "subgraph" or lowered.startswith("subgraph "):
        _open_group(state, text, number)
        return
    if lowered.startswith("direction "):
        return  # a subgraph's own direction: the layout keeps the diagram's
    if lowered.startswith(STYLING):
        state.warnings.append(f"line {number}: styling ignored ({text.split()[0]})")
        return
    _chain(state, text, number)


def _open_group(state: _State, text: str, number: int) -> None:
    rest = (SUBGRAPH.match(text).group(1) or "").strip()  # type: ignore[union-attr]
    if not rest:
        raise DiagramError(number, "a subgraph needs a name: `subgraph ingest [Ingestion]`.")
    found = re.match(r'^([A-Za-z0-9_]+)\s*\[\s*"?([^"\]]+)"?\s*\]$', rest)
    if found:
        group_id, title = found.group(1), found.group(2).strip()
    elif rest.startswith('"') and rest.endswith('"') and len(rest) > 2:
        title = rest[1:-1].strip()
        group_id = re.sub(r"\W+", "_", title).strip("_") or f"group{number}"
    else:
        title = rest
        group_id = re.sub(r"\W+", "_", rest).strip("_") or f"group{number}"
    if any(g.id == group_id for g in state.groups):
        raise DiagramError(number, f"there is already a subgraph named {group_id!r}.")
    group = Group(group_id, title[:MAX_LABEL], state.group, number)
    state.groups.append(group)
    state.stack.append(group)


def _chain(state: _State, text: str, number: int) -> None:
    """`a[..] --> b --> c`: nodes joined by edges, left to right."""
    position, previous = _node_ref(state, text, 0, number)
    while position < len(text):
        edge = EDGE.match(text, position)
        if not edge:
            snippet = text[position:].strip()[:30]
            raise DiagramError(
                number, f"expected an edge such as `-->` after {previous!r}, found {snippet!r}."
            )
        style, label = _edge_kind(edge)
        position = edge.end()
        label, position = _pipe_label(text, position, number, label)
        if position >= len(text) or not text[position:].strip():
            raise DiagramError(number, f"the edge after {previous!r} has no node after it.")
        position, target = _node_ref(state, text, position, number)
        if len(state.edges) >= MAX_EDGES:
            raise DiagramError(number, f"a diagram may have at most {MAX_EDGES} edges.")
        state.edges.append(Edge(previous, target, style, label, number))
        previous = target


def _edge_kind(found: re.Match[str]) -> tuple[str, str]:
    for name, style, text in (
        ("text_arrow", "arrow", "t1"),
        ("text_dotted", "dotted", "t2"),
        ("text_thick", "thick", "t3"),
    ):
        if found.group(name):
            return style, found.group(text).strip()[:MAX_LABEL]
    if found.group("both"):
        return "both", ""
    if found.group("dotted"):
        return ("dotted" if found.group("dotted").endswith(">") else "line"), ""
    if found.group("thick"):
        return "thick", ""
    return ("arrow" if found.group("arrow") else "line"), ""


def _pipe_label(text: str, position: int, number: int, label: str) -> tuple[str, int]:
    rest = text[position:]
    stripped = rest.lstrip()
    if not stripped.startswith("|"):
        return label, position
    start = position + (len(rest) - len(stripped)) + 1
    end = text.find("|", start)
    if end < 0:
        raise DiagramError(number, "an edge label opened with `|` is not closed with `|`.")
    inner = text[start:end].strip().strip('"').strip()
    if not inner:
        raise DiagramError(number, "an edge label between `|` and `|` is empty.")
    return inner[:MAX_LABEL], end + 1


def _node_ref(state: _State, text: str, position: int, number: int) -> tuple[int, str]:
    found = ID.match(text, position)
    if not found:
        snippet = text[position:].strip()[:30]
        raise DiagramError(number, f"expected a node id (letters, digits, _) at {snippet!r}.")
    node_id = found.group(1)
    position = found.end()
    for opener, closer, shape in SHAPES:
        if text.startswith(opener, position):
            label, position = _label(text, position + len(opener), closer, node_id, number)
            _define(state, node_id, label, shape, number)
            return position, node_id
    if node_id not in state.nodes:
        _define(state, node_id, node_id, "rect", number)
    return position, node_id


def _label(text: str, position: int, closer: str, node_id: str, number: int) -> tuple[str, int]:
    stripped = text[position:].lstrip()
    if stripped.startswith('"'):
        start = text.index('"', position) + 1
        end = text.find('"', start)
        if end < 0:
            raise DiagramError(number, f'the quoted label of {node_id!r} is not closed with `"`.')
        label = text[start:end]
        close_at = text.find(closer, end + 1)
        if close_at < 0 or text[end + 1 : close_at].strip():
            raise DiagramError(number, f"the label of {node_id!r} is not closed with `{closer}`.")
    else:
        close_at = text.find(closer, position)
        if close_at < 0:
            raise DiagramError(number, f"the label of {node_id!r} is not closed with `{closer}`.")
        label = text[position:close_at]
    label = " ".join(label.split())
    if not label:
        raise DiagramError(number, f"the label of {node_id!r} is empty.")
    return label[:MAX_LABEL], close_at + len(closer)


def _define(state: _State, node_id: str, label: str, shape: str, number: int) -> None:
    existing = state.nodes.get(node_id)
    if existing is None and len(state.nodes) >= MAX_NODES:
        raise DiagramError(number, f"a diagram may have at most {MAX_NODES} nodes.")
    group = existing.group if existing and existing.group else state.group
    line = existing.line if existing else number
    state.nodes[node_id] = Node(node_id, label, shape, line, group)
