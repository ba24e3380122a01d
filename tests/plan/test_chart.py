"""The progress chart carries the plan's shape: planned hours stacked by step, the hours
done beside them, a legend naming the steps."""

from __future__ import annotations

import re

from pivotprep.plan.chart import STEP_COLOURS, progress_svg

TITLES = {"foundations": "Foundations", "projects": "Portfolio projects"}


def test_planned_bars_are_stacked_by_step_with_their_hours() -> None:
    svg = progress_svg(
        [(1, 10, 4), (2, 10, 0)],
        current=1,
        budget=10,
        mix=[(("foundations", 10.0),), (("foundations", 4.0), ("projects", 6.0))],
        titles=TITLES,
    )
    assert svg.count('class="planned"') == 3
    assert "<title>Week 2: 6 h Portfolio projects</title>" in svg
    assert STEP_COLOURS["projects"] in svg and STEP_COLOURS["foundations"] in svg
    assert "<title>Week 1: 4 h done</title>" in svg
    assert ">Foundations</text>" in svg and ">done</text>" in svg  # the legend
    heights = [float(h) for h in re.findall(r'class="planned"[^>]*height="([\d.]+)"', svg)]
    assert abs(heights[1] + heights[2] - heights[0]) < 0.2  # the same 10 h, split in two


def test_without_a_mix_the_week_is_one_bar_and_no_weeks_no_chart() -> None:
    svg = progress_svg([(1, 8, 0)], current=1, budget=10)
    assert svg.count('class="planned"') == 1 and "8 h planned" in svg
    assert progress_svg([], current=1, budget=10) == ""


def test_the_dashboards_practice_card_lists_started_patterns_only(web) -> None:
    web.post(
        "/profile",
        data={"target_role": "data-engineer", "company_sizes": ["mid"], "hours_per_week": "15",
              "timeline_months": "4"},
    )  # fmt: skip
    page = web.get("/dashboard")
    assert "No problem solved yet" in page.text
    assert "pattern(s) not started" in page.text
