"""The taxonomy builds a skill only when a scan needs it, and gives the same answers as
building them all: lookups, families, alias guards, and what a matcher finds."""

from __future__ import annotations

import json

from pivotprep.content import content_path
from pivotprep.resume.matching.taxonomy import SkillMatcher, Taxonomy, load_taxonomy
from pivotprep.resume.report import translation

TEXT = "Built ETL in Python and Go on AWS; dashboards in Tableau; some R and Excel."


def _fresh() -> Taxonomy:
    raw = json.loads(content_path("skills", "taxonomy.json").read_text(encoding="utf-8"))
    return Taxonomy({row["name"]: row for row in raw["skills"]})


def test_a_scan_builds_only_the_skills_it_meets() -> None:
    taxonomy = _fresh()
    found = SkillMatcher(taxonomy).find(TEXT)
    built = len(taxonomy.skills._built)  # type: ignore[attr-defined]
    assert {"Python", "Tableau", "Amazon Web Services"} & {m.skill.name for m in found}
    assert 0 < built < len(taxonomy.skills) / 20


def test_lazy_skills_equal_the_rows_they_come_from() -> None:
    taxonomy = _fresh()
    raw = json.loads(content_path("skills", "taxonomy.json").read_text(encoding="utf-8"))
    row = next(r for r in raw["skills"] if r.get("aliases") and r.get("related"))
    skill = taxonomy.skills[row["name"]]
    assert skill.aliases == tuple(row["aliases"]) and skill.related == tuple(row["related"])
    assert taxonomy.get(row["name"].upper()) is skill  # case-insensitive lookup, same object
    assert taxonomy.get("no such skill at all") is None


def test_families_are_the_skills_that_list_it_as_related() -> None:
    taxonomy = load_taxonomy()
    child = next(r for p in taxonomy.skills.values() for r in p.related)
    expected = [p.name for p in taxonomy.skills.values() if child in p.related]
    assert [p.name for p in taxonomy.parents_of(child)] == expected
    assert taxonomy.parents_of("no such skill at all") == []


def test_a_fresh_taxonomy_finds_what_the_process_wide_one_finds() -> None:
    fresh = SkillMatcher(_fresh()).find(TEXT)
    shared = SkillMatcher(load_taxonomy()).find(TEXT)
    assert [(m.skill.name, m.start, m.alias) for m in fresh] == [
        (m.skill.name, m.start, m.alias) for m in shared
    ]


def test_the_translation_map_reads_the_same_with_either_yaml_loader() -> None:
    import yaml

    path = content_path("translations", "finance.yaml")
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=translation._LOADER) == yaml.safe_load(text)  # noqa: S506
