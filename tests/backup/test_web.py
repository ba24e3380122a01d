"""The "Your data" page: download everything, restore it, refuse a bad file."""

from __future__ import annotations

import json

PROFILE = {
    "target_role": "data-analyst",
    "company_sizes": ["mid"],
    "hours_per_week": "15",
    "timeline_months": "4",
    "start_date": "2026-01-05",
}


def test_download_and_restore_through_the_page(web):
    web.post("/profile", data=PROFILE)
    page = web.get("/data")
    assert page.status_code == 200 and "Download all my data" in page.text
    assert "Your solution files are not in it" in page.text and "workspace" in page.text
    download = web.get("/data/export.json")
    assert download.headers["content-disposition"].startswith("attachment")
    data = download.json()
    assert data["format"] == "pivotprep-backup"
    assert len(data["tables"]["plan_task"]["rows"]) > 20
    web.post("/profile", data={**PROFILE, "target_role": "ml-engineer"})
    restored = web.post(
        "/data/import", files={"file": ("backup.json", download.content, "application/json")}
    )
    assert restored.status_code == 200 and "Restored" in restored.text
    assert 'value="data-analyst" selected' in web.get("/profile").text


def test_bad_files_show_a_message_next_to_the_field_and_change_nothing(web):
    web.post("/profile", data=PROFILE)
    before = web.get("/data/export.json").json()["tables"]
    for name, body in (
        ("cut.json", web.get("/data/export.json").content[:500]),
        ("foreign.json", json.dumps({"some": "thing"}).encode()),
        ("photo.jpg", b"\xff\xd8\xff\xe0garbage"),
    ):
        page = web.post("/data/import", files={"file": (name, body, "application/json")})
        assert page.status_code == 422
        assert 'id="file-error"' in page.text and "Nothing was changed" in page.text
        assert web.get("/data/export.json").json()["tables"] == before
    assert web.post("/data/import").status_code == 422
