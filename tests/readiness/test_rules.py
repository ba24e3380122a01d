"""The gauges and the six mistakes on fixture histories written by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pivotprep.readiness import gauges, mistakes
from pivotprep.readiness.evidence import Evidence
from pivotprep.readiness.service import compute
from tests.readiness.histories import MISTAKES, NOW, ago, healthy


def detected(ev: Evidence) -> set[str]:
    return {f.key for f in mistakes.findings(ev, NOW) if f.detected}


def test_no_mistake_fires_on_the_healthy_history() -> None:
    assert detected(healthy()) == set()


@pytest.mark.parametrize("key", sorted(MISTAKES))
def test_each_mistake_fires_on_its_own_history_and_on_no_other(key: str) -> None:
    assert detected(MISTAKES[key]()) == {key}


def test_every_rule_states_its_thresholds_evidence_and_fix() -> None:
    for key, make in MISTAKES.items():
        found = next(f for f in mistakes.findings(make(), NOW) if f.key == key)
        assert any(ch.isdigit() for ch in found.rule) or key in ("research", "deployed")
        assert found.fix and found.step.action and found.task[1] > 0
        if key != "grinding":
            assert found.evidence, key


def test_an_empty_history_detects_nothing_and_says_no_evidence_yet() -> None:
    found = mistakes.findings(Evidence(), NOW)
    assert {f.state for f in found} == {"no evidence yet"}


def test_without_portfolio_evidence_the_deployed_rule_never_fires_nor_passes() -> None:
    found = mistakes.deployed(replace(healthy(), portfolio=None), NOW)
    assert found.state == "no evidence yet"


def test_the_grinding_threshold_is_the_stated_share() -> None:
    ev = MISTAKES["grinding"]()
    assert mistakes.grinding(ev, NOW).detected
    later = NOW + mistakes.timedelta(days=mistakes.WINDOW_DAYS + 30)
    assert mistakes.grinding(ev, later).state == "no evidence yet"  # all of it is old


def test_gauges_on_the_healthy_history_have_values_and_parts() -> None:
    got = {g.key: g for g in gauges.all_gauges(healthy())}
    assert got["ats"].value == round((82 + 100) / 2)  # mean rate, share above the line
    assert all(g.value is not None for g in got.values())
    tech = {p.name: p for p in got["technical"].parts}
    assert tech["pandas pass rate"].value is None  # no pandas attempt: no evidence, not 0
    assert tech["Design review coverage"].value == round((72 + 65) / 2)
    assert got["technical"].items  # each gauge links to the items it rests on


def test_a_gauge_with_too_little_evidence_says_so() -> None:
    ev = replace(healthy(), scans=healthy().scans[:1])
    ats = gauges.ats(ev)
    assert ats.value is None and ats.status.startswith("Too little evidence")
    total = gauges.overall(gauges.all_gauges(ev))
    assert total.value is None and "ATS keywords" in total.reason


def test_the_weakest_gauge_caps_overall_readiness() -> None:
    ev = replace(healthy(), scans=tuple(replace(s, rate=20.0) for s in healthy().scans))
    found = gauges.all_gauges(ev)
    total = gauges.overall(found)
    assert total.weakest == "ats"
    weakest = next(g for g in found if g.key == "ats")
    assert total.value == (weakest.value or 0) + gauges.CAP_ABOVE_WEAKEST
    assert "Capped" in total.reason


def test_the_trend_is_by_week_and_grows_with_the_history() -> None:
    result = compute(healthy(), NOW)
    assert len(result.trend) == gauges.TREND_WEEKS
    first, last = result.trend[0][1], result.trend[-1][1]
    assert first["ats"] is None and last["ats"] == 91


def test_next_actions_put_detected_mistakes_first_and_name_what_does_them() -> None:
    result = compute(MISTAKES["vague_stories"](), NOW)
    assert len(result.actions) <= 3
    assert result.actions[0].step.action == "stories.list"
    assert "vague" in result.actions[0].why


def test_an_empty_history_asks_for_evidence() -> None:
    result = compute(Evidence(), ago(0))
    assert [a.step.action for a in result.actions] == [
        "resume.history",
        "practice.list",
        "stories.list",
    ]


def test_scans_count_once_per_posting_even_when_untitled() -> None:
    from pivotprep.readiness.evidence import ScanFact

    scans = (
        ScanFact("cv v1 against (untitled job)", 40.0, 80.0, ago(9), 1, "hash-a"),
        ScanFact("cv v1 against (untitled job)", 50.0, 80.0, ago(8), 2, "hash-b"),
        ScanFact("cv v2 against (untitled job)", 90.0, 80.0, ago(1), 3, "hash-a"),
    )
    rate = gauges.ats(replace(healthy(), scans=scans)).parts[0]
    assert [i.text.split(": ")[1] for i in rate.items] == ["50% (line 80%)", "90% (line 80%)"]
    assert rate.value == 70


def test_each_problem_item_opens_its_own_page() -> None:
    tech = gauges.technical(healthy())
    steps = {i.step.action for i in tech.items if i.step and "problem_id" in i.step.params}
    assert steps == {"practice.start", "sql.start"}
