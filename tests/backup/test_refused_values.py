"""Export files whose values have the right type but that the app itself would refuse (a
target role that does not exist, -5 hours a week, a stage no application can be at) are
refused with one line per wrong value naming its table, row, column and why, and change
nothing; an export written by the app still imports."""

from __future__ import annotations

import json

import pytest

from pivotprep.backup.service import MAX_PROBLEMS, export_data, import_data
from pivotprep.core.db import session_scope
from pivotprep.core.errors import ImportFormatError
from pivotprep.plan import service as plan_service
from tests.backup.test_hostile import STAMP, add_company, fill, set_cell


def with_row(good: dict, table: str, **values: object) -> dict:
    """`good` with one row more in `table`, given column by column."""
    data = json.loads(json.dumps(good))
    section = data["tables"][table]
    section["rows"].append([values[c] for c in section["columns"]])
    return data


def mock_loop(**values: object) -> dict[str, object]:
    row = {
        "id": 1, "size": "mid", "role": "data-analyst", "level": "mid", "started_at": STAMP,
        "finished_at": None, "debrief": None, "created_at": STAMP, "updated_at": STAMP,
    }  # fmt: skip
    return row | values


@pytest.fixture
def filled(engine):
    """A profile and its plan, exported; and the export again, to compare after a refusal."""
    fill(engine)
    with session_scope(engine) as session:
        plan_service.ensure_plan(session)
    good = export_data(engine)
    before = export_data(engine)
    before.pop("exported_at")
    return engine, good, before


def refusal(engine, data: dict, before: dict) -> str:
    """The message an import of `data` is refused with; the database is unchanged."""
    with pytest.raises(ImportFormatError, match="Nothing was changed") as refused:
        import_data(engine, data)
    after = export_data(engine)
    after.pop("exported_at")
    assert after == before
    return refused.value.message


AUDIT = [
    ("target_role", "astronaut", "Unknown target role 'astronaut'"),
    ("hours_per_week", -5, "Hours per week must be between 4 and 60"),
    ("hours_per_week", 100000, "Hours per week must be between 4 and 60"),
    ("company_sizes", ["huge"], "Unknown company size 'huge'"),
    ("timeline_months", 40, "The timeline must be 3 to 6 months"),
    ("domain", "piracy", "Unknown past domain 'piracy'"),
    ("past_roles", [{"title": "", "domain": "teaching", "years": 3}], "needs a job title"),
    ("years_experience", 900.0, "Years of experience must be 0 to 60"),
]


@pytest.mark.parametrize(("column", "value", "why"), AUDIT, ids=[f"{c}={v}" for c, v, _ in AUDIT])
def test_a_profile_the_form_would_refuse_is_refused(filled, column, value, why) -> None:
    engine, good, before = filled
    message = refusal(engine, set_cell(good, "profile", column, value), before)
    assert f"Table profile, row 1, {column} = " in message
    assert why in message


def test_a_profile_value_the_form_would_store_otherwise_is_refused(filled) -> None:
    """ "<50" passes the form, which stores it as "small": pages look sizes up by id."""
    engine, good, before = filled
    message = refusal(engine, set_cell(good, "profile", "company_sizes", ["<50"]), before)
    assert "company_sizes" in message and "'small'" in message


def test_a_profile_whose_start_is_long_past_still_imports(filled) -> None:
    """A backup of a profile saved two years ago is still the learner's: the plan asks for a
    new start date; the import does not refuse the file."""
    engine, good, _ = filled
    counts = import_data(engine, set_cell(good, "profile", "start_date", "2024-01-08"))
    assert counts["profile"] == 1


def test_other_features_words_are_checked(filled) -> None:
    """A company size, a stage, a plan step and status, a mock round's size and level:
    each table's fixed words come from its feature, and every wrong one is named."""
    engine, good, before = filled
    data = add_company(good, size="huge")
    data = set_cell(data, "plan_task", "step", "astronomy")
    data = set_cell(data, "plan_task", "status", "maybe")
    data = with_row(data, "mock_loop", **mock_loop(size="galactic", level="wizard"))
    message = refusal(engine, data, before)
    assert "5 values are wrong" in message
    for line in (
        "Table applications_company, row 1, size = 'huge': A company size must be one of",
        "Table plan_task, row 1, step = 'astronomy': A plan step must be one of",
        "Table plan_task, row 1, status = 'maybe': A task status must be one of 'open'",
        "Table mock_loop, row 1, size = 'galactic': A company size must be one of",
        "Table mock_loop, row 1, level = 'wizard': A level must be one of 'junior'",
    ):
        assert line in message, message


def test_a_plan_longer_than_any_the_app_makes_is_refused(filled) -> None:
    """A million weeks ran the plan's dates off the calendar (a 500 on /plan)."""
    engine, good, before = filled
    data = set_cell(good, "plan", "weeks", 10**6)
    data = set_cell(data, "plan_task", "week", 0)
    message = refusal(engine, data, before)
    assert "Table plan, row 1, weeks = '1000000': A plan week must be from 1 to 104" in message
    assert "Table plan_task, row 1, week = '0': A plan week must be from 1 to 104" in message


def test_an_application_stage_and_channel_are_checked(filled) -> None:
    engine, good, before = filled
    application = {
        "id": 1, "ref": "acme-1", "company_id": None, "company_name": "Acme",
        "company_key": "acme", "role": "", "stage": "hired", "stage_changed_on": "2026-01-05",
        "applied_on": None, "channel": "carrier-pigeon", "salary_notes": "", "notes": "",
        "posting_url": "", "resume_name": "", "gate_override": False, "gate_reasons": [],
        "targeted": None, "source": "manual", "created_at": STAMP, "updated_at": STAMP,
    }  # fmt: skip
    message = refusal(engine, with_row(good, "applications_application", **application), before)
    assert "row 1, stage = 'hired': A stage must be one of 'saved'" in message
    assert "row 1, channel = 'carrier-pigeon': A channel must be one of" in message


def test_a_review_rating_fsrs_does_not_have_is_refused(filled) -> None:
    from fsrs import Card

    engine, good, before = filled
    card = {"problem_id": "first-repeated-badge", "pattern": "arrays-hashing",
            "card": Card().to_dict(), "due": STAMP, "last_rating": 9, "reviews": 1,
            "stability": 2.5, "created_at": STAMP, "updated_at": STAMP}  # fmt: skip
    message = refusal(engine, with_row(good, "practice_review", **card), before)
    assert "Table practice_review, row 1, last_rating = '9': An FSRS rating must be one of" in (
        message
    )
    assert import_data(engine, with_row(good, "practice_review", **card | {"last_rating": 3}))


def test_many_wrong_values_give_a_bounded_message(filled) -> None:
    engine, good, before = filled
    data = json.loads(json.dumps(good))
    section = data["tables"]["plan_task"]
    at = section["columns"].index("status")
    for row in section["rows"]:
        row[at] = "maybe"
    wrong = len(section["rows"])
    assert wrong > MAX_PROBLEMS
    message = refusal(engine, data, before)
    assert message.count("status = 'maybe'") == MAX_PROBLEMS
    assert f"{wrong} values are wrong" in message
    assert f"... and {wrong - MAX_PROBLEMS} more wrong values." in message


def test_an_export_of_every_kind_of_row_round_trips(filled) -> None:
    engine, good, _ = filled
    data = add_company(good, size="large")
    data = with_row(data, "mock_loop", **mock_loop())
    counts = import_data(engine, data)
    assert counts["applications_company"] == 1 and counts["mock_loop"] == 1
    assert counts["plan_task"] == len(good["tables"]["plan_task"]["rows"]) > 0
    again = export_data(engine)
    assert again["tables"]["profile"] == good["tables"]["profile"]
    assert again["tables"]["plan_task"] == good["tables"]["plan_task"]


def test_web_refuses_an_astronaut_and_the_pages_still_answer(web) -> None:
    form = {"target_role": "data-analyst", "company_sizes": ["mid"], "hours_per_week": "15",
            "timeline_months": "4"}  # fmt: skip
    web.post("/profile", data=form)
    export = web.get("/data/export.json").json()
    body = json.dumps(set_cell(export, "profile", "target_role", "astronaut")).encode()
    page = web.post("/data/import", files={"file": ("astronaut.json", body, "application/json")})
    assert page.status_code == 422 and "Nothing was changed" in page.text
    assert "Unknown target role" in page.text and "Table profile, row 1, target_role" in page.text
    assert web.get("/data/export.json").json()["tables"] == export["tables"]
    for path in ("/", "/plan", "/practice", "/design"):
        assert web.get(path).status_code == 200, path


def test_cli_names_each_wrong_value(cli, filled, tmp_path) -> None:
    _, good, _ = filled
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(set_cell(good, "profile", "hours_per_week", -5)))
    result = cli("import", str(path), "--yes")
    assert result.exit_code == 2 and "Nothing was changed" in result.output
    assert "Table profile, row 1, hours_per_week = '-5'" in result.output
