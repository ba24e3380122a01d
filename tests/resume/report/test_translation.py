"""The translation map: valid content, jargon found with spans, honest suggestions."""

from __future__ import annotations

from pivotprep.resume.matching.taxonomy import load_taxonomy
from pivotprep.resume.report.translation import DOMAINS, find_jargon, load_translation_map


def test_every_domain_has_a_valid_map_whose_skills_exist() -> None:
    maps = load_translation_map()
    assert set(maps) == set(DOMAINS)
    taxonomy = load_taxonomy()
    for dmap in maps.values():
        for entry in dmap.entries:
            for skill in entry.skills:
                assert taxonomy.get(skill) is not None, (dmap.domain, skill)


def test_find_jargon_returns_spans_in_the_text() -> None:
    text = "Ran the month-end close and built financial models; chaired parent-teacher conferences."
    hits = find_jargon(text)
    found = {h.term: h for h in hits}
    assert set(found) == {"month-end close", "financial models", "parent-teacher conferences"}
    for hit in hits:
        assert text[hit.start : hit.end] == hit.term
    assert found["financial models"].domain == "finance"
    assert "forecasting" in found["financial models"].suggestion


def test_find_jargon_can_be_limited_to_one_domain_and_folds_plurals() -> None:
    text = "Did reconciliations and an after action review."
    assert [h.domain for h in find_jargon(text, "finance")] == ["finance"]
    assert [h.term for h in find_jargon(text, "military")] == ["after action review"]
    assert find_jargon(text, "astrology") == []
