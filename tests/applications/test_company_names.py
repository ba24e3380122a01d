"""Company names reduced to one key: spellings meet, different employers stay apart."""

from __future__ import annotations

import pytest
import yaml

from pivotprep.applications.company_names import (
    build_index,
    exact_match,
    keys_for,
    match,
    match_key,
    normalise,
)
from pivotprep.content import content_path


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Stripe, Inc.", "stripe"),
        ("STRIPE INC", "stripe"),
        ("The Walt Disney Company", "walt disney"),
        ("Procter & Gamble Co.", "procter and gamble"),
        ("Société Générale S.A.", "societe generale"),
        ("Siemens AG", "siemens"),
        ("Acme GmbH", "acme"),
        ("Initech LLC", "initech"),
        ("Globex Ltd", "globex"),
        ("Hooli plc", "hooli"),
        ("Umbrella Corp.", "umbrella"),
        ("Amazon.com, Inc.", "amazon"),
        ("McDonald’s", "mcdonalds"),
        ("Acme & Co", "acme"),
        ("The", "the"),
        ("Inc", "inc"),
        ("楽天", "楽天"),
        ("   ", ""),
    ],
)
def test_normalise_removes_what_only_says_the_legal_form(name, key):
    assert normalise(name) == key


def test_spaces_do_not_separate_a_name_but_letters_do():
    assert match_key("Mc Donald's") == match_key("McDonald's")
    assert match_key("Deutsche Bahn") != match_key("Deutsche Bank")


def test_aliases_and_the_first_company_wins_a_shared_key():
    index = build_index({2: ("Meta", ["Facebook"]), 1: ("Facebook Research", ["facebook"])})
    assert match("Facebook, Inc.", index) == 1
    assert match("META PLATFORMS", index) is None
    assert keys_for("Meta", ["Facebook", "  "]) == {"meta", "facebook"}


def _scores(name: str) -> tuple[int, int, int, int]:
    data = yaml.safe_load(content_path("applications", name).read_text(encoding="utf-8"))
    targets = {i: (t["name"], t["aliases"]) for i, t in enumerate(data["targets"])}
    index = build_index(targets)
    exact = {n: i for i, (name_, aliases) in targets.items() for n in (name_, *aliases)}
    ours = [0, 0]  # true positives, false positives
    base = [0, 0]
    for i, target in enumerate(data["targets"]):
        for variant in target["variants"]:
            for result, found in (
                (ours, match(variant, index)),
                (base, exact_match(variant, exact)),
            ):
                result[0] += found == i
                result[1] += found is not None and found != i
    for variant in data["negatives"]:
        ours[1] += match(variant, index) is not None
        base[1] += exact_match(variant, exact) is not None
    positives = sum(len(t["variants"]) for t in data["targets"])
    return ours[0], ours[1], base[0], positives


@pytest.mark.parametrize("name", ["company_variants.yaml", "company_variants_holdout.yaml"])
def test_matching_beats_exact_names_on_the_labelled_lists(name):
    hits, false, baseline_hits, positives = _scores(name)
    assert hits / positives > baseline_hits / positives + 0.3
    assert hits / (hits + false) >= 0.95


def test_the_labelled_lists_hold_at_least_200_variants():
    total = 0
    for name in ("company_variants.yaml", "company_variants_holdout.yaml"):
        data = yaml.safe_load(content_path("applications", name).read_text(encoding="utf-8"))
        total += sum(len(t["variants"]) for t in data["targets"]) + len(data["negatives"])
    assert total >= 200
