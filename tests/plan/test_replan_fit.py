"""The pure re-planner: late work takes filler first, then everything is repacked, and
when it cannot fit nothing is placed and the way out is computed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pivotprep.plan.replan_fit import Placement, Work, absorb, repack


def test_late_work_takes_the_place_of_filler_earliest_first():
    out = absorb([Work(1, 3), Work(2, 2)], [(10, 5, 2), (11, 5, 2), (12, 6, 4)])
    assert out is not None and out.fits and out.strategy == "absorb"
    assert out.placements == (Placement(1, 5, 3), Placement(2, 5, 1), Placement(2, 6, 1))
    assert out.resized == {10: 0, 11: 0, 12: 3}


def test_absorb_declines_when_filler_is_short():
    assert absorb([Work(1, 5)], [(10, 5, 2)]) is None


def test_nothing_late_is_nothing_to_do():
    out = absorb([], [(10, 5, 2)])
    assert out is not None and out.strategy == "none" and not out.placements


def test_repack_pours_in_order_and_never_exceeds_a_week():
    room = {3: 4, 4: 4, 5: 4}
    out = repack([Work(1, 3), Work(2, 3), Work(3, 4)], room, budget_units=4)
    assert out.fits
    used: dict[int, int] = {}
    for p in out.placements:
        used[p.week] = used.get(p.week, 0) + p.units
    assert all(used[w] <= room[w] for w in used)
    assert sum(p.units for p in out.placements) == 10
    assert [p.task_id for p in out.placements] == [1, 2, 2, 3, 3]


def test_repack_drops_filler_from_the_end_before_giving_up():
    out = repack([Work(1, 4), Work(2, 2, flexible=True), Work(3, 2)], {1: 3, 2: 3}, 3)
    assert out.fits and out.resized == {2: 0}
    assert 2 not in {p.task_id for p in out.placements}


def test_overflow_places_nothing_and_offers_both_ways_out():
    work = [Work(1, 6), Work(2, 3, optional=True), Work(3, 2, optional=True), Work(4, 4)]
    out = repack(work, {1: 4, 2: 4}, budget_units=4)
    assert not out.fits and out.strategy == "overflow"
    assert out.placements == ()
    assert out.short_units == 7
    assert out.extend_weeks == 2
    # All the optional work (5 units) frees too little: drop it and still add a week.
    assert out.drop_candidates == (2, 3) and out.extend_after_drop == 1
    # Dropping that saves no week is not offered.
    out = repack([Work(1, 10), Work(2, 1, optional=True)], {1: 4}, budget_units=4)
    assert out.extend_weeks == 2 and out.drop_candidates == ()
    out = repack(work, {1: 4, 2: 4, 3: 4}, budget_units=4)
    assert out.short_units == 3 and out.extend_weeks == 1
    assert out.drop_candidates == (2, 3) and out.extend_after_drop == 0  # 2 + 3 units free 3


works = st.lists(
    st.tuples(st.integers(1, 12), st.booleans(), st.booleans()), min_size=0, max_size=25
)
rooms = st.lists(st.integers(0, 40), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(works=works, rooms=rooms)
def test_repack_never_overfills_and_loses_nothing_it_keeps(works, rooms):
    work = [Work(i, u, flex, opt) for i, (u, flex, opt) in enumerate(works)]
    room = {week: free for week, free in enumerate(rooms, start=5)}
    out = repack(work, room, budget_units=40)
    if not out.fits:
        assert out.placements == () and out.short_units > 0 and out.extend_weeks >= 1
        return
    used: dict[int, int] = {}
    placed: dict[int, int] = {}
    for p in out.placements:
        used[p.week] = used.get(p.week, 0) + p.units
        placed[p.task_id] = placed.get(p.task_id, 0) + p.units
    assert all(used[w] <= room[w] for w in used)
    for item in work:
        if out.resized.get(item.task_id) == 0:
            assert item.flexible and item.task_id not in placed
        else:
            assert placed[item.task_id] == item.units


@settings(max_examples=200, deadline=None)
@given(
    late=st.lists(st.integers(1, 10), max_size=8),
    fillers=st.lists(st.tuples(st.integers(1, 8), st.integers(1, 6)), max_size=10),
)
def test_absorb_moves_exactly_the_late_work_into_filler_space(late, fillers):
    work = [Work(i, u) for i, u in enumerate(late)]
    slots = [(100 + i, week, units) for i, (week, units) in enumerate(sorted(fillers))]
    out = absorb(work, slots)
    if out is None:
        assert sum(late) > sum(u for _, _, u in slots)
        return
    freed = {fid: units - out.resized.get(fid, units) for fid, _, units in slots}
    week_of = {fid: week for fid, week, _ in slots}
    per_week: dict[int, int] = {}
    for fid, amount in freed.items():
        per_week[week_of[fid]] = per_week.get(week_of[fid], 0) + amount
    placed_per_week: dict[int, int] = {}
    for p in out.placements:
        placed_per_week[p.week] = placed_per_week.get(p.week, 0) + p.units
    assert placed_per_week == {w: n for w, n in per_week.items() if n}
    assert sum(p.units for p in out.placements) == sum(late)
