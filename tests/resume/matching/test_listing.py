"""The words beside a name once list glue is stepped over (matching/listing.py)."""

from __future__ import annotations

import pytest

from pivotprep.resume.matching.listing import neighbours
from pivotprep.resume.matching.normalize import tokenize


def _beside(text: str, name: str) -> tuple[str | None, str | None]:
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.text == name)
    left, right = neighbours(text, tokens, at, at)
    return (
        tokens[left].text if left >= 0 else None,
        tokens[right].text if right >= 0 else None,
    )


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Soda or Great Expectations", "Soda", (None, "Great")),
        ("contract tests with Pact, plus pytest", "Pact", ("tests", "pytest")),
        ("libraries such as Elm", "Elm", ("libraries", None)),
        ("tools (e.g., Postman) daily", "Postman", ("tools", "daily")),
        ("Evidently or similar tools", "Evidently", (None, "tools")),
        ("Soda Fridays and Python talks", "Soda", (None, "Fridays")),
        # a full stop, a semicolon or a line break ends the list
        ("Free Soda. Python and SQL", "Soda", ("Free", None)),
        ("Cucumber sandwiches; pytest", "sandwiches", ("Cucumber", None)),
        ("Flux\nKubernetes", "Flux", (None, None)),
    ],
)
def test_neighbours_step_over_list_glue_only(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert _beside(text, name) == expected
