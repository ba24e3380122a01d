"""Coordinated phrases that share their head word ("Unit/Integration testing") name
both skills; plain lists and guarded short names are left as they were."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching.extraction import extract_mentions


def names(text: str) -> list[str]:
    return [m.skill.name for m in extract_mentions(text, broad=False)]


@pytest.mark.parametrize(
    "text",
    [
        "Unit/Integration testing, scrum, code reviews",
        "Write unit and integration tests for every service",
        "unit or integration testing",
    ],
)
def test_a_shared_head_word_names_the_first_skill_too(text: str) -> None:
    found = names(text)
    assert "unit testing" in found and "integration testing" in found


def test_the_elided_mention_spans_what_the_job_wrote() -> None:
    mention = next(
        m for m in extract_mentions("Unit/Integration testing") if m.skill.name == "unit testing"
    )
    assert mention.text == "Unit/Integration testing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Python and Go services", ["Python", "Go"]),  # a plain list: nothing added
        ("data and machine learning engineers", ["machine learning"]),  # no "data engineers"
        ("communication and Python skills", ["communication", "Python"]),
    ],
)
def test_words_that_share_no_known_phrase_add_nothing(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Experience with integration and end-to-end testing", "integration testing"),
        ("end-to-end and integration tests", "end-to-end testing"),
    ],
)
def test_a_hyphenated_conjunct_is_one_word(text: str, first: str) -> None:
    """The head word follows the whole compound ("end-to-end testing"), not its first part."""
    mention = next(m for m in extract_mentions(text, broad=False) if m.skill.name == first)
    assert mention.text.endswith(("testing", "tests"))


@pytest.mark.parametrize(
    "text",
    ["Writing unit, integration and end-to-end tests", "unit, integration, and end-to-end testing"],
)
def test_the_first_items_of_a_comma_list_share_the_last_ones_head(text: str) -> None:
    found = names(text)
    assert {"unit testing", "integration testing", "end-to-end testing"} <= set(found)


def test_a_list_of_full_names_adds_nothing() -> None:
    assert names("Python, SQL, and data pipelines") == ["Python", "SQL", "data pipelines"]


def test_an_alias_guarded_by_its_neighbours_may_be_elided_and_keeps_its_guard() -> None:
    """'load testing' is guarded ("load test data into staging"), yet written with a shared
    head it is still load testing; the guard is checked on the elided phrase."""
    assert "load testing" in names("Experience with load and performance testing")
    assert "load testing" not in names("Load and import test data into staging")


def test_a_modifier_shared_in_front_names_the_later_items_as_written() -> None:
    found = extract_mentions("data cleansing, processing, and wrangling", broad=False)
    assert [(m.skill.name, m.text) for m in found] == [
        ("data cleaning", "data cleansing"),
        ("data wrangling", "wrangling"),
    ]
    assert [m.text for m in extract_mentions("model training, evaluation and deployment")] == [
        "evaluation",
        "deployment",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Unit pricing, testing and labelling of stock",  # no shared modifier but data, model
        "Load planning, balancing and dispatch",
        "data, model and deployment",  # a plain list: no first item to share from
    ],
)
def test_an_ordinary_word_in_front_is_not_shared(text: str) -> None:
    assert not {"unit testing", "load balancing", "model deployment"} & set(names(text))


def test_a_skill_inside_a_longer_spelling_is_read_apart_only_where_listed() -> None:
    # model deployment names machine learning (vocabulary.NESTED) ...
    assert set(names("deploying ML models")) == {"model deployment", "machine learning"}
    # ... a product name that holds another does not ("Microsoft SQL Server" is no SQL ask)
    assert "SQL" not in names("Microsoft SQL Server")
