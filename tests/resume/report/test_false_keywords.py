"""Words that look like skills but are not must not enter the match rate."""

from __future__ import annotations

import pytest

from pivotprep.resume.documents.reading import read_job
from pivotprep.resume.jobs.company import company_names
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.taxonomy import load_taxonomy
from pivotprep.resume.report.scoring import ResumeText, scan
from pivotprep.resume.service import job_input

RESUME = """Sam Lee
Data Analyst
Experience
- Wrote SQL reports and Excel models for the finance team
"""


def skills_in(text: str) -> list[str]:
    return [m.skill.name for m in extract_mentions(text)]


def keywords(job_text: str) -> dict[str, str]:
    report = scan(ResumeText.from_text(RESUME), job_input(read_job(job_text)))
    return {k.name: k.kind for k in report.keywords}


def test_electronic_health_records_is_one_skill_with_its_abbreviations() -> None:
    text = "Experience with electronic health records, EHR and EMR systems."
    assert skills_in(text) == ["electronic health records"] * 3
    assert "electronics" not in skills_in("Sent electronic invoices to suppliers.")
    skill = load_taxonomy().get("electronic health records")
    assert skill is not None and {"EHR", "EMR systems"} <= set(skill.aliases)
    assert skills_in("Kept patient notes in the EMR.") == ["electronic health records"]
    # Beside Spark or AWS, EMR is Amazon's Hadoop and Spark service.
    assert "electronic health records" not in skills_in("Ran Spark jobs on AWS EMR clusters.")


def test_the_hiring_company_name_is_not_a_hard_skill() -> None:
    job = (
        "Data Analyst\nAcme Analytics is hiring.\nRequirements\n"
        "- 2+ years of experience with SQL and Excel.\n"
        "- Build dashboards in Tableau for the commercial team every week.\n"
        "- At Acme Analytics, you will report to the head of sales.\n"
    )
    found = keywords(job)
    assert "data analysis" not in found
    assert "acme" not in found and "analytics" not in found  # nor a repeated word
    assert {"SQL", "Tableau"} <= set(found)


def test_a_company_named_like_a_product_still_lets_the_job_ask_for_the_product() -> None:
    job = (
        "Data Engineer\nDatabricks is hiring.\nRequirements\n"
        "- 3+ years of experience with Python and Databricks notebooks.\n"
        "- Build and run batch pipelines for the finance team every night.\n"
    )
    assert "Databricks" in keywords(job)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme Analytics is hiring a Data Analyst.", "Acme Analytics"),
        ("At Northwind Data, we help shops.", "Northwind Data"),
        ("About Fabrikam Insights", "Fabrikam Insights"),
    ],
)
def test_company_names_are_found_where_ads_introduce_the_employer(text: str, name: str) -> None:
    assert [n for n, _ in company_names(text)] == [name]


@pytest.mark.parametrize(
    "text", ["We are hiring a Data Analyst.", "Python is a plus.", "Our Data Team is growing."]
)
def test_sentences_without_a_company_name_name_none(text: str) -> None:
    assert company_names(text) == []


@pytest.mark.parametrize(
    "text",
    ["Own inventory planning for the stores.", "Plan the weekly rota.", "Clean source data."],
)
def test_generic_words_are_not_standalone_keywords(text: str) -> None:
    assert skills_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Removed rust on the car before painting.",
        "Grew up in the Rust Belt.",
        "Rust Belt manufacturing data.",
        "Applied rust-proof coating.",
    ],
)
def test_rust_the_metal_is_not_the_language(text: str) -> None:
    assert "Rust" not in skills_in(text)


@pytest.mark.parametrize(
    "text", ["Backend services in Rust and Go.", "Rust programming", "Experience with Rust."]
)
def test_rust_the_language_is_still_found(text: str) -> None:
    assert "Rust" in skills_in(text)
