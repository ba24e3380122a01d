"""How matching/acts.py reads an act on its object: the window, the clause, whose act it
is, and the readings' data. The probes of what a recruiter counts are in
tests/resume/report/test_resume_evidence_phrasings.py; these pin the mechanism."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching.acts import READINGS, act_mentions, not_done
from pivotprep.resume.matching.extraction import extract_mentions
from pivotprep.resume.matching.normalize import tokenize
from pivotprep.resume.matching.taxonomy import load_taxonomy


def shown(line: str) -> dict[str, str]:
    """The skills the line shows as acts, each with the words its evidence spans."""
    return {m.skill.name: m.text for m in act_mentions(line, tokenize(line), set())}


def test_every_reading_names_a_concept_skill_of_the_taxonomy() -> None:
    skills = load_taxonomy().skills
    for reading in READINGS:
        assert reading.skill in skills, reading.skill
        assert skills[reading.skill].category == "concept", reading.skill
        assert reading.acts and reading.objects, reading.skill


def test_the_evidence_spans_the_act_to_its_object() -> None:
    assert shown("Deduplicated 40,000 donor records before the mail-out") == {
        "data cleaning": "Deduplicated 40,000 donor records"
    }


def test_a_skill_the_line_already_names_is_not_read_again() -> None:
    line = "Cleaned the survey data"
    assert act_mentions(line, tokenize(line), {"data cleaning"}) == []


def test_acts_joined_by_and_or_commas_share_the_object() -> None:
    found = shown("Cleaned, tidied and analysed the survey data")
    assert set(found) == {"data cleaning", "data analysis"}
    assert found["data analysis"] == "analysed the survey data"


@pytest.mark.parametrize(
    "line",
    [
        "Moved to London in 2019 to work at a data startup",
        "Transferred to the data team in 2021",
        "Migrated from teaching into data",
    ],
)
def test_a_place_the_act_goes_to_is_not_its_object(line: str) -> None:
    assert "data migration" not in shown(line)


def test_the_search_stops_at_the_clause_end() -> None:
    assert shown("Cleaned the lab; the data was analysed by others") == {}
    assert shown("Cleaned the lab, then sorted the data") == {}


def test_a_number_with_a_comma_does_not_end_the_clause() -> None:
    assert "data cleaning" in shown("Deduplicated 40,000 records")


def test_nouns_joined_by_and_keep_the_search_going() -> None:
    assert "data modeling" in shown("Modelled the stock and orders data as tables")
    assert "data cleaning" not in shown("Cleaned the lab and analysed the data")


def test_the_object_must_be_within_the_window() -> None:
    far = "Analysed " + "long " * 12 + "data"
    assert shown(far) == {}
    assert "data analysis" in shown("Analysed " + "long " * 5 + "data")


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("I analysed the footfall data", "data analysis"),
        ("Wrote R scripts to analyse the survey data", "data analysis"),
        ("Responsible for cleaning the raw exports", "data cleaning"),
        ("Personally tuned the reporting queries", "query optimization"),
        ("Built a pipeline and then monitored its loads", "monitoring"),
        ("Cleaned and reshaped three years of smart-card data", "data wrangling"),
        ("Cleaned and reshaped three years of smart-card data", "data cleaning"),
        ("Munged the raw survey exports into one table", "data wrangling"),
    ],
)
def test_the_candidates_own_act_is_read(line: str, skill: str) -> None:
    assert skill in shown(line)


@pytest.mark.parametrize(
    "line",
    [
        "Our analysts cleaned the survey data",
        "Worked with engineers who tuned the queries",
        "Will clean the survey data",
        "Hoping to analyse sales data",
        "Did not optimise the queries",
        "Our analysts built models and cleaned the data",
    ],
)
def test_another_persons_planned_or_negated_act_is_not(line: str) -> None:
    assert shown(line) == {}


def test_a_context_word_is_needed_for_an_ambiguous_object() -> None:
    assert "A/B testing" in shown("Tested two versions of the landing page")
    assert "A/B testing" not in shown("Tested two versions of the recipe")


def test_a_then_act_must_follow_in_the_sentence() -> None:
    assert "ETL" in shown("Extracted data from the API and loaded it into Postgres")
    assert "ETL" not in shown("Extracted data from the API for the monthly report")
    assert "ETL" not in shown("Extracted data from the API. Loaded the van")


def test_a_word_that_makes_the_object_another_thing() -> None:
    assert shown("Cleaned the data centre floors") == {}
    assert shown("Reviewed the code of conduct") == {}
    assert shown("Cut the API costs by 30%") == {}


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Will clean and analyse the survey data", True),
        ("Hoping to analyse sales data", True),
        ("The IT team monitored our servers", True),
        ("Analysed sales data for the board", False),
        ("Wrote scripts to analyse sales data", False),
    ],
)
def test_a_bare_act_the_matcher_found_is_dropped_when_not_done(line: str, dropped: bool) -> None:
    tokens = tokenize(line)
    acts = [m for m in extract_mentions(line, tokens=tokens) if m.skill.name in READ]
    assert acts, line
    assert any(not_done(line, tokens, m) for m in acts) is dropped


READ = {"data analysis", "monitoring"}
