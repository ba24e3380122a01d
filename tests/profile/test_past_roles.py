"""Past roles are checked entry by entry: a title, a known domain and 0-60 years, with a
message that quotes the bad entry, in validation, the CLI and the web form alike."""

from __future__ import annotations

import html

import pytest

from pivotprep.core.errors import ValidationError
from pivotprep.profile.validation import DOMAINS, validate_profile

BASE = {"target_role": "data-engineer", "company_sizes": "mid"}


@pytest.mark.parametrize(
    "raw,fragment",
    [
        ("Teacher|teaching|-5", "years must be a number from 0 to 60, got '-5'"),
        ("Teacher|teaching|61", "from 0 to 60, got '61'"),
        ("Teacher|teaching|lots", "got 'lots'"),
        ("Teacher|teaching|nan", "got 'nan'"),
        ("|teaching|3", "needs a job title"),
        ("   |teaching", "needs a job title"),
        ("Teacher|astrology|3", "unknown domain 'astrology'"),
        ("Teacher|teaching|3|extra", "more than three parts"),
    ],
)
def test_a_bad_past_role_is_refused_and_named(raw, fragment):
    with pytest.raises(ValidationError) as info:
        validate_profile(**BASE, past_roles=raw)
    message = info.value.errors["past_roles"]
    assert fragment in message
    assert raw.strip() in message  # says which entry is wrong


def test_every_bad_entry_is_reported_and_good_ones_are_not():
    with pytest.raises(ValidationError) as info:
        validate_profile(**BASE, past_roles="Nurse|healthcare|4; |astrology|3; Clerk|retail|-1")
    message = info.value.errors["past_roles"]
    assert "Nurse" not in message
    assert "'|astrology|3'" in message and "needs a job title" in message
    assert "unknown domain 'astrology'" in message and ", ".join(DOMAINS) in message
    assert "'Clerk|retail|-1'" in message


def test_good_past_roles_are_cleaned_with_defaults():
    data = validate_profile(
        **BASE, past_roles=" Financial  analyst | Finance | 6.5 ; Nurse|healthcare; Clerk"
    )
    assert [(r.title, r.domain, r.years) for r in data.past_roles] == [
        ("Financial analyst", "finance", 6.5),
        ("Nurse", "healthcare", 0.0),
        ("Clerk", "other", 0.0),
    ]


def test_past_roles_given_as_records_are_checked_too():
    record = {"title": "Teacher", "domain": "teaching", "years": 3}
    ok = validate_profile(**BASE, past_roles=[record])
    assert ok.past_roles[0].years == 3
    with pytest.raises(ValidationError) as info:
        validate_profile(**BASE, past_roles=[{"title": "", "domain": "teaching", "years": 3}])
    assert "needs a job title" in info.value.errors["past_roles"]


@pytest.mark.parametrize("raw", ["Teacher|teaching|-5", "|teaching|3", "Teacher|astrology|3"])
def test_cli_refuses_a_bad_past_role_and_saves_nothing(cli, raw):
    result = cli("init", "--role", "data-engineer", "--past-roles", raw)
    assert result.exit_code == 2
    assert f"Past role '{raw}'" in result.output
    assert "Traceback" not in result.output
    assert cli("profile").exit_code == 2  # still no profile


def test_web_form_shows_the_bad_past_role_next_to_the_field(web):
    form = {
        "target_role": "data-engineer",
        "company_sizes": ["mid"],
        "hours_per_week": "15",
        "timeline_months": "4",
        "past_roles": "Teacher|astrology|3",
    }
    page = web.post("/profile", data=form)
    assert page.status_code == 422
    assert 'id="past_roles-error"' in page.text
    assert "Past role 'Teacher|astrology|3'" in html.unescape(page.text)
    fixed = web.post(
        "/profile", data={**form, "past_roles": "Teacher|teaching|3"}, follow_redirects=False
    )
    assert fixed.status_code == 303
    assert "Teacher|teaching|3" in web.get("/profile").text
