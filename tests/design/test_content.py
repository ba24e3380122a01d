"""The design content packs: sizes the issue asks for, and every pack consistent."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from pivotprep.content import content_path
from pivotprep.core.errors import PackError
from pivotprep.design.card_queue import spec_of
from pivotprep.design.cards.check import check
from pivotprep.design.content import (
    KINDS,
    Prompt,
    cards,
    check_terms,
    drift_lab,
    drills,
    load_all,
    plan_links,
    prompts,
)
from pivotprep.design.drill_grading import grade


def test_every_pack_loads_and_is_big_enough():
    counts = load_all()
    tracks = Counter(p.track for p in prompts().values())
    assert counts["prompts"] >= 30 and tracks["ml"] >= 12 and tracks["data"] >= 10
    assert tracks["classic"] >= 8
    assert counts["drills"] >= 20
    decks = Counter(c.deck for c in cards().values())
    assert decks["design"] + decks["mlops"] >= 150 and decks["ml"] >= 60
    kinds = {s.kind for s in drift_lab().scenarios}
    assert {
        "covariate shift",
        "prior (label) shift",
        "concept shift",
        "gradual drift",
        "seasonal false alarm",
        "no-shift control",
    } <= kinds


def test_every_prompt_has_levels_reference_tradeoffs_all_rubric_kinds_and_followups():
    for prompt in prompts().values():
        assert {i.kind for i in prompt.rubric} == set(KINDS), prompt.id
        assert len(prompt.reference.tradeoffs) >= 2 and len(prompt.followups) >= 3
        for item in prompt.rubric:
            assert len(item.concepts) >= 2 and item.expects.endswith("."), (prompt.id, item.id)


def test_every_card_accepts_its_own_answer():
    for card in cards().values():
        if card.kind == "cloze":
            answer = card.answers[0]
        elif card.kind == "number":
            answer = f"{card.value:g}" + (" B" if card.unit == "bytes" else "")
        else:
            answer = "abcdefgh"[card.correct or 0]
        assert check(spec_of(card), answer).correct, card.id


def test_every_drill_accepts_its_own_answer_and_rejects_ten_times_it():
    for drill in drills().values():
        unit = {"bytes": " B", "bytes/s": " B/s"}.get(drill.unit, "")
        assert grade(f"{drill.answer:g}{unit}", drill.answer, drill.unit, drill.tolerance).correct
        assert not grade(
            f"{drill.answer * 10:g}{unit}", drill.answer, drill.unit, drill.tolerance
        ).correct


def test_plan_links_name_real_step_three_items():
    with content_path("plan", "system_design.yaml").open(encoding="utf-8") as handle:
        plan = yaml.safe_load(handle)
    items = {i["id"] for i in plan["items"]} | {i["id"] for i in plan["filler"]}
    assert {link.item for link in plan_links()} <= items


def test_a_malformed_prompt_is_refused_with_a_reason():
    good = next(iter(prompts().values())).model_dump()
    good["rubric"] = [i for i in good["rubric"] if i["kind"] != "api"]
    with pytest.raises(ValueError, match="no item of kind api"):
        Prompt.model_validate(good)
    with pytest.raises(PackError, match="cannot be matched"):
        check_terms(("we do not shard",), "test")
