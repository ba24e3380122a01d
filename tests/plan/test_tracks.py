"""The plan content: six steps, valid tracks, every item reachable by some candidate."""

from __future__ import annotations

import itertools

import pytest
from pydantic import ValidationError as PydanticError

from pivotprep.plan.tracks import STEP_IDS, Item, Track, load_steps, load_tracks
from pivotprep.profile.roles import SIZE_IDS, load_roles


def test_six_steps_in_order_with_windows_on_the_six_month_scale():
    steps = load_steps()
    assert tuple(s.id for s in steps) == STEP_IDS
    windows = {s.id: s.window for s in steps}
    assert windows["foundations"] == (0, 2)
    assert windows["applications"] == (4, 6)
    assert windows["stories"] == (0, 6)


def test_every_item_applies_to_at_least_one_candidate():
    roles = load_roles()
    size_sets = [c for n in range(1, 4) for c in itertools.combinations(SIZE_IDS, n)]
    for step, track in load_tracks().items():
        for item in (*track.items, *track.filler):
            assert any(
                item.applies(rid, role.emphasis.model_dump(), sizes)
                for rid, role in roles.items()
                for sizes in size_sets
            ), f"{step}:{item.id} never applies"
            assert not item.roles or set(item.roles) <= set(roles), item.id


def test_items_reject_bad_hours_and_unknown_focus():
    with pytest.raises(PydanticError):
        Item(id="x", title="A long enough title", hours=1.3)
    with pytest.raises(PydanticError):
        Item(id="x", title="A long enough title", hours=1, focus="astrology")


def test_a_track_needs_a_filler_that_applies_to_everyone():
    items = [Item(id=f"i{n}", title="A long enough title", hours=1) for n in range(3)]
    with pytest.raises(PydanticError, match="filler"):
        Track(
            step="stories",
            items=items,
            filler=[Item(id="f", title="A long enough title", hours=1, focus="sql")],
        )
