"""The fallback job reader (`JobText.from_text`) cuts sentences as the main reader does."""

from __future__ import annotations

import pytest

from pivotprep.resume.report.inputs import JobText


def sentences(line: str) -> list[str]:
    job = JobText.from_text("Analyst\nRequirements\n" + line + "\n")
    return [s.text for s in job.sentences[1:]]  # after the title


@pytest.mark.parametrize(
    "line",
    [
        "Experience with a BI tool, e.g. Tableau or Looker, for weekly reports.",
        "Experience with a BI tool, i.e. Tableau, for weekly reports.",
        "A data store (e.g. PostgreSQL, Redis) at scale.",
        "Build services in Node.js for the data team.",
    ],
)
def test_an_abbreviation_or_a_dotted_name_does_not_end_a_sentence(line: str) -> None:
    assert sentences(line) == [line]


def test_sentences_still_end_at_a_full_stop() -> None:
    assert sentences("Strong SQL. Tableau is a plus; Python helps.") == [
        "Strong SQL.",
        "Tableau is a plus;",
        "Python helps.",
    ]
    job = JobText.from_text("Analyst\nRequirements\nStrong SQL. Tableau is a plus.\n")
    parts = {s.text: s.part for s in job.sentences[1:]}
    assert parts == {"Strong SQL.": "required", "Tableau is a plus.": "preferred"}
