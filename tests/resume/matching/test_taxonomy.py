"""The taxonomy and its matcher: aliases, normalisation, guards for ambiguous names."""

from __future__ import annotations

import json

import pytest
import yaml

from pivotprep.content import content_path
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import token_key
from pivotprep.resume.matching.taxonomy import CATEGORIES, load_taxonomy


def names(text: str) -> list[str]:
    return [m.skill.name for m in extract_mentions(text, broad=False)]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("JS", "JavaScript"),
        ("k8s", "Kubernetes"),
        ("sklearn", "scikit-learn"),
        ("Postgres", "PostgreSQL"),
        ("ML", "machine learning"),
        ("A/B tests", "A/B testing"),
        ("CI/CD", "CI/CD"),
        ("node.js", "Node.js"),
        ("C++", "C++"),
        ("C#", "C#"),
        ("PySpark", "Apache Spark"),
        ("Structured query language", "SQL"),
    ],
)
def test_alias_maps_to_canonical_skill(written: str, canonical: str) -> None:
    assert canonical in names(f"Experience with {written} in production.")


def test_plurals_and_verb_forms_fold_to_one_key() -> None:
    assert token_key("managed") == token_key("manages") == token_key("managing")
    assert token_key("pipelines") == token_key("pipeline")
    assert token_key("modelling") == token_key("modeling")
    assert "data pipelines" in names("Built a data pipeline in Python.")
    assert "stakeholder management" in names("Managed stakeholders across three teams.")


def test_spans_point_at_the_text_as_written() -> None:
    text = "Shipped ML models with k8s."
    spans = {m.skill.name: text[m.start : m.end] for m in extract_mentions(text)}
    assert spans["machine learning"] == "ML models"
    assert spans["Kubernetes"] == "k8s"


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Software Engineer, Acme Ltd, Phoenix, AZ: built APIs in Python and Django.", "Phoenix"),
        ("B.S. Information Technology, University of Phoenix; Python, SQL.", "Phoenix"),
        ("Optimised the crude distillation column using Python.", "knowledge distillation"),
        ("MFA in Creative Writing; class site in WordPress.", "multi-factor authentication"),
        ("Monitored patients with atrial flutter on telemetry; charted in Epic.", "Flutter"),
        ("Taught the nocturne in F sharp major; lessons booked in Excel.", "F#"),
        ("Prepared 10 ml doses and logged them in Excel.", "machine learning"),
        ("Delivered parcels along Route 53, routes planned in Excel.", "Amazon Route 53"),
    ],
)
def test_a_resume_line_in_another_trade_shows_no_look_alike_skill(line: str, absent: str) -> None:
    """A career changer's line from nursing, music, logistics or process engineering, beside
    a real tool, does not evidence a skill whose name it shares."""
    assert absent not in names(line)


def test_go_is_a_language_only_in_a_tech_context() -> None:
    assert "Go" in names("Backend services in Python, Go and SQL.")
    assert "Go" not in names("Go to the store and buy milk.")
    assert "Go" not in names("We go above and beyond for customers.")
    assert "Go" not in names("She is our go-to person for reports.")


def test_single_letter_languages_need_case_and_context() -> None:
    assert "R" in names("Statistical programming in R and Python.")
    assert "R" not in names("Led the R&D budget review.")
    assert "C" in names("Firmware written in C and C++.")
    assert "C" not in names("Presented to the C-level team.")


def test_excel_the_verb_and_swift_the_adjective_are_not_skills() -> None:
    assert "Microsoft Excel" in names("Built Excel models of revenue.")
    assert "Microsoft Excel" not in names("You will excel at talking to customers.")
    assert "Microsoft Excel" not in names("Excel in a fast-paced team.")
    assert "Swift" in names("Built iOS apps in Swift and Objective-C.")
    assert "Swift" not in names("We value a swift response to every customer.")


def test_spark_the_verb_is_not_apache_spark() -> None:
    assert "Apache Spark" in names("Batch jobs on Spark and Hadoop clusters.")
    assert "Apache Spark" not in names("Spark curiosity in every student.")


def test_acronym_alias_does_not_match_a_capitalised_word() -> None:
    assert "experiment design" not in names("Jane Doe")
    assert "experiment design" in names("Applied DOE to plant trials.")


def test_sales_pipeline_is_not_a_data_pipeline() -> None:
    assert "data pipelines" not in names("Grew the sales pipeline by 40%.")
    assert "data pipelines" in names("Built ingestion pipelines for event data.")


def test_taxonomy_is_valid_and_covers_the_target_roles() -> None:
    taxonomy = load_taxonomy()
    for skill in taxonomy.skills.values():
        assert skill.category in CATEGORIES
        for other in (*skill.related, *skill.adjacent):
            assert other in taxonomy.skills, (skill.name, other)
    for concept in (
        "machine learning",
        "A/B testing",
        "data pipelines",
        "model monitoring",
        "CI/CD",
        "system design",
        "stakeholder management",
        "ETL",
        "data modeling",
    ):
        assert taxonomy.skills[concept].sources[0] == "curated"
    assert taxonomy.skills["Python"].hot  # O*NET Hot Technology flag carried over


def test_every_role_skill_is_in_the_taxonomy() -> None:
    taxonomy = load_taxonomy()
    for path in content_path("roles").glob("*.yaml"):
        role = yaml.safe_load(path.read_text())
        for skill in role["skills"]["core"] + role["skills"]["nice"]:
            assert names(skill) or taxonomy.get(skill), (path.name, skill)


def test_shipped_taxonomy_is_built_from_the_curated_layer() -> None:
    data = json.loads(content_path("skills", "taxonomy.json").read_text())
    curated = yaml.safe_load(content_path("skills", "curated.yaml").read_text())["skills"]
    shipped = {s["name"] for s in data["skills"]}
    assert {c["name"] for c in curated} <= shipped
    assert len(shipped) < 12_000  # pruned: O*NET SKUs and long ESCO labels left out


def test_shipped_taxonomy_matches_a_fresh_build() -> None:
    """taxonomy.json is what tools/build_taxonomy.py makes from ../shared/data today."""
    import importlib.util
    from pathlib import Path

    from tests.conftest import need

    root = Path(__file__).resolve().parents[3]
    data = root.parent / "shared" / "data"
    need(data.is_dir(), f"the shared data folder {data} is missing")
    spec = importlib.util.spec_from_file_location(
        "build_taxonomy", root / "tools" / "build_taxonomy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(data)
    shipped = json.loads(content_path("skills", "taxonomy.json").read_text())
    assert fresh == shipped


def test_a_name_needing_context_counts_near_any_other_skill_of_a_long_list() -> None:
    """Go counts within a few words of another tech name, wherever it stands in a long
    text of names, and not far from all of them."""
    text = (
        "Backend services in Python, SQL, "
        + "and more words here " * 3
        + "Go. "
        + "We go on a trip and the team goes to lunch together every week. " * 3
        + "Rust, Go and Java."
    )
    found = [(m.skill.name, m.start) for m in extract_mentions(text, broad=False)]
    assert ("Go", text.rindex("Go")) in found
    assert ("Go", text.index("Go.")) not in found
    listed = "Python, " * 500 + "Go and then some more words here. " * 50
    assert sum(m.skill.name == "Go" for m in extract_mentions(listed, broad=False)) == 1
