"""The Mermaid-subset parser, the layered layout and the SVG drawing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pivotprep.core.errors import ValidationError
from pivotprep.design.diagram.layout import layout
from pivotprep.design.diagram.parse import DiagramError, parse
from pivotprep.design.diagram.svg import render, render_text

FULL = """\
flowchart LR
  %% a comment
  subgraph ingest [Ingestion]
    app[Mobile app] -->|events| api(Collector API)
    subgraph inner ["Inner (nested)"]
      q[(Kafka topic)]
    end
    api --> q
  end
  q -.-> v{Valid?}
  v ==>|yes| w[(Warehouse)]
  v -- no --> dlq[Dead letter]
  w --> a --> b --> c
  a <--> w
  style a fill:#f9f
"""


def test_every_shape_edge_style_label_and_group_is_read():
    d = parse(FULL)
    shapes = {n.id: n.shape for n in d.nodes}
    assert shapes["app"] == "rect" and shapes["api"] == "round"
    assert shapes["q"] == "cylinder" and shapes["v"] == "diamond" and shapes["a"] == "rect"
    styles = {(e.source, e.target): (e.style, e.label) for e in d.edges}
    assert styles[("app", "api")] == ("arrow", "events")
    assert styles[("q", "v")] == ("dotted", "")
    assert styles[("v", "w")] == ("thick", "yes")
    assert styles[("v", "dlq")] == ("arrow", "no")
    assert styles[("a", "w")] == ("both", "")
    assert ("a", "b") in styles and ("b", "c") in styles  # a chain
    groups = {g.id: g for g in d.groups}
    assert groups["inner"].parent == "ingest" and groups["inner"].title == "Inner (nested)"
    assert set(d.members("ingest")) == {"app", "api", "q"}
    assert d.node("q").group == "inner"
    assert d.warnings and "styling ignored" in d.warnings[0]
    assert d.direction == "LR"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("flowchart XY\na-->b", 1, "TD or LR"),
        ("graph TD\n\na[open", 3, "not closed"),
        ("flowchart TD\na --> b\nb -->", 3, "has no node after it"),
        ("flowchart TD\nsubgraph s [S]\na --> b", 2, "never closed"),
        ("flowchart TD\nend", 2, "`end` without"),
        ("flowchart TD\na -- b", 2, "expected an edge"),
        ("flowchart TD\na[]", 2, "empty"),
        ("hello\na-->b", 1, "starts with"),
        ("flowchart TD\na -->|x b", 2, "not closed with `|`"),
        ("", 1, "empty"),
    ],
)
def test_a_syntax_error_names_its_line(text, line, words):
    with pytest.raises(DiagramError) as caught:
        parse(text)
    assert caught.value.line == line
    assert f"line {line}" in caught.value.message and words in caught.value.message
    assert isinstance(caught.value, ValidationError) and caught.value.field == "diagram"


def test_limits_are_enforced_with_a_message():
    many = "flowchart TD\n" + "\n".join(f"n{i} --> n{i + 1}" for i in range(200))
    with pytest.raises(DiagramError, match="at most 150 nodes"):
        parse(many)
    with pytest.raises(DiagramError, match="longer than"):
        parse("flowchart TD\n" + "a" * 2000)


def test_layers_follow_the_longest_path_and_cycles_do_not_loop():
    d = parse("flowchart TD\na --> b --> c\na --> c\nc --> a")
    drawn = layout(d)
    ys = {k: b.y for k, b in drawn.boxes.items()}
    assert ys["a"] < ys["b"] < ys["c"]  # c sits below b although a --> c is direct
    assert len(drawn.routes) == 4


def test_boxes_in_one_layer_do_not_overlap():
    d = parse("flowchart LR\nr --> a\nr --> b\nr --> c\nr --> d")
    boxes = sorted(layout(d).boxes.values(), key=lambda b: b.y)
    same_layer = [b for b in boxes if b.id != "r"]
    for upper, lower in zip(same_layer, same_layer[1:], strict=False):
        assert upper.y + upper.height <= lower.y


def test_svg_escapes_labels_and_draws_every_node():
    svg = render_text('flowchart TD\nx["</svg><script>alert(1)</script>"] --> y[(Store & co)]')
    assert "<script>" not in svg and "&lt;/svg&gt;" in svg and "Store &amp; co" in svg
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert svg.count('class="node"') == 2 and 'marker-end="url(#arrow)"' in svg


def test_an_empty_flowchart_draws_an_empty_canvas():
    svg = render(parse("flowchart TD"))
    assert "<svg" in svg and 'class="node"' not in svg


@given(st.text(max_size=300))
def test_any_text_parses_or_fails_with_a_diagram_error(text):
    try:
        render_text("flowchart TD\n" + text)
    except DiagramError as error:
        assert error.line >= 1
