"""Property tests of the harness's JSON <-> ListNode/TreeNode conversions and encoding."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from pivotprep.practice.judge import harness

values = st.integers(min_value=-(10**6), max_value=10**6)


@given(st.lists(values, max_size=60))
def test_linked_list_round_trip(items):
    assert harness.from_linked_list(harness.to_linked_list(items)) == items


@st.composite
def trees(draw, depth=5):
    if depth == 0 or draw(st.booleans()):
        return None
    return harness.TreeNode(draw(values), draw(trees(depth - 1)), draw(trees(depth - 1)))


@given(trees())
def test_tree_level_order_round_trip(root):
    level_order = harness.from_tree(root)
    again = harness.from_tree(harness.to_tree(level_order))
    assert again == level_order
    assert not level_order or level_order[-1] is not None


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | values
        | st.text(max_size=5)
        | st.floats(allow_nan=False, allow_infinity=False),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=20,
    )
)
def test_json_values_encode_to_themselves(value):
    encoded = harness.encode(value)
    assert json.loads(json.dumps(encoded)) == json.loads(json.dumps(value))


def test_non_json_values_are_tagged_never_equal_to_data():
    assert harness.encode(float("nan")) == {"__float__": "nan"}
    assert harness.encode((1, 2)) == [1, 2]
    assert harness.encode({3, 1, 2}) == [1, 2, 3]
    assert "__repr__" in harness.encode(object())
    assert harness.encode({1: "a"}) == {"__map__": [[1, "a"]]}
