"""Hostile export files (written by the tests): a huge integer, nesting 100,000 deep, NaN,
and wrong shapes in JSON columns are each refused with a message and change nothing, from
the service, `pivotprep import` and the web page alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pivotprep.backup.service import export_data, import_data, import_from
from pivotprep.core.db import session_scope
from pivotprep.core.errors import ImportFormatError
from pivotprep.profile.service import save_profile
from pivotprep.profile.validation import validate_profile


def fill(engine) -> None:
    with session_scope(engine) as session:
        save_profile(
            session,
            validate_profile(
                target_role="data-analyst",
                company_sizes="<50",
                hours_per_week=10,
                timeline_months=4,
                start_date="2026-01-05",
                past_roles="Teacher|teaching|6",
                domain="teaching",
                name="Tess",
            ),
        )


def set_cell(good: dict, table: str, column: str, value: object) -> dict:
    data = json.loads(json.dumps(good))
    section = data["tables"][table]
    section["rows"][0][section["columns"].index(column)] = value
    return data


STAMP = "2026-01-05T09:00:00+00:00"
COMPANY = {
    "id": 1, "name": "Acme", "key": "acme", "size": "mid", "role": "", "aliases": [],
    "research": {}, "posting_url": "", "posting_text": "", "posting_hash": "",
    "resume_name": "", "notes": "", "created_at": STAMP, "updated_at": STAMP,
}  # fmt: skip


def add_company(good: dict, **values: object) -> dict:
    """`good` with one company more: a valid row but for `values`."""
    data = json.loads(json.dumps(good))
    section = data["tables"]["applications_company"]
    row = {**COMPANY, **values}
    section["rows"].append([row[c] for c in section["columns"]])
    return data


def hostile_texts(good: dict) -> dict[str, tuple[str, str]]:
    """Each hostile file's text as an attacker would hand it over, and what the refusal
    names."""
    nan = json.dumps(set_cell(good, "profile", "past_roles", [{"title": "T", "years": 1.5}]))
    deep_column = json.dumps(set_cell(good, "profile", "past_roles", "DEEP"))
    deep = "[" * 100_000 + "]" * 100_000
    return {
        "int 2^70": (json.dumps(set_cell(good, "profile", "hours_per_week", 2**70)),
                     "hours_per_week"),
        "float NaN": (nan.replace("1.5", "NaN"), "corrupt"),
        "past roles a string": (json.dumps(set_cell(good, "profile", "past_roles", "Teacher")),
                                "past_roles"),
        "sizes of numbers": (json.dumps(set_cell(good, "profile", "company_sizes", [1, 2])),
                             "company_sizes"),
        "research of lists": (json.dumps(add_company(good, research={"notes": [1]})),
                              "research"),
        "aliases a dict": (json.dumps(add_company(good, aliases={"a": 1})), "aliases"),
        "100k-deep JSON": (json.dumps(good)[:-1] + f', "extra": {deep}}}', "deeper"),
        "100-deep in a column": (deep_column.replace('"DEEP"', "[" * 100 + "]" * 100),
                                 "deeper"),
    }  # fmt: skip


@pytest.fixture
def filled(engine):
    fill(engine)
    good = export_data(engine)
    before = export_data(engine)
    before.pop("exported_at")
    return engine, good, before


def test_each_hostile_file_is_refused_and_changes_nothing(filled, tmp_path: Path) -> None:
    engine, good, before = filled
    for name, (text, words) in hostile_texts(good).items():
        path = tmp_path / f"{name}.json"
        path.write_text(text)
        with pytest.raises(ImportFormatError, match="Nothing was changed") as refused:
            import_from(engine, path)
        assert words in refused.value.message, (name, refused.value.message)
        after = export_data(engine)
        after.pop("exported_at")
        assert after == before, name


def test_the_validators_come_from_the_models(filled) -> None:
    """Every JSON column of every model is checked against its declared type."""
    from pivotprep.backup.service import _json_shapes

    shapes = _json_shapes()
    assert str(shapes[("profile", "company_sizes")]._type) == "list[str]"
    assert ("practice_review", "card") in shapes and ("applications_company", "research") in shapes
    engine, good, _ = filled
    with pytest.raises(ImportFormatError, match="research"):
        import_data(engine, add_company(good, research=["x"]))


def test_a_good_file_with_json_columns_still_imports(filled) -> None:
    engine, good, _ = filled
    data = add_company(good, aliases=["ACME"], research={"notes": "met at a meetup"})
    counts = import_data(engine, data)
    assert counts["applications_company"] == 1 and counts["profile"] == 1


def test_cli_refuses_a_deep_file_with_a_message(cli, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("import", str(path), "--yes")
    assert result.exit_code == 2 and "Nothing was changed" in result.output
    assert "Traceback" not in result.output


def test_web_refuses_a_huge_integer_with_a_message(web) -> None:
    form = {"target_role": "data-analyst", "company_sizes": ["mid"], "hours_per_week": "15",
            "timeline_months": "4"}  # fmt: skip
    web.post("/profile", data=form)
    export = web.get("/data/export.json").json()
    body = json.dumps(set_cell(export, "profile", "hours_per_week", 2**70)).encode()
    page = web.post("/data/import", files={"file": ("big.json", body, "application/json")})
    assert page.status_code == 422 and "Nothing was changed" in page.text
    assert "hours_per_week" in page.text
    assert web.get("/data/export.json").json()["tables"] == export["tables"]


def review_card(good: dict, card: object) -> dict:
    """`good` with one FSRS review card holding `card`."""
    data = json.loads(json.dumps(good))
    section = data["tables"]["practice_review"]
    row = {
        "problem_id": "first-repeated-badge", "pattern": "arrays-hashing", "card": card,
        "due": STAMP, "last_rating": 3, "reviews": 1, "stability": 2.5,
        "created_at": STAMP, "updated_at": STAMP,
    }  # fmt: skip
    section["rows"].append([row[c] for c in section["columns"]])
    return data


def test_a_card_fsrs_cannot_read_is_refused_and_a_real_one_imports(filled) -> None:
    """A JSON column whose inner shape the type does not say is checked by its feature."""
    from fsrs import Card

    engine, good, _ = filled
    for bad in ({"foo": 1}, {**Card().to_dict(), "due": "soon"}):
        with pytest.raises(ImportFormatError, match="card"):
            import_data(engine, review_card(good, bad))
    counts = import_data(engine, review_card(good, Card().to_dict()))
    assert counts["practice_review"] == 1
